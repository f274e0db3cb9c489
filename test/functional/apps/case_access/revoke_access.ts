/** Seed: "Revoke all access to cases" — None for the Cases feature. */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { CASES, CONNECTORS, caseAccessHelpers, featureRole } from './helpers';

export default function (ctx: FtrProviderContext) {
  const security = ctx.getService('security');
  const helpers = caseAccessHelpers(ctx, 'revoke');
  const USER = 'ftr_revoked';

  describe('revoke all access to cases', () => {
    let roleName = '';

    before(async () => {
      roleName = await helpers.createUser(USER, featureRole({ [CASES.security]: ['all'] }));
      await helpers.openAsAuditor();
    });

    after(() => helpers.cleanUp());

    it('shows Full before the Cases privilege is revoked', async () => {
      assert.equal(await helpers.level(USER, 'security'), 'Full');
    });

    it('shows None in every solution once the role has None for Cases', async () => {
      // Kibana's role editor writes "None" by leaving the feature out of the role.
      await security.role.create(roleName, featureRole({ [CONNECTORS]: ['read'] }));
      await helpers.eventually(async () =>
        assert.equal(await helpers.level(USER, 'security'), 'None')
      );
      assert.equal(await helpers.level(USER, 'management'), 'None');
      assert.equal(await helpers.level(USER, 'observability'), 'None');
    });
  });
}
