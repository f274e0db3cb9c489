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

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
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
  });
}
