/**
 * Answers that must match Kibana's own decisions (issue 10). Each case names the Kibana or Elasticsearch source
 * that decides it; the report must never show access that Kibana refuses.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { CELL_ASSIGNABLE, CELL_RULE_CASE_ACTIONS, createAccessEngine, featuresInForce } from '.';
import { SECURITY_CATEGORY } from '../features/categories';
import type { Solution } from '../report/types';
import type { DirectorySnapshot } from '../snapshot/types';
import {
  cellOf,
  granted,
  role,
  snapshot,
  user,
  withIndices,
  SECURITY_ALERTS_READ,
  type SnapshotParts,
} from './test_utils/fixtures';

const CASES_ALL = 'feature_generalCasesV3.all';
const CONNECTORS_READ = 'feature_actions.read';

/** A user's cell from the row path and its compact flags, which must agree. */
function both(s: DirectorySnapshot, username: string, solution: Solution, space = 'default') {
  const engine = createAccessEngine(s);
  const row = engine.evaluateUser(username, [space])?.spaces[0].solutions[solution];
  if (!row) throw new Error(`no user ${username}`);
  const compact = engine.evaluateSpaceCompact(space);
  const u = compact.usernames.indexOf(username);
  const s3 = ['management', 'security', 'observability'].indexOf(solution);
  const flags = compact.flags[u * 3 + s3];
  const materialized = compact.materialize(u).spaces[0].solutions[solution];
  expect(materialized).toEqual(row);
  return { row, flags, mask: compact.masks[u * 3 + s3], engine };
}

function withVersion(parts: SnapshotParts, version: string): DirectorySnapshot {
  const s = snapshot(parts);
  s.kibana.version = version;
  return s;
}

describe('Can add case actions to rules (the Cases system action)', () => {
  // x-pack/platform/plugins/shared/cases/server/connectors/cases/index.ts: minimumLicenseRequired 'platinum';
  // x-pack/platform/plugins/shared/cases/server/connectors/cases/utils.ts: constructRequiredKibanaPrivileges.
  const parts = (roles: string[], license?: DirectorySnapshot['license']) => ({
    license,
    users: [user('u', ['r'])],
    roles: { r: role(roles) },
  });

  it('needs Connectors execute besides Cases All', () => {
    expect(both(snapshot(parts([CASES_ALL])), 'u', 'management').row.ruleCaseActions).toBe(false);
    const { row, flags } = both(snapshot(parts([CASES_ALL, CONNECTORS_READ])), 'u', 'management');
    expect(row.ruleCaseActions).toBe(true);
    expect(flags & CELL_RULE_CASE_ACTIONS).not.toBe(0);
  });

  it.each([
    ['gold', 'active'],
    ['platinum', 'expired'],
    ['basic', 'active'],
  ] as const)('is refused on a %s licence that is %s', (type, status) => {
    const { row, flags } = both(
      snapshot(parts([CASES_ALL, CONNECTORS_READ], { type, status })),
      'u',
      'management'
    );
    expect(row.ruleCaseActions).toBe(false);
    expect(flags & CELL_RULE_CASE_ACTIONS).toBe(0);
  });

  it('needs delete, push and re-open too, not just create and update', () => {
    const custom = parts([
      'feature_generalCasesV3.minimal_all',
      'feature_generalCasesV3.create_comment',
      CONNECTORS_READ,
    ]);
    expect(both(snapshot(custom), 'u', 'management').row.ruleCaseActions).toBe(false);
  });

  it('needs assign too, on every 9.x release', () => {
    // constructRequiredKibanaPrivileges (x-pack/platform/plugins/shared/cases/server/connectors/cases/utils.ts)
    // lists cases:<owner>/assignCase since the assignees sub-feature (elastic/kibana#201654, 8.18/9.0): the
    // connector's index.test.ts expects it already in its form from before elastic/kibana#222827 (9.1), so the
    // 9.5.3 change (elastic/kibana#284854, template assignees) did not add it.
    const noAssign = parts([
      'feature_generalCasesV3.minimal_all',
      'feature_generalCasesV3.cases_delete',
      'feature_generalCasesV3.create_comment',
      'feature_generalCasesV3.case_reopen',
      CONNECTORS_READ,
    ]);
    for (const version of ['9.0.0', '9.4.0', '9.5.2', '9.5.3']) {
      const { row, flags } = both(withVersion(noAssign, version), 'u', 'management');
      expect([version, row.ruleCaseActions]).toEqual([version, false]);
      expect(flags & CELL_RULE_CASE_ACTIONS).toBe(0);
    }
    const withAssign = parts([
      ...noAssign.roles.r.applications[0].privileges,
      'feature_generalCasesV3.cases_assign',
    ]);
    expect(both(withVersion(withAssign, '9.0.0'), 'u', 'management').row.ruleCaseActions).toBe(
      true
    );
  });
});

describe('assign counts only under an active Platinum licence', () => {
  // x-pack/platform/plugins/shared/cases/server/client/cases/create.ts and bulk_update.ts refuse assignees unless
  // licensingService.isAtLeastPlatinum().
  it.each([
    ['gold', 'active'],
    ['enterprise', 'expired'],
  ] as const)(
    'on %s (%s) the privilege stays in the provenance and says why it does not count',
    (type, status) => {
      const { row, mask } = both(
        snapshot({
          license: { type, status },
          users: [user('u', ['r'])],
          roles: { r: role([CASES_ALL]) },
        }),
        'u',
        'management'
      );
      expect(row.capabilities.assign).toBe(false);
      expect(row.grants.assign).toEqual([{ role: 'r', privilege: CASES_ALL, resource: '*' }]);
      expect(row.notCounted?.assign).toMatch(/Platinum/);
      // Everything that can count is held, so the level is still Full.
      expect(row.level).toBe('full');
      expect(mask & (1 << 8)).toBe(0);
    }
  );

  it('counts on an active Platinum licence', () => {
    const cell = cellOf(
      {
        license: { type: 'platinum', status: 'active' },
        users: [user('u', ['r'])],
        roles: { r: role([CASES_ALL]) },
      },
      'u',
      'management'
    );
    expect(cell.capabilities.assign).toBe(true);
    expect(cell.notCounted).toBeUndefined();
  });
});

describe('Assignable follows the roles stored in the profile', () => {
  // The picker (x-pack/platform/plugins/shared/cases/server/services/user_profiles/index.ts) calls the security
  // plugin's userProfiles.suggest with requiredPrivileges, which Elasticsearch checks against the roles stored in
  // each profile (_security/profile/_has_privileges), not the user's current roles.
  function changed(current: string[], stored: string[]): DirectorySnapshot {
    const s = snapshot({
      users: [user('u', current)],
      roles: { reader: role(['feature_generalCasesV3.read']), other: role([]) },
    });
    s.profiles[0].user.roles = stored;
    return s;
  }

  it('roles gained since the last login do not make the user assignable yet, and say so', () => {
    const { row, flags } = both(changed(['reader'], ['other']), 'u', 'management');
    expect(row.level).toBe('view');
    expect(row.assignable).toBe(false);
    expect(flags & CELL_ASSIGNABLE).toBe(0);
    expect(row.warnings.map((w) => w.id)).toContain('roles-changed-since-login');
    expect(row.warnings.find((w) => w.id === 'roles-changed-since-login')?.message).toMatch(
      /next login/
    );
  });

  it('roles lost since the last login leave the user assignable until the next login', () => {
    const { row, flags } = both(changed(['other'], ['reader']), 'u', 'management');
    expect(row.level).toBe('none');
    expect(row.assignable).toBe(true);
    expect(flags & CELL_ASSIGNABLE).not.toBe(0);
    expect(row.warnings.map((w) => w.id)).toContain('roles-changed-since-login');
  });

  it('the same answer from both role lists gives no warning', () => {
    const { row } = both(changed(['reader'], ['reader', 'other']), 'u', 'management');
    expect(row.assignable).toBe(true);
    expect(row.warnings.map((w) => w.id)).not.toContain('roles-changed-since-login');
  });

  it('a disabled user account with an enabled profile is still offered, with the user-disabled warning', () => {
    const s = snapshot({
      users: [user('u', ['reader'], { enabled: false })],
      roles: { reader: role(['feature_generalCasesV3.read']) },
    });
    const { row, flags, engine } = both(s, 'u', 'management');
    expect(row.assignable).toBe(true);
    expect(flags & CELL_ASSIGNABLE).not.toBe(0);
    expect(engine.evaluateUser('u')?.warnings.map((w) => w.id)).toContain('user-disabled');
  });
});

describe('roles Elasticsearch disabled for the licence grant nothing', () => {
  // Elasticsearch leaves out of authorisation the roles that need document- or field-level security beyond the
  // licence ("User roles [...] are disabled because they require field or document level security",
  // x-pack/plugin/security/src/main/java/org/elasticsearch/xpack/security/authz/store/RoleDescriptorStore.java),
  // and the role API marks them with transient_metadata.enabled: false.
  it('gives None and names the role', () => {
    const dls: estypes.SecurityGetRoleRole = {
      ...role([CASES_ALL]),
      transient_metadata: { enabled: false },
    };
    const s = snapshot({ users: [user('u', ['dls'])], roles: { dls } });
    const { row, engine } = both(s, 'u', 'management');
    expect(row.level).toBe('none');
    const warning = engine
      .evaluateUser('u')
      ?.warnings.find((w) => w.id === 'role-disabled-by-license');
    expect(warning?.message).toContain('dls');
    expect(engine.readiness().find((w) => w.id === 'role-disabled-by-license')?.message).toContain(
      'dls'
    );
    const compact = engine.evaluateSpaceCompact('default');
    expect(compact.warningCounts[0]).toBe(engine.evaluateUser('u')!.warnings.length);
  });
});

describe('Security alerts need read on the space alerts index', () => {
  // Security's detection alerts are searched with the user's credentials through
  // .alerts-security.alerts-<space> (x-pack/solutions/security/plugins/security_solution/common/constants.ts,
  // DEFAULT_ALERTS_INDEX); Observability and Stack alerts are read by the alerting plugin's AlertsClient as the
  // internal user (x-pack/platform/plugins/shared/rule_registry/server/alert_data_client/alerts_client.ts).
  const securityRole = ['feature_securitySolutionCasesV3.all', 'feature_siemV2.read'];
  const parts = (indices: string[] | undefined): SnapshotParts => ({
    spaces: [
      { id: 'default', name: 'Default', disabledFeatures: [] },
      { id: 'soc', name: 'SOC', disabledFeatures: [] },
    ],
    users: [user('u', ['r'])],
    roles: { r: indices ? withIndices(role(securityRole), indices) : role(securityRole) },
  });

  it('without index read, cannot add Security alerts and is told which index', () => {
    const { row } = both(snapshot(parts(undefined)), 'u', 'security');
    expect(row.readAlerts).toBe(false);
    expect(row.addAlerts).toBe(false);
    const warning = row.warnings.find((w) => w.id === 'comment-without-alerts');
    expect(warning?.message).toContain('.alerts-security.alerts-default');
  });

  it.each([
    [SECURITY_ALERTS_READ, true],
    ['.alerts-security.alerts-default', true],
    ['.alerts-*', true],
    ['/\\.alerts-security\\.alerts-(default|soc)/', true],
    ['.alerts-security.alerts-soc', false],
    ['logs-*', false],
  ])('index pattern %s covers the default space: %s', (pattern, expected) => {
    const { row } = both(snapshot(parts([pattern])), 'u', 'security');
    expect(row.addAlerts).toBe(expected);
  });

  it('write-only index privileges do not count', () => {
    const s = snapshot({
      users: [user('u', ['r'])],
      roles: { r: withIndices(role(securityRole), [SECURITY_ALERTS_READ], ['write']) },
    });
    expect(both(s, 'u', 'security').row.addAlerts).toBe(false);
  });
});

describe('action names as application privileges', () => {
  // Elasticsearch takes a privilege name with '/', '*' or ':' as an action pattern (ApplicationPrivilege in
  // x-pack/plugin/core/src/main/java/org/elasticsearch/xpack/core/security/authz/privilege/ApplicationPrivilege.java),
  // and Kibana's Cases authorisation checks cases:<owner>/<operation> actions
  // (x-pack/platform/packages/private/security/authorization_core/src/privileges/feature_privilege_builder/cases.ts).
  const cell = (privileges: string[], solution: Solution) =>
    cellOf({ users: [user('u', ['r'])], roles: { r: role(privileges) } }, 'u', solution);

  it('a single case action grants its capability for its owner only', () => {
    expect(granted(cell(['cases:securitySolution/getCase'], 'security'))).toEqual(['read']);
    expect(cell(['cases:securitySolution/getCase'], 'observability').level).toBe('none');
  });

  it('cases:* grants every case operation of every owner', () => {
    for (const solution of ['management', 'security', 'observability'] as const) {
      expect(cell(['cases:*'], solution).level).toBe('full');
    }
  });

  it('connector saved-object actions grant Connectors access', () => {
    const c = cell(['saved_object:action/*', 'saved_object:action_task_params/*'], 'management');
    expect(c.connectors).toBe('all');
  });

  it('action names are not reported as unknown privileges; other unknown names still are', () => {
    const engine = createAccessEngine(
      snapshot({
        users: [user('u', ['r'])],
        roles: {
          r: role(['ui:securitySolutionCasesV3/read_cases', 'cases:*', 'no_such_privilege']),
        },
      })
    );
    const warning = engine.evaluateUser('u')?.warnings.find((w) => w.id === 'unknown-privileges');
    expect(warning?.message).toContain('no_such_privilege');
    expect(warning?.message).not.toContain('cases:*');
    expect(warning?.message).not.toContain('ui:');
  });
});

describe('serverless project types', () => {
  // One solution per project: config/serverless.oblt.yml, serverless.security.yml and serverless.es.yml load
  // only their own plugin groups (plugins.allowlistPluginGroups); Stack Management cases are off on serverless.
  const superuser = (projectType: DirectorySnapshot['kibana']['projectType']) => {
    const s = snapshot({
      buildFlavor: 'serverless',
      users: [user('u', ['r'])],
      roles: { r: role(['all']) },
    });
    s.kibana.projectType = projectType;
    const row = createAccessEngine(s).evaluateUser('u')?.spaces[0].solutions;
    if (!row) throw new Error('no row');
    return (['management', 'security', 'observability'] as const).map((x) => row[x].level);
  };

  it.each([
    ['observability', ['none', 'none', 'full']],
    ['security', ['none', 'full', 'none']],
    ['search', ['none', 'none', 'none']],
    [undefined, ['none', 'full', 'full']],
  ] as const)('a %s project grants cases only in its own solution', (projectType, levels) => {
    expect(superuser(projectType)).toEqual(levels);
  });
});

describe('deprecated Security rules features grant alerts', () => {
  // x-pack/solutions/security/packages/features/src/rules/v1_features/kibana_features.ts and v2_features: both
  // privileges carry alerting.alert entries for every Security rule type (serverless Security's predefined
  // analyst roles still name these ids).
  it.each(['feature_securitySolutionRulesV1.read', 'feature_securitySolutionRulesV2.all'])(
    '%s with Cases All and index read can add alerts',
    (privilege) => {
      const cell = cellOf(
        {
          users: [user('u', ['r'])],
          roles: {
            r: withIndices(role(['feature_securitySolutionCasesV3.all', privilege]), [
              SECURITY_ALERTS_READ,
            ]),
          },
        },
        'u',
        'security'
      );
      expect(cell.addAlerts).toBe(true);
    }
  );
});

describe('hidden is not revoked', () => {
  // x-pack/platform/plugins/shared/cases/server/authorization/authorization.ts (Authorization.create): the
  // owners the Cases API authorises come from every feature the space does not disable, deprecated ones included
  // (the space editor never lists those), so hiding securitySolutionCasesV3 leaves securitySolution reachable.
  it('keeps None in the UI but warns the cell and the space', () => {
    const s = snapshot({
      spaces: [{ id: 'soc', name: 'SOC', disabledFeatures: ['securitySolutionCasesV3'] }],
      users: [user('u', ['r'])],
      roles: { r: role(['feature_securitySolutionCasesV3.all']) },
    });
    const { row, engine } = both(s, 'u', 'security', 'soc');
    expect(row.level).toBe('none');
    expect(row.warnings.map((w) => w.id)).toEqual(
      expect.arrayContaining(['feature-disabled-in-space', 'hidden-not-revoked'])
    );
    expect(engine.spaceReadiness('soc')[0]).toMatchObject({ id: 'hidden-not-revoked' });
    expect(engine.report(['soc']).readiness.map((w) => w.id)).toContain('hidden-not-revoked');
    const compact = engine.evaluateSpaceCompact('soc');
    expect(compact.warningCounts[0]).toBe(
      row.warnings.length + (engine.evaluateUser('u', ['soc'])?.warnings.length ?? 0) + 0
    );
  });

  it('does not warn when every feature of the owner is disabled', () => {
    const s = snapshot({
      spaces: [
        {
          id: 'soc',
          name: 'SOC',
          disabledFeatures: [
            'securitySolutionCases',
            'securitySolutionCasesV2',
            'securitySolutionCasesV3',
          ],
        },
      ],
      users: [user('u', ['r'])],
      roles: { r: role(['feature_securitySolutionCasesV3.all']) },
    });
    const { row, engine } = both(s, 'u', 'security', 'soc');
    expect(row.warnings.map((w) => w.id)).not.toContain('hidden-not-revoked');
    expect(engine.spaceReadiness('soc')).toEqual([]);
  });
});

describe('a user is a username in a realm', () => {
  // Elasticsearch keys a profile by username and realm or security domain (x-pack/plugin/security/src/main/java/
  // org/elasticsearch/xpack/security/profile/ProfileService.java, activateProfile searches by user.username and
  // user.realm_name / user.realm_domain): native alice and SAML alice are two users with two profiles.
  const profile = (uid: string, realm: string, roles: string[], domain?: string) => ({
    uid,
    enabled: true,
    last_synchronized: 1,
    user: {
      username: 'alice',
      roles,
      realm_name: realm,
      ...(domain ? { realm_domain: domain } : {}),
    },
    labels: {},
    data: {},
  });

  it('keeps a native user and a single sign-on user of the same name apart', () => {
    const s = snapshot({
      users: [user('alice', ['reader'])],
      roles: { reader: role(['feature_generalCasesV3.read']), writer: role([CASES_ALL]) },
    });
    s.profiles.push(profile('saml_alice', 'saml1', ['writer']));
    const engine = createAccessEngine(s);
    const rows = engine.report().users.filter((u) => u.username === 'alice');
    expect(rows.map((u) => [u.realm, u.spaces[0].solutions.management.level])).toEqual([
      ['native1', 'view'],
      ['saml1', 'full'],
    ]);
    expect(engine.evaluateUser('alice', undefined, 'saml1')?.realm).toBe('saml1');
    expect(engine.explainUser('alice', 'default', 'native1')?.user.realm).toBe('native1');
    expect(engine.evaluateSpaceCompact('default').userCount).toBe(2);
  });

  it('keeps two single sign-on realms, and one user per security domain', () => {
    const s = snapshot({ roles: { writer: role([CASES_ALL]) } });
    s.profiles.push(
      profile('a1', 'saml1', ['writer']),
      profile('a2', 'oidc1', ['writer']),
      profile('a3', 'saml2', ['writer'], 'corp'),
      profile('a4', 'oidc2', ['writer'], 'corp')
    );
    // Of two profiles in one domain, the most recently synchronised is the user's.
    s.profiles[3].last_synchronized = 2;
    const rows = createAccessEngine(s).report().users;
    expect(rows).toHaveLength(3);
    expect(rows.map((u) => u.profile?.uid).sort()).toEqual(['a1', 'a2', 'a4']);
  });
});

describe('users known only through their profiles', () => {
  it('are listed in username order, whatever the length of their names, among the Elasticsearch users', () => {
    const s = snapshot({
      users: [user('bea', []), user('yann', [])],
      roles: { writer: role([CASES_ALL]) },
    });
    for (const [uid, username] of [
      ['p1', 'zed'],
      ['p2', 'alice'],
      ['p3', 'christopher'],
      ['p4', 'bob'],
    ]) {
      s.profiles.push({
        uid,
        enabled: true,
        last_synchronized: 1,
        user: { username, roles: ['writer'], realm_name: 'saml1' },
        labels: {},
        data: {},
      });
    }
    const engine = createAccessEngine(s);
    const expected = ['alice', 'bea', 'bob', 'christopher', 'yann', 'zed'];
    expect(engine.report().users.map((u) => u.username)).toEqual(expected);
    expect([...engine.evaluateSpaceCompact('default').usernames]).toEqual(expected);
  });
});

describe('the deprecated V2 Cases All grants Manage templates itself', () => {
  // x-pack/platform/plugins/shared/cases/server/features/v2.ts: the primary `all` privilege lists
  // cases.manageTemplates (and assign) directly, so minimal_all, which drops sub-features, still grants it.
  it('minimal_all keeps manageTemplates and assign', () => {
    const cell = cellOf(
      { users: [user('u', ['r'])], roles: { r: role(['feature_generalCasesV2.minimal_all']) } },
      'u',
      'management'
    );
    expect(cell.capabilities.manageTemplates).toBe(true);
    expect(cell.capabilities.assign).toBe(true);
    expect(cell.capabilities.delete).toBe(false);
  });
});

describe('unknown features offline', () => {
  // Kibana registers a privilege only for the features of its registry
  // (x-pack/platform/packages/private/security/authorization_core/src/privileges/privileges.ts); a name of a
  // feature no 9.x release registers grants nothing anywhere.
  const unknownOf = (privileges: string[]) =>
    createAccessEngine(snapshot({ users: [user('u', ['r'])], roles: { r: role(privileges) } }))
      .evaluateUser('u')
      ?.warnings.find((w) => w.id === 'unknown-privileges')?.message;

  it('reports a feature no Kibana registers', () => {
    expect(unknownOf(['feature_noSuchFeature.all'])).toContain('feature_noSuchFeature.all');
  });

  it('does not report a real Kibana feature the built-in definitions do not describe', () => {
    expect(unknownOf(['feature_discover_v2.all', 'feature_fleetv2.read'])).toBeUndefined();
  });

  it('with the features in force, reports any feature they lack', () => {
    const s = snapshot({
      users: [user('u', ['r'])],
      roles: { r: role(['feature_discover_v2.all']) },
    });
    s.kibana.features = createAccessEngine(s).catalog.features.slice();
    const warning = createAccessEngine(s)
      .evaluateUser('u')
      ?.warnings.find((w) => w.id === 'unknown-privileges');
    expect(warning?.message).toContain('feature_discover_v2.all');
  });
});

/** Attack Discovery as x-pack/solutions/security/packages/features/src/attack_discovery/kibana_features.ts registers it. */
function attackDiscoveryFeature(): KibanaFeatureConfig {
  const entries = [{ ruleTypeId: 'attack-discovery', consumers: ['siem'] }];
  const privilege = {
    app: ['securitySolutionAttackDiscovery', 'kibana'],
    savedObject: { all: [], read: [] },
    alerting: { rule: { read: entries }, alert: { all: entries } },
    ui: [],
  };
  return {
    id: 'securitySolutionAttackDiscovery',
    name: 'Attack discovery',
    category: SECURITY_CATEGORY,
    app: ['securitySolutionAttackDiscovery', 'kibana'],
    minimumLicense: 'enterprise',
    alerting: entries,
    privileges: {
      all: { ...privilege, api: ['elasticAssistant'] },
      read: { ...privilege, disabled: true },
    },
  };
}

describe('Attack Discovery grants no alerts that cases take', () => {
  // Its privileges grant alerts of the `attack-discovery` rule type only. The Attack Discovery page adds a
  // discovery to a case as a comment, a `security.attack_discovery` reference and the detection alerts behind it
  // (x-pack/solutions/security/plugins/security_solution/public/attack_discovery/pages/results/take_action/
  // use_add_to_case/index.tsx), and Cases authorises those alerts by their own rule types
  // (x-pack/platform/plugins/shared/cases/server/services/alerts/index.ts `ensureAlertsAuthorized`).
  const withAttackDiscovery = (privileges: string[]) => {
    const s = snapshot({
      users: [user('u', ['r'])],
      roles: { r: withIndices(role(privileges), [SECURITY_ALERTS_READ]) },
    });
    s.kibana.features = [...featuresInForce(s), attackDiscoveryFeature()];
    return s;
  };

  it.each(['all', 'read'])('Cases All with Attack Discovery %s cannot add alerts', (privilege) => {
    const { row } = both(
      withAttackDiscovery([
        'feature_securitySolutionCasesV3.all',
        `feature_securitySolutionAttackDiscovery.${privilege}`,
      ]),
      'u',
      'security'
    );
    expect(row.readAlerts).toBe(false);
    expect(row.addAlerts).toBe(false);
  });

  it('the alerts feature beside it does', () => {
    const { row } = both(
      withAttackDiscovery([
        'feature_securitySolutionCasesV3.all',
        'feature_securitySolutionAttackDiscovery.all',
        'feature_securitySolutionAlertsV1.read',
      ]),
      'u',
      'security'
    );
    expect(row.addAlerts).toBe(true);
  });

  it('its privileges are registered whatever the licence, the disabled Read too', () => {
    // Kibana registers privileges from every feature (privileges.ts calls featuresService.getKibanaFeatures()
    // without a licence, so a feature's `minimumLicense` does not apply) and does not skip a `disabled` privilege
    // (features/server/feature_privilege_iterator/feature_privilege_iterator.ts): the names stay known, not unknown.
    const s = withAttackDiscovery(['feature_securitySolutionAttackDiscovery.read']);
    s.license = { type: 'basic', status: 'active' };
    const engine = createAccessEngine(s);
    expect(engine.catalog.resolve('feature_securitySolutionAttackDiscovery.read')).toBeDefined();
    expect(engine.evaluateUser('u')?.warnings.map((w) => w.id)).not.toContain('unknown-privileges');
  });

  it('nor does its alert action named in a role', () => {
    const { row } = both(
      withAttackDiscovery([
        'feature_securitySolutionCasesV3.all',
        'alerting:attack-discovery/siem/alert/get',
      ]),
      'u',
      'security'
    );
    expect(row.readAlerts).toBe(false);
  });
});

describe('Stack Management cases take the alerts of any rule type the user may read, but Security’s', () => {
  // Cases authorises attached alerts by their rule type and consumer, whatever the case's owner
  // (x-pack/platform/plugins/shared/cases/server/services/alerts/index.ts `ensureAlertsAuthorized`); Machine
  // Learning's alerts table attaches to owner `cases`
  // (x-pack/platform/plugins/shared/ml/public/application/explorer/alerts/alerts_panel.tsx), and from 9.4 the
  // Stack Management rule details page does for every rule type with alerts (elastic/kibana#255879,
  // x-pack/platform/plugins/shared/triggers_actions_ui/public/application/sections/rule_details/components/rule.tsx).
  const management = (privileges: string[]) =>
    both(
      snapshot({
        users: [user('u', ['r'])],
        roles: { r: withIndices(role(privileges), [SECURITY_ALERTS_READ]) },
      }),
      'u',
      'management'
    ).row;

  it.each(['feature_stackAlerts.read', 'feature_ml.read', 'feature_apm.read', 'feature_slo.all'])(
    'Cases All with %s can add alerts',
    (alertPrivilege) => {
      const row = management(['feature_generalCasesV3.all', alertPrivilege]);
      expect(row.readAlerts).toBe(true);
      expect(row.addAlerts).toBe(true);
      expect(row.warnings.map((w) => w.id)).not.toContain('comment-without-alerts');
    }
  );

  it('Security alerts stay with Security cases', () => {
    const row = management([
      'feature_generalCasesV3.all',
      'feature_securitySolutionAlertsV1.all',
      'feature_siem.all',
    ]);
    expect(row.addAlerts).toBe(false);
  });

  it('Observability alerts do not reach Security cases', () => {
    const { row } = both(
      snapshot({
        users: [user('u', ['r'])],
        roles: {
          r: withIndices(role(['feature_securitySolutionCasesV3.all', 'feature_apm.all']), [
            SECURITY_ALERTS_READ,
          ]),
        },
      }),
      'u',
      'security'
    );
    expect(row.addAlerts).toBe(false);
  });
});

describe('Security features follow the snapshot’s Kibana version', () => {
  // x-pack/solutions/security/packages/features/src/constants.ts: siemV3 for 9.1, siemV4 for 9.2, siemV5 for 9.3
  // (with the rules feature, elastic/kibana#239634); the alerts feature from 9.4 (elastic/kibana#244637).
  const securityRow = (privilege: string, version: string) =>
    both(
      withVersion(
        {
          users: [user('u', ['r'])],
          roles: {
            r: withIndices(role(['feature_securitySolutionCasesV3.all', privilege]), [
              SECURITY_ALERTS_READ,
            ]),
          },
        },
        version
      ),
      'u',
      'security'
    );

  it.each([
    ['feature_siemV2.read', '9.0.0'],
    ['feature_siemV4.all', '9.2.1'],
    ['feature_securitySolutionRulesV1.read', '9.3.0'],
    ['feature_securitySolutionAlertsV1.read', '9.4.0'],
  ])('%s on Kibana %s is current and grants alerts', (privilege, version) => {
    const { row, engine } = securityRow(privilege, version);
    expect(row.addAlerts).toBe(true);
    expect(engine.evaluateUser('u')?.warnings.map((w) => w.id)).not.toContain(
      'deprecated-feature-privileges'
    );
  });

  it.each([
    ['feature_siemV4.all', '9.1.0'],
    ['feature_securitySolutionRulesV1.all', '9.2.0'],
    ['feature_securitySolutionAlertsV1.read', '9.3.2'],
  ])(
    '%s on Kibana %s names a feature that release lacks: no alerts, unknown',
    (privilege, version) => {
      const { row, engine } = securityRow(privilege, version);
      expect(row.addAlerts).toBe(false);
      const unknown = engine.evaluateUser('u')?.warnings.find((w) => w.id === 'unknown-privileges');
      expect(unknown?.message).toContain(privilege);
    }
  );

  it('a privilege of a 9.5 feature is unknown on 9.4 and known on 9.5', () => {
    const unknownOn = (version: string) =>
      createAccessEngine(
        withVersion(
          { users: [user('u', ['r'])], roles: { r: role(['feature_stackAlertsOnly.read']) } },
          version
        )
      )
        .evaluateUser('u')
        ?.warnings.some((w) => w.id === 'unknown-privileges');
    expect(unknownOn('9.4.3')).toBe(true);
    expect(unknownOn('9.5.0')).toBe(false);
  });
});
