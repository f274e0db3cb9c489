/** Seed: "Give access to add alerts to cases" — Cases All + Read on a feature that has alerts. */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { CASES, caseAccessHelpers, featureRole } from './helpers';

/** APM's alerts belong to Observability; its Read privilege reads them. */
const OBSERVABILITY_ALERTS_FEATURE = 'apm';

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const helpers = caseAccessHelpers(ctx, 'add_alerts');
  const WITH_ALERTS = 'ftr_alerts_and_cases';
  const CASES_ONLY = 'ftr_cases_without_alerts';

  describe('access to add alerts to cases', () => {
    before(async () => {
      await helpers.createUser(
        WITH_ALERTS,
        featureRole({ [CASES.observability]: ['all'], [OBSERVABILITY_ALERTS_FEATURE]: ['read'] })
      );
      await helpers.createUser(CASES_ONLY, featureRole({ [CASES.observability]: ['all'] }));
      await helpers.openAsAuditor();
    });

    after(() => helpers.cleanUp());

    it('lets Cases All + Read on a feature with alerts add alerts to cases', async () => {
      assert.equal(await helpers.level(WITH_ALERTS, 'observability'), 'Full');
      assert.equal(await helpers.cell('AddAlerts', WITH_ALERTS), 'Yes');
    });

    it('does not let Cases All alone add alerts, and warns about it', async () => {
      assert.equal(await helpers.level(CASES_ONLY, 'observability'), 'Full');
      assert.equal(await helpers.cell('AddAlerts', CASES_ONLY), 'No');
      await helpers.openFlyout(CASES_ONLY);
      await testSubjects.existOrFail('caseAccessUserWarning-comment-without-alerts');
      await helpers.closeFlyout();
    });
  });
}
