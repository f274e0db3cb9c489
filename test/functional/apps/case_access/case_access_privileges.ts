/**
 * The plugin's own `caseAccess` feature: without it a user cannot open the app (Kibana shows its Application Not
 * Found page) and the API answers 403; with Read a user sees only their own access.
 */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import {
  API_VERSION,
  API_VERSION_HEADER,
  CASE_ACCESS,
  CASES,
  ME_PATH,
  REPORT_PATH,
  TEST_PASSWORD,
  caseAccessHelpers,
  featureRole,
} from './helpers';

/** The demo directory's user with caseAccess Read (and Security cases) in the Security Operations space only. */
const SOC_ONLY = { username: 'sam', password: 'changeme' };
const APP_PATH = '/app/management/security/caseAccess';

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const browser = ctx.getService('browser');
  const { security: securityPage } = ctx.getPageObjects(['security']);
  const supertestWithoutAuth = ctx.getService('supertestWithoutAuth');
  const helpers = caseAccessHelpers(ctx, 'privileges');
  const NO_ACCESS = 'ftr_no_case_access';
  const SELF = 'ftr_own_access_reader';

  const get = (path: string, username: string) =>
    supertestWithoutAuth
      .get(path)
      .auth(username, TEST_PASSWORD)
      .set(API_VERSION_HEADER, API_VERSION)
      .set('kbn-xsrf', 'ftr');

  describe('the caseAccess privilege', () => {
    before(async () => {
      await helpers.createUser(NO_ACCESS, featureRole({ [CASES.management]: ['all'] }));
      await helpers.createUser(
        SELF,
        featureRole({ [CASE_ACCESS]: ['read'], [CASES.management]: ['read'] })
      );
    });

    after(() => helpers.cleanUp());

    describe('a user without it', () => {
      before(async () => {
        await helpers.loginAs(NO_ACCESS);
        await helpers.navigateToApp();
      });

      it('cannot open the app: Kibana shows its Application Not Found page instead', async () => {
        // Something present, so an app that fails for everyone cannot pass as refused.
        await testSubjects.existOrFail('appNotFoundPageContent');
        await testSubjects.missingOrFail('caseAccessApp');
        await testSubjects.missingOrFail('caseAccessUsersTable');
        await testSubjects.missingOrFail('caseAccessMyAccess');
      });

      it('gets 403 from the API', async () => {
        await get(REPORT_PATH, NO_ACCESS).expect(403);
        await get(ME_PATH, NO_ACCESS).expect(403);
      });
    });

    describe('a user with caseAccess Read', () => {
      before(async () => {
        await helpers.loginAs(SELF);
        await helpers.navigateToApp();
      });

      it('sees their own access, not the users table', async () => {
        await testSubjects.existOrFail('caseAccessApp');
        await testSubjects.existOrFail('caseAccessMyAccess');
        await testSubjects.missingOrFail('appNotFoundPageContent');
        await testSubjects.missingOrFail('caseAccessUsersTable');
        assert.equal(
          await testSubjects.getVisibleText('caseAccessMyLevel-default-management'),
          'View only'
        );
        assert.equal(
          await testSubjects.getVisibleText('caseAccessMyLevel-default-security'),
          'None'
        );
      });

      it('reads only their own access from the API', async () => {
        const { body } = await get(ME_PATH, SELF).expect(200);
        assert.equal(body.user.username, SELF);
        await get(REPORT_PATH, SELF).expect(403);
      });
    });

    // Needs the local host's demo directory (npm run test:functional), where sam and the soc space exist.
    describe('a user with caseAccess Read in one space only (demo user sam, space soc)', () => {
      const pathOf = async () => new URL(await browser.getCurrentUrl()).pathname;

      it('logs in through the login page to a link into that space and sees their access', async () => {
        await securityPage.forceLogout();
        const here = await browser.getCurrentUrl();
        const link = new URL(`/s/soc${APP_PATH}`, here).toString();
        await browser.get(link);
        // Not logged in: the login page, which keeps where the link pointed.
        await testSubjects.existOrFail('loginForm');
        assert.equal(
          new URL(await browser.getCurrentUrl()).searchParams.get('next'),
          `/s/soc${APP_PATH}`
        );
        await testSubjects.setValue('loginUsername', SOC_ONLY.username);
        await testSubjects.setValue('loginPassword', SOC_ONLY.password);
        await testSubjects.click('loginSubmit');
        await testSubjects.existOrFail('caseAccessMyAccess');
        assert.equal(await pathOf(), `/s/soc${APP_PATH}`);
        assert.equal(await testSubjects.getVisibleText('caseAccessMyLevel-soc-security'), 'Custom');
      });

      it('lands in that space after a plain login, as Kibana sends a user with one space', async () => {
        await securityPage.forceLogout();
        await securityPage.login(SOC_ONLY.username, SOC_ONLY.password);
        await testSubjects.existOrFail('caseAccessMyAccess');
        assert.equal(await pathOf(), `/s/soc${APP_PATH}`);
      });

      it('is refused the default space, with a link to the space they can see', async () => {
        await browser.get(new URL(APP_PATH, await browser.getCurrentUrl()).toString());
        await testSubjects.existOrFail('spaceForbidden');
        await testSubjects.missingOrFail('caseAccessApp');
        await testSubjects.click('spaceForbiddenLink-soc');
        await testSubjects.existOrFail('caseAccessMyAccess');
      });
    });
  });
}
