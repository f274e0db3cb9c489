/** Seed: "Give assignee access to cases" — Cases All, and the user must log in once to get a profile. */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { CASES, caseAccessHelpers, featureRole } from './helpers';

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const helpers = caseAccessHelpers(ctx, 'assignee');
  const ASSIGNEE = 'ftr_assignee';

  describe('assignee access', () => {
    before(async () => {
      await helpers.createUser(ASSIGNEE, featureRole({ [CASES.security]: ['all'] }, ['default']));
      await helpers.openAsAuditor();
    });

    after(() => helpers.cleanUp());

    it('shows a user with Cases All who never logged in as not assignable, with the warning', async () => {
      assert.equal(await helpers.level(ASSIGNEE, 'security'), 'Full');
      assert.equal(await helpers.cell('Assignable', ASSIGNEE), 'No');
      assert.ok(Number(await helpers.cell('WarningsCount', ASSIGNEE)) >= 1);
      await helpers.openFlyout(ASSIGNEE);
      await testSubjects.existOrFail('caseAccessUserWarning-no-profile');
      await helpers.closeFlyout();
    });

    it('shows the same user as assignable once they have logged in', async () => {
      await helpers.loginAs(ASSIGNEE);
      await helpers.openAsAuditor();
      await helpers.eventually(async () =>
        assert.equal(await helpers.cell('Assignable', ASSIGNEE), 'Yes')
      );
      await helpers.openFlyout(ASSIGNEE);
      await testSubjects.missingOrFail('caseAccessUserWarning-no-profile');
      await helpers.closeFlyout();
    });
  });
}
