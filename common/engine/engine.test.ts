import type { SnapshotSpace } from '../snapshot/types';
import { createAccessEngine, AccessEngineError } from './engine';
import {
  role,
  snapshot,
  user,
  cellOf,
  granted,
  withIndices,
  SECURITY_ALERTS_READ,
  type SnapshotParts as Parts,
} from './test_utils/fixtures';

describe('resolution rules', () => {
  it('V1 feature_generalCases.all still grants Management cases, with comments, re-open and assign', () => {
    const cell = cellOf(
      { users: [user('u', ['r'])], roles: { r: role(['feature_generalCases.all']) } },
      'u',
      'management'
    );
    // V1 predates case templates, so its All is everything but Manage templates.
    expect(granted(cell)).toEqual(
      [
        'assign',
        'create',
        'createComment',
        'delete',
        'push',
        'read',
        'reopenCase',
        'settings',
        'update',
      ].sort()
    );
    expect(cell.level).toBe('custom');
    expect(cell.grants.reopenCase).toEqual([
      { role: 'r', privilege: 'feature_generalCases.all', resource: '*' },
    ]);
  });

  it('minimal_all + cases_delete gives delete but not re-open', () => {
    const cell = cellOf(
      {
        users: [user('u', ['r'])],
        roles: {
          r: role([
            'feature_securitySolutionCasesV3.minimal_all',
            'feature_securitySolutionCasesV3.cases_delete',
          ]),
        },
      },
      'u',
      'security'
    );
    expect(cell.capabilities.delete).toBe(true);
    expect(cell.capabilities.reopenCase).toBe(false);
    expect(cell.level).toBe('custom');
  });

  it('base space_read gives view only in all three solutions', () => {
    const parts: Parts = {
      users: [user('u', ['r'])],
      roles: { r: role(['space_read'], ['space:default']) },
    };
    for (const solution of ['management', 'security', 'observability'] as const) {
      const cell = cellOf(parts, 'u', solution);
      expect([solution, cell.level]).toEqual([solution, 'view']);
      expect(cell.grants.read).toEqual([
        { role: 'r', privilege: 'space_read', resource: 'space:default' },
      ]);
    }
  });

  it('global base all gives full access, alerts and connector management everywhere', () => {
    const cell = cellOf(
      {
        users: [user('u', ['r'])],
        roles: { r: withIndices(role(['all']), [SECURITY_ALERTS_READ]) },
      },
      'u',
      'security'
    );
    expect(cell).toMatchObject({
      level: 'full',
      readAlerts: true,
      addAlerts: true,
      manageConnectors: true,
      pushToExternal: true,
      connectors: 'all',
    });
  });

  it('a feature disabled in a space voids its grant there and says so', () => {
    const spaces: SnapshotSpace[] = [
      { id: 'default', name: 'Default', disabledFeatures: [] },
      { id: 'soc', name: 'SOC', disabledFeatures: ['securitySolutionCasesV3'] },
    ];
    const parts: Parts = {
      spaces,
      users: [user('u', ['r'])],
      roles: { r: role(['feature_securitySolutionCasesV3.all']) },
    };
    expect(cellOf(parts, 'u', 'security', 'default').level).toBe('full');
    const soc = cellOf(parts, 'u', 'security', 'soc');
    expect(soc.level).toBe('none');
    expect(soc.warnings.map((w) => w.id)).toContain('feature-disabled-in-space');
    // The space by its name, as people read it.
    expect(soc.warnings[0].message).toContain('turned off in space SOC');
  });

  it('a space with a solution view hides the other solutions’ features', () => {
    const parts: Parts = {
      spaces: [{ id: 'obs', name: 'Obs', disabledFeatures: [], solution: 'oblt' }],
      users: [user('u', ['r'])],
      roles: { r: role(['all']) },
    };
    expect(cellOf(parts, 'u', 'security', 'obs').level).toBe('none');
    expect(cellOf(parts, 'u', 'observability', 'obs').level).toBe('full');
    expect(cellOf(parts, 'u', 'management', 'obs').level).toBe('full');
  });

  it('Basic voids sub-feature privileges named directly, but All keeps its sub-features', () => {
    const parts: Parts = {
      license: { type: 'basic', status: 'active' },
      users: [user('sub', ['sub']), user('all', ['all'])],
      roles: {
        sub: role([
          'feature_observabilityCasesV3.read',
          'feature_observabilityCasesV3.case_reopen',
        ]),
        all: role(['feature_observabilityCasesV3.all']),
      },
    };
    expect(cellOf(parts, 'sub', 'observability').level).toBe('view');
    expect(cellOf(parts, 'all', 'observability').capabilities.reopenCase).toBe(true);
    const readiness = createAccessEngine(snapshot(parts)).readiness();
    const belowGold = readiness.find((w) => w.id === 'license-below-gold');
    expect(belowGold?.message).toContain('sub');
  });

  it('superuser (application * with privilege *) gets everything', () => {
    const cell = cellOf(
      { users: [user('root', ['su'])], roles: { su: role(['*'], ['*'], '*') } },
      'root',
      'observability'
    );
    expect(cell.level).toBe('full');
    expect(cell.assignable).toBe(true);
    expect(cell.grants.manageTemplates).toEqual([{ role: 'su', privilege: '*', resource: '*' }]);
  });

  it('ignores other applications', () => {
    const cell = cellOf(
      { users: [user('u', ['r'])], roles: { r: role(['all'], ['*'], 'myapp') } },
      'u',
      'management'
    );
    expect(cell.level).toBe('none');
  });

  it('matches wildcard resources and skips other spaces', () => {
    const spaces: SnapshotSpace[] = [
      { id: 'default', name: 'Default', disabledFeatures: [] },
      { id: 'team-a', name: 'A', disabledFeatures: [] },
    ];
    const parts: Parts = {
      spaces,
      users: [user('u', ['r'])],
      roles: { r: role(['feature_generalCasesV3.read'], ['space:team-*']) },
    };
    expect(cellOf(parts, 'u', 'management', 'team-a').level).toBe('view');
    expect(cellOf(parts, 'u', 'management', 'default').level).toBe('none');
  });

  it('a user without a profile is not assignable and is told to log in', () => {
    const engine = createAccessEngine(
      snapshot({
        users: [user('new', ['r'], { profile_uid: undefined })],
        roles: { r: role(['feature_generalCasesV3.all']) },
      })
    );
    const access = engine.evaluateUser('new');
    expect(access?.spaces[0].solutions.management.assignable).toBe(false);
    expect(access?.warnings.map((w) => w.id)).toEqual(['no-profile']);
  });

  it('nobody is assignable below Platinum', () => {
    const cell = cellOf(
      {
        license: { type: 'gold', status: 'active' },
        users: [user('u', ['r'])],
        roles: { r: role(['feature_generalCasesV3.all']) },
      },
      'u',
      'management'
    );
    expect(cell.assignable).toBe(false);
  });

  // The role API lists native and reserved roles only (roles files and custom role providers are not shown:
  // elastic/elasticsearch x-pack/plugin/security/src/main/java/org/elasticsearch/xpack/security/action/role/TransportGetRolesAction.java
  // reads the reserved and native stores only), so a role it does not list is not readable here, not necessarily missing.
  it('says a role the API does not show is not readable, and evaluates without it', () => {
    const engine = createAccessEngine(
      snapshot({
        users: [user('u', ['r', 'gone'])],
        roles: { r: role(['feature_generalCasesV3.read']) },
      })
    );
    const access = engine.evaluateUser('u');
    expect(access?.spaces[0].solutions.management.level).toBe('view');
    const warning = access?.warnings.find((w) => w.id === 'role-not-readable')?.message;
    expect(warning).toContain('gone');
    expect(warning).toContain('roles file');
    expect(warning).not.toContain('Create');
    expect(engine.readiness().map((w) => w.id)).toContain('role-not-readable');
    expect(engine.readiness().map((w) => w.id)).not.toContain('missing-role');
  });

  it('warns about unknown privileges', () => {
    const engine = createAccessEngine(
      snapshot({
        users: [user('u', ['r'])],
        roles: { r: role(['feature_generalCasesV3.superpowers', 'space_write']) },
      })
    );
    const message = engine
      .evaluateUser('u')
      ?.warnings.find((w) => w.id === 'unknown-privileges')?.message;
    expect(message).toContain('feature_generalCasesV3.superpowers');
    expect(message).toContain('space_write');
    expect(engine.readiness().find((w) => w.id === 'unknown-privileges')?.severity).toBe('warning');
  });

  it('warns when Cases All comes without connectors, and fixes it with Connectors Read', () => {
    const without = cellOf(
      { users: [user('u', ['r'])], roles: { r: role(['feature_securitySolutionCasesV3.all']) } },
      'u',
      'security'
    );
    expect(without.pushToExternal).toBe(false);
    expect(without.warnings.map((w) => w.id)).toEqual(
      expect.arrayContaining(['push-without-connectors', 'comment-without-alerts'])
    );
    const withConnectors = cellOf(
      {
        users: [user('u', ['r'])],
        roles: { r: role(['feature_securitySolutionCasesV3.all', 'feature_actions.read']) },
      },
      'u',
      'security'
    );
    expect(withConnectors).toMatchObject({
      pushToExternal: true,
      connectors: 'read',
      manageConnectors: false,
    });
  });

  it('treats an SSO user known only from a profile as a user', () => {
    const parts = snapshot({ roles: { r: role(['feature_generalCasesV3.read']) } });
    parts.profiles.push({
      uid: 'u_saml',
      enabled: true,
      last_synchronized: 1,
      user: { username: 'sam', roles: ['r'], realm_name: 'saml1' },
      labels: {},
      data: {},
    });
    const access = createAccessEngine(parts).evaluateUser('sam');
    expect(access).toMatchObject({ realm: 'saml1', profile: { uid: 'u_saml', enabled: true } });
    expect(access?.spaces[0].solutions.management.assignable).toBe(true);
  });

  it('flags disabled users and profiles', () => {
    const parts = snapshot({
      users: [user('u', ['r'], { enabled: false })],
      roles: { r: role(['feature_generalCasesV3.all']) },
    });
    parts.profiles[0].enabled = false;
    const access = createAccessEngine(parts).evaluateUser('u');
    expect(access?.warnings.map((w) => w.id)).toEqual(['profile-disabled', 'user-disabled']);
    expect(access?.spaces[0].solutions.management.assignable).toBe(false);
  });

  it('on serverless, warns Observability users without Editor, and has no Management cases', () => {
    const parts: Parts = {
      buildFlavor: 'serverless',
      users: [user('v', ['viewer']), user('e', ['editor'])],
      roles: { viewer: role(['read']), editor: role(['all']) },
    };
    const viewer = cellOf(parts, 'v', 'observability');
    expect(viewer.warnings.map((w) => w.id)).toContain('serverless-observability-editor');
    expect(cellOf(parts, 'e', 'observability').warnings.map((w) => w.id)).not.toContain(
      'serverless-observability-editor'
    );
    expect(cellOf(parts, 'e', 'management').level).toBe('none');
    const ids = createAccessEngine(snapshot(parts))
      .readiness()
      .map((w) => w.id);
    expect(ids).not.toContain('public-base-url-missing');
  });

  it('rejects an unknown space with the known ones', () => {
    const engine = createAccessEngine(snapshot());
    expect(() => engine.evaluateSpace('nope')).toThrow(AccessEngineError);
    expect(() => engine.evaluateSpace('nope')).toThrow('the spaces are: default');
  });

  it('an expired licence is critical and disables paid features', () => {
    const engine = createAccessEngine(
      snapshot({
        license: { type: 'platinum', status: 'expired' },
        users: [user('u', ['r'])],
        roles: { r: role(['feature_generalCasesV3.all', 'feature_actions.read']) },
      })
    );
    expect(engine.readiness()[0]).toMatchObject({ id: 'license-expired', severity: 'critical' });
    const cell = engine.evaluateUser('u')?.spaces[0].solutions.management;
    expect(cell).toMatchObject({ assignable: false, pushToExternal: false });
  });
});

describe('explainUser', () => {
  it('suggests the sub-feature privilege that grants a missing capability, in role editor terms', () => {
    const engine = createAccessEngine(
      snapshot({
        spaces: [{ id: 'soc', name: 'SOC', disabledFeatures: [] }],
        users: [user('u', ['r'])],
        roles: { r: role(['feature_securitySolutionCasesV3.minimal_read']) },
      })
    );
    const detail = engine.explainUser('u', 'soc');
    const reopen = detail?.missing.security.reopenCase?.[0];
    expect(reopen).toMatchObject({
      feature: 'securitySolutionCasesV3',
      privilege: 'case_reopen',
      privilegeName: 'feature_securitySolutionCasesV3.case_reopen',
      space: 'soc',
    });
    expect(reopen?.label).toBe('Security → Cases → Re-open closed cases, in space SOC');
    expect(detail?.missing.security.read).toBeUndefined();
    expect(detail?.missing.security.executeConnectors?.[0].privilegeName).toBe(
      'feature_actions.read'
    );
  });

  it('returns undefined for an unknown user', () => {
    expect(createAccessEngine(snapshot()).explainUser('ghost', 'default')).toBeUndefined();
  });
});

describe('report', () => {
  it('lists users sorted by username with every space in order', () => {
    const engine = createAccessEngine(
      snapshot({
        spaces: [
          { id: 'b', name: 'B', disabledFeatures: [] },
          { id: 'a', name: 'A', disabledFeatures: [] },
        ],
        users: [user('zoe', []), user('adam', [])],
      })
    );
    const report = engine.report();
    expect(report.users.map((u) => u.username)).toEqual(['adam', 'zoe']);
    expect(report.users[0].spaces.map((s) => s.space)).toEqual(['b', 'a']);
    expect(granted(report.users[0].spaces[0].solutions.security)).toEqual([]);
  });
});
