/**
 * Seeded generator of realistic directories for the benchmark: V1/V2/V3 Cases roles, base privileges, sub-feature
 * customisation, connectors and alert features, at `*` or a few spaces; users holding 1–3 roles, most with a
 * profile, some single sign-on users known only from a profile.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { DirectorySnapshot, SnapshotProfile, SnapshotSpace } from '../common/snapshot';

/** mulberry32: small, fast and reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How users pick their roles. `uniform`: 1–3 roles drawn at random from all roles, so nearly every user holds a
 * set of their own (the harder case for the engine). `teams`: most users hold the role set of one of a few dozen
 * teams, as directories managed by group mappings do; the rest draw at random as in `uniform`.
 */
export type RoleMix = 'uniform' | 'teams';

export interface DirectoryShape {
  users: number;
  roles: number;
  spaces: number;
  seed: number;
  mix?: RoleMix;
}

/** Teams in the `teams` mix, and the share of users who hold a team's roles. */
const TEAMS = 40;
const TEAM_MEMBER_SHARE = 0.85;

const CASES = {
  management: ['generalCases', 'generalCasesV2', 'generalCasesV3'],
  security: ['securitySolutionCases', 'securitySolutionCasesV2', 'securitySolutionCasesV3'],
  observability: ['observabilityCases', 'observabilityCasesV2', 'observabilityCasesV3'],
};
const SUB_PRIVILEGES = [
  'cases_delete',
  'cases_settings',
  'create_comment',
  'case_reopen',
  'cases_assign',
];
const ALERT_FEATURES = [
  'securitySolutionAlertsV1',
  'apm',
  'infrastructure',
  'logs',
  'slo',
  'stackAlerts',
];

export function generateDirectory({
  users,
  roles,
  spaces,
  seed,
  mix = 'uniform',
}: DirectoryShape): DirectorySnapshot {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;

  const spaceList: SnapshotSpace[] = Array.from({ length: spaces }, (_, index) => ({
    id: index === 0 ? 'default' : `space-${index}`,
    name: index === 0 ? 'Default' : `Space ${index}`,
    disabledFeatures: index % 7 === 3 ? ['observabilityCasesV3', 'apm'] : [],
    ...(index % 9 === 5 ? { solution: pick(['security', 'oblt'] as const) } : {}),
  }));
  const resources = (): string[] => {
    if (chance(0.4)) return ['*'];
    const count = 1 + Math.floor(random() * 3);
    return Array.from({ length: count }, () => `space:${pick(spaceList).id}`);
  };

  const roleMap: Record<string, estypes.SecurityGetRoleRole> = {};
  const roleNames: string[] = [];
  for (let index = 0; index < roles; index++) {
    const privileges = new Set<string>();
    const kind = random();
    if (kind < 0.12) {
      privileges.add(pick(['space_read', 'space_all', 'read']));
    } else {
      const solutions = Object.values(CASES);
      for (let n = 1 + Math.floor(random() * 2); n > 0; n--) {
        const versions = pick(solutions);
        const version = random() < 0.15 ? pick(versions.slice(0, 2)) : versions[2];
        const primary = pick(['all', 'read', 'minimal_all', 'minimal_read', 'all']);
        privileges.add(`feature_${version}.${primary}`);
        if (primary.startsWith('minimal_')) {
          for (const sub of SUB_PRIVILEGES)
            if (chance(0.3)) privileges.add(`feature_${version}.${sub}`);
        }
      }
      if (chance(0.4)) privileges.add(`feature_actions.${pick(['read', 'all'])}`);
      if (chance(0.4)) privileges.add(`feature_${pick(ALERT_FEATURES)}.read`);
      if (chance(0.02)) privileges.add('feature_retired.all');
    }
    const name = `role_${index}`;
    roleNames.push(name);
    roleMap[name] = {
      cluster: [],
      indices: [{ names: ['logs-*'], privileges: ['read'], allow_restricted_indices: false }],
      applications: [
        { application: 'kibana-.kibana', privileges: [...privileges], resources: resources() },
      ],
      run_as: [],
      metadata: {},
      transient_metadata: { enabled: true },
    };
  }
  roleMap.superuser = {
    cluster: ['all'],
    indices: [],
    applications: [{ application: '*', privileges: ['*'], resources: ['*'] }],
    run_as: ['*'],
    metadata: { _reserved: true },
  };

  const drawRoles = () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(roleNames));
  // Drawn only for the `teams` mix, so the `uniform` directories stay the same for a given seed.
  const teams = mix === 'teams' ? Array.from({ length: TEAMS }, drawRoles) : [];

  const userMap: Record<string, estypes.SecurityUser> = {};
  const profiles: SnapshotProfile[] = [];
  for (let index = 0; index < users; index++) {
    const username = `user${String(index).padStart(6, '0')}`;
    const held = mix === 'teams' && chance(TEAM_MEMBER_SHARE) ? [...pick(teams)] : drawRoles();
    if (chance(0.001)) held.push('superuser');
    if (chance(0.02)) held.push('deleted_role');
    const sso = chance(0.05);
    const hasProfile = sso || chance(0.85);
    const uid = `u_${index.toString(36)}_0`;
    const email = `${username}@example.com`;
    const fullName = `User ${index}`;
    if (!sso) {
      userMap[username] = {
        username,
        roles: held,
        full_name: fullName,
        email,
        metadata: {},
        enabled: !chance(0.03),
        ...(hasProfile ? { profile_uid: uid } : {}),
      };
    }
    if (hasProfile) {
      profiles.push({
        uid,
        enabled: !chance(0.01),
        last_synchronized: 1764300000000 + index,
        user: {
          username,
          roles: held,
          realm_name: sso ? 'saml1' : 'native1',
          email,
          full_name: fullName,
        },
        labels: {},
        data: {},
      });
    }
  }

  return {
    kibana: {
      version: '9.4.0',
      buildFlavor: 'traditional',
      publicBaseUrl: 'https://kibana.example.com',
      emailServiceAvailable: true,
      spaces: spaceList,
    },
    license: { type: 'platinum', status: 'active' },
    users: userMap,
    roles: roleMap,
    profiles,
  };
}
