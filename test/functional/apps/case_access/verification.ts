/**
 * Verify with Elasticsearch: the panel asks Elasticsearch about every user with a profile and marks each row. A user
 * whose roles changed after their last login differs, explained by the roles stored in the profile; a user who never
 * logged in cannot be verified.
 */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { CASES, TEST_PASSWORD, caseAccessHelpers, featureRole } from './helpers';

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const security = ctx.getService('security');
  const helpers = caseAccessHelpers(ctx, 'verify');
  const MOVED = 'ftr_verify_moved';
  const NEWCOMER = 'ftr_verify_newcomer';
  const AUDITOR = 'ftr_verify_auditor';

  async function verify() {
    await testSubjects.click('caseAccessVerify');
    await testSubjects.existOrFail('caseAccessVerificationSummary', { timeout: 20_000 });
  }

  describe('verify with Elasticsearch', () => {
    before(async () => {
      await helpers.createUser(MOVED, featureRole({ [CASES.management]: ['all'] }));
      const viewerRole = await helpers.createUser(
        NEWCOMER,
        featureRole({ [CASES.management]: ['read'] })
      );
      // Moved logs in with Cases All (the profile stores that role), then is moved to viewing only.
      await helpers.loginAs(MOVED);
      await security.user.create(MOVED, {
        password: TEST_PASSWORD,
        roles: [viewerRole],
        full_name: 'FTR moved to viewer',
      });
      await helpers.openAsAuditor();
      await helpers.eventually(async () =>
        assert.equal(await helpers.level(MOVED, 'management'), 'View only')
      );
    });

    after(() => helpers.cleanUp());

    it('marks each row Verified, Differs or Not verifiable, with a summary', async () => {
      await verify();
      assert.match(
        await testSubjects.getVisibleText('caseAccessVerificationSummary'),
        /Elasticsearch checked \d+ users?/
      );
      assert.equal(
        await testSubjects.getVisibleText(`caseAccessVerification-${AUDITOR}`),
        'Verified'
      );
      assert.equal(await testSubjects.getVisibleText(`caseAccessVerification-${MOVED}`), 'Differs');
      assert.equal(
        await testSubjects.getVisibleText(`caseAccessVerification-${NEWCOMER}`),
        'Not verifiable'
      );
    });

    it('explains the difference in the flyout by the roles stored at the last login', async () => {
      await helpers.openFlyout(MOVED);
      await testSubjects.existOrFail('caseAccessVerificationDifferences');
      const reason = await testSubjects.getVisibleText(
        'caseAccessDifferenceReason-management-push'
      );
      assert.match(reason, /Roles changed since the last login/);
      assert.match(
        await testSubjects.getVisibleText('caseAccessDifference-management-push'),
        /this report says not granted, Elasticsearch says granted/
      );
      await helpers.closeFlyout();
    });
  });
}
