/**
 * Tricky directories, each checked against what Kibana and Elasticsearch decide (or the access model, where it
 * speaks): mixed feature versions, wildcard applications and resources, reserved privileges, deprecated features
 * disabled in a space, licences, solution views, hosts without a sub-feature, and odd users.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getBuiltinFeatures } from '../features';
import { createAccessEngine } from './engine';
import {
  role,
  snapshot,
  user,
  cellOf,
  granted,
  type SnapshotParts as Parts,
} from './test_utils/fixtures';

describe('feature versions and privilege names', () => {
  it('a role mixing V1 read with V3 minimal_all and Re-open holds the union', () => {
    const cell = cellOf(
      {
        users: [user('u', ['r'])],
        roles: {
          r: role([
            'feature_securitySolutionCases.read',
            'feature_securitySolutionCasesV3.minimal_all',
            'feature_securitySolutionCasesV3.case_reopen',
          ]),
        },
      },
      'u',
      'security'
    );
    expect(granted(cell)).toEqual(['create', 'push', 'read', 'reopenCase', 'update']);
    expect(cell.level).toBe('custom');
  });

  it('privilege * on the Kibana application is everything, but only at its resources', () => {
    const parts: Parts = {
      spaces: [
        { id: 'default', name: 'Default', disabledFeatures: [] },
        { id: 'soc', name: 'SOC', disabledFeatures: [] },
      ],
      users: [user('u', ['r'])],
      roles: { r: role(['*'], ['space:soc']) },
    };
    expect(cellOf(parts, 'u', 'security', 'soc')).toMatchObject({
      level: 'full',
      connectors: 'all',
    });
    expect(cellOf(parts, 'u', 'security', 'default').level).toBe('none');
  });

  it('space:* covers every space, as Elasticsearch matches resource patterns', () => {
    const cell = cellOf(
      {
        users: [user('u', ['r'])],
        roles: { r: role(['feature_observabilityCasesV3.read'], ['space:*']) },
      },
      'u',
      'observability'
    );
    expect(cell.level).toBe('view');
    expect(cell.grants.read).toEqual([
      { role: 'r', privilege: 'feature_observabilityCasesV3.read', resource: 'space:*' },
    ]);
  });

  it('a reserved privilege of a feature outside the built-in definitions is not called unknown', () => {
    // Elasticsearch's monitoring_user role holds reserved_monitoring on kibana-*; the built-in definitions do not
    // describe the Monitoring feature, so they cannot say the privilege does not exist.
    const engine = createAccessEngine(
      snapshot({
        users: [user('u', ['monitoring_user', 'r'])],
        roles: {
          monitoring_user: {
            ...role(['reserved_monitoring'], ['*'], 'kibana-*'),
            metadata: { _reserved: true },
          },
          r: role(['feature_generalCasesV3.read']),
        },
      })
    );
    const access = engine.evaluateUser('u');
    expect(access?.warnings.map((w) => w.id)).not.toContain('unknown-privileges');
    expect(access?.spaces[0].solutions.management.level).toBe('view');
  });

  it('a reserved privilege is unknown when the host’s own (complete) feature list lacks it', () => {
    const s = snapshot({
      users: [user('u', ['r'])],
      roles: { r: role(['reserved_nothing_here']) },
    });
    s.kibana.features = getBuiltinFeatures({ buildFlavor: 'traditional' });
    const access = createAccessEngine(s).evaluateUser('u');
    expect(access?.warnings.map((w) => w.id)).toContain('unknown-privileges');
  });

  it('typos in a known feature’s privilege and in base privilege names are unknown privileges', () => {
    const engine = createAccessEngine(
      snapshot({
        users: [user('u', ['r'])],
        roles: { r: role(['feature_generalCasesV3.alll', 'spaceall']) },
      })
    );
    expect(engine.readiness().map((w) => w.id)).toContain('unknown-privileges');
    expect(engine.evaluateUser('u')?.warnings[0].message).toContain('feature_generalCasesV3.alll');
  });
});

describe('what the features in force can grant', () => {
  it('on a host whose Cases features have no Manage templates, All is Full without it', () => {
    const withoutTemplates = (feature: KibanaFeatureConfig): KibanaFeatureConfig => {
      if (!feature.cases?.includes('cases') || !feature.privileges) return feature;
      const { manageTemplates: _dropped, ...allCases } = feature.privileges.all.cases ?? {};
      return {
        ...feature,
        privileges: { ...feature.privileges, all: { ...feature.privileges.all, cases: allCases } },
        subFeatures: (feature.subFeatures ?? []).filter(
          (sub) =>
            !sub.privilegeGroups.some((group) =>
              group.privileges.some((privilege) => privilege.cases?.manageTemplates)
            )
        ),
      };
    };
    const s = snapshot({
      users: [user('u', ['r'])],
      roles: { r: role(['feature_generalCasesV3.all']) },
    });
    s.kibana.features = getBuiltinFeatures({ buildFlavor: 'traditional' }).map(withoutTemplates);
    const engine = createAccessEngine(s);
    const cell = engine.evaluateUser('u')?.spaces[0].solutions.management;
    expect(cell?.level).toBe('full');
    expect(engine.availableCapabilities('default', 'management')).not.toContain('manageTemplates');
  });

  // Template privileges came with elastic/kibana#257683 (9.4.0): a 9.3 snapshot without definitions gets 9.3's.
  it.each([
    ['9.3.2', false],
    ['9.4.0', true],
  ])(
    'with built-in definitions for Kibana %s, Manage templates can be granted: %s',
    (version, has) => {
      const s = snapshot({
        users: [user('u', ['r'])],
        roles: { r: role(['feature_generalCasesV3.all']) },
      });
      s.kibana.version = version;
      delete s.kibana.features;
      const engine = createAccessEngine(s);
      expect(
        engine.availableCapabilities('default', 'management').includes('manageTemplates')
      ).toBe(has);
      expect(engine.evaluateUser('u')?.spaces[0].solutions.management.level).toBe('full');
    }
  );

  it('a feature excluded from base privileges is not granted by base all', () => {
    const s = snapshot({ users: [user('u', ['r'])], roles: { r: role(['all']) } });
    s.kibana.features = getBuiltinFeatures({ buildFlavor: 'traditional' }).map((feature) =>
      feature.id.startsWith('securitySolutionCases')
        ? { ...feature, excludeFromBasePrivileges: true }
        : feature
    );
    const access = createAccessEngine(s).evaluateUser('u');
    expect(access?.spaces[0].solutions.security.level).toBe('none');
    expect(access?.spaces[0].solutions.management.level).toBe('full');
  });

  it('alerts count for the solution of the category of the feature that carries them', () => {
    const parts: Parts = {
      users: [user('u', ['r'])],
      roles: {
        r: role([
          'feature_generalCasesV3.all',
          'feature_securitySolutionCasesV3.all',
          'feature_observabilityCasesV3.all',
          'feature_stackAlerts.read',
        ]),
      },
    };
    expect(cellOf(parts, 'u', 'management').addAlerts).toBe(true);
    const security = cellOf(parts, 'u', 'security');
    expect(security.addAlerts).toBe(false);
    expect(security.warnings.map((w) => w.id)).toContain('comment-without-alerts');
  });
});

describe('users', () => {
  it('duplicate roles count once and a role the API does not show is warned about', () => {
    const engine = createAccessEngine(
      snapshot({
        users: [user('u', ['r', 'r', 'gone'])],
        roles: { r: role(['feature_generalCasesV3.all']) },
      })
    );
    const access = engine.evaluateUser('u');
    expect(access?.spaces[0].solutions.management.grants.read).toHaveLength(1);
    expect(access?.warnings.map((w) => w.id)).toEqual(['role-not-readable']);
  });

  it('single sign-on users come from their profiles; a disabled profile is not assignable', () => {
    const s = snapshot({ roles: { r: role(['feature_generalCasesV3.read']) } });
    s.profiles.push(
      {
        uid: 'p1',
        enabled: true,
        last_synchronized: 1,
        user: { username: 'sam', roles: ['r'], realm_name: 'saml1' },
        labels: {},
        data: {},
      },
      {
        uid: 'p2',
        enabled: false,
        last_synchronized: 1,
        user: { username: 'old', roles: ['r'], realm_name: 'saml1' },
        labels: {},
        data: {},
      }
    );
    const engine = createAccessEngine(s);
    expect(engine.evaluateUser('sam')?.spaces[0].solutions.management).toMatchObject({
      level: 'view',
      assignable: true,
    });
    const old = engine.evaluateUser('old');
    expect(old?.spaces[0].solutions.management.assignable).toBe(false);
    expect(old?.warnings.map((w) => w.id)).toContain('profile-disabled');
  });

  // The assignee picker asks for profiles (security plugin's userProfiles.suggest with requiredPrivileges,
  // x-pack/platform/plugins/shared/cases/server/services/user_profiles/index.ts): a disabled user account with an
  // enabled profile is still offered.
  it('a disabled user keeps the grants of their roles and stays assignable, with a warning', () => {
    const access = createAccessEngine(
      snapshot({
        users: [user('u', ['r'], { enabled: false })],
        roles: { r: role(['feature_generalCasesV3.all']) },
      })
    ).evaluateUser('u');
    expect(access?.spaces[0].solutions.management).toMatchObject({
      level: 'full',
      assignable: true,
    });
    expect(access?.warnings.map((w) => w.id)).toContain('user-disabled');
  });

  it('Connectors Read lets a user push; All also manages connectors', () => {
    const parts: Parts = {
      users: [user('reader', ['cases', 'read']), user('admin', ['cases', 'all'])],
      roles: {
        cases: role(['feature_generalCasesV3.all']),
        read: role(['feature_actions.read']),
        all: role(['feature_actions.all']),
      },
    };
    expect(cellOf(parts, 'reader', 'management')).toMatchObject({
      connectors: 'read',
      pushToExternal: true,
      manageConnectors: false,
    });
    expect(cellOf(parts, 'admin', 'management')).toMatchObject({
      connectors: 'all',
      pushToExternal: true,
      manageConnectors: true,
    });
  });
});
