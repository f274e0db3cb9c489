/** Seed: "Give view-only access to cases" — Cases Read, and Read with customised sub-feature privileges. */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { CASES, caseAccessHelpers, featureRole } from './helpers';

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const helpers = caseAccessHelpers(ctx, 'view_only');
  const VIEWER = 'ftr_viewer';
  const CUSTOM = 'ftr_custom_reader';

  describe('view-only access', () => {
    before(async () => {
      await helpers.createUser(VIEWER, featureRole({ [CASES.observability]: ['read'] }));
      await helpers.createUser(
        CUSTOM,
        featureRole({ [CASES.management]: ['minimal_read', 'cases_delete', 'create_comment'] })
      );
      await helpers.openAsAuditor();
    });

    after(() => helpers.cleanUp());

    it('shows Cases Read as View only, in that solution only', async () => {
      assert.equal(await helpers.level(VIEWER, 'observability'), 'View only');
      assert.equal(await helpers.level(VIEWER, 'management'), 'None');
      assert.equal(await helpers.level(VIEWER, 'security'), 'None');
    });

    it('grants only read in the flyout, and says what would grant the rest', async () => {
      await helpers.openFlyout(VIEWER);
      assert.equal(await helpers.capability('observability', 'read'), 'Granted');
      for (const capability of ['create', 'update', 'delete', 'createComment', 'reopenCase']) {
        assert.equal(
          await helpers.capability('observability', capability),
          'Not granted',
          capability
        );
      }
      await testSubjects.existOrFail('caseAccessGrant-observability-read');
      await testSubjects.existOrFail('caseAccessMissing-observability-delete');
      await helpers.closeFlyout();
    });

    it('shows Read with customised sub-features as Custom, granting just those', async () => {
      assert.equal(await helpers.level(CUSTOM, 'management'), 'Custom');
      await helpers.openFlyout(CUSTOM);
      assert.equal(await helpers.capability('management', 'read'), 'Granted');
      assert.equal(await helpers.capability('management', 'delete'), 'Granted');
      assert.equal(await helpers.capability('management', 'createComment'), 'Granted');
      assert.equal(await helpers.capability('management', 'reopenCase'), 'Not granted');
      assert.equal(await helpers.capability('management', 'settings'), 'Not granted');
      assert.equal(await helpers.capability('management', 'create'), 'Not granted');
      await testSubjects.existOrFail('caseAccessMissing-management-reopenCase');
      await helpers.closeFlyout();
    });
  });
}
