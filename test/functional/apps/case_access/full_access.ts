/** Seed: "Give full access to manage cases and settings" — Cases All + Connectors All. */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { CASE_CAPABILITIES } from '../../../../common/report/types';
import { CASES, CONNECTORS, caseAccessHelpers, featureRole } from './helpers';

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const helpers = caseAccessHelpers(ctx, 'full');
  const FULL = 'ftr_full_access';
  const CASES_ONLY = 'ftr_cases_all_only';

  describe('full access to manage cases and settings', () => {
    before(async () => {
      await helpers.createUser(
        FULL,
        featureRole({ [CASES.management]: ['all'], [CONNECTORS]: ['all'] })
      );
      await helpers.createUser(CASES_ONLY, featureRole({ [CASES.management]: ['all'] }));
      await helpers.openAsAuditor();
    });

    after(() => helpers.cleanUp());

    it('shows Cases All + Connectors All as Full, able to push and with Connectors All', async () => {
      assert.equal(await helpers.level(FULL, 'management'), 'Full');
      assert.equal(await helpers.level(FULL, 'security'), 'None');
      assert.equal(await helpers.cell('Push', FULL), 'Yes');
      assert.equal(await helpers.cell('Connectors', FULL), 'All');
    });

    it('grants every case capability in the flyout, and managing connectors', async () => {
      await helpers.openFlyout(FULL);
      for (const capability of CASE_CAPABILITIES) {
        assert.equal(
          await helpers.capability('management', capability),
          'Granted',
          `management ${capability}`
        );
      }
      assert.equal(await helpers.capability('management', 'manageConnectors'), 'Granted');
      await testSubjects.existOrFail(`caseAccessEditRole-${FULL}_role`);
      await helpers.closeFlyout();
    });

    it('does not let Cases All alone push to external systems or manage connectors', async () => {
      assert.equal(await helpers.level(CASES_ONLY, 'management'), 'Full');
      assert.equal(await helpers.cell('Push', CASES_ONLY), 'No');
      assert.equal(await helpers.cell('Connectors', CASES_ONLY), 'None');
      await helpers.openFlyout(CASES_ONLY);
      await testSubjects.existOrFail('caseAccessUserWarning-push-without-connectors');
      assert.equal(await helpers.capability('management', 'manageConnectors'), 'Not granted');
      await testSubjects.existOrFail('caseAccessGrant-management-read');
      await testSubjects.existOrFail('caseAccessMissing-management-manageConnectors');
      await helpers.closeFlyout();
    });
  });
}
