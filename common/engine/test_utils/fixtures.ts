/** Small snapshot builders for engine tests. */
import type { estypes } from '@elastic/elasticsearch';
import type { Solution, SolutionAccess } from '../../report/types';
import type { DirectorySnapshot, SnapshotSpace } from '../../snapshot/types';
import { createAccessEngine } from '../engine';

export function role(
  privileges: string[],
  resources: string[] = ['*'],
  application = 'kibana-.kibana'
): estypes.SecurityGetRoleRole {
  return {
    cluster: [],
    indices: [],
    applications: [{ application, privileges, resources }],
    metadata: {},
  };
}

/** `base` with an index privilege added (`indices` entry of a role descriptor). */
export function withIndices(
  base: estypes.SecurityGetRoleRole,
  names: string[],
  privileges: string[] = ['read']
): estypes.SecurityGetRoleRole {
  return { ...base, indices: [...(base.indices ?? []), { names, privileges }] };
}

/** Read on every space's Security alerts index, which adding Security alerts to cases needs. */
export const SECURITY_ALERTS_READ = '.alerts-security.alerts-*';

export function user(username: string, roles: string[], extra: Partial<estypes.SecurityUser> = {}) {
  return { username, roles, metadata: {}, enabled: true, profile_uid: `uid_${username}`, ...extra };
}

export function snapshot(
  parts: {
    users?: estypes.SecurityUser[];
    roles?: Record<string, estypes.SecurityGetRoleRole>;
    spaces?: SnapshotSpace[];
    license?: DirectorySnapshot['license'];
    buildFlavor?: DirectorySnapshot['kibana']['buildFlavor'];
    withProfiles?: boolean;
  } = {}
): DirectorySnapshot {
  const users = parts.users ?? [];
  return {
    kibana: {
      version: '9.4.0',
      buildFlavor: parts.buildFlavor ?? 'traditional',
      publicBaseUrl: 'https://kibana.example.com',
      emailServiceAvailable: true,
      spaces: parts.spaces ?? [{ id: 'default', name: 'Default', disabledFeatures: [] }],
    },
    license: parts.license ?? { type: 'enterprise', status: 'active' },
    users: Object.fromEntries(users.map((u) => [u.username, u])),
    roles: parts.roles ?? {},
    profiles:
      parts.withProfiles === false
        ? []
        : users
            .filter((u) => u.profile_uid)
            .map((u) => ({
              uid: u.profile_uid ?? '',
              enabled: true,
              last_synchronized: 1764300000000,
              user: { username: u.username, roles: u.roles, realm_name: 'native1' },
              labels: {},
              data: {},
            })),
  };
}

/** What `snapshot` builds a directory from. */
export type SnapshotParts = Parameters<typeof snapshot>[0];

/** One user's cell for a solution in a space, evaluated from snapshot parts. */
export function cellOf(
  parts: SnapshotParts,
  username: string,
  solution: Solution,
  space = 'default'
): SolutionAccess {
  const access = createAccessEngine(snapshot(parts)).evaluateUser(username, [space]);
  if (!access) throw new Error(`no user ${username}`);
  return access.spaces[0].solutions[solution];
}

/** The names of the granted case capabilities of a cell, sorted. */
export const granted = (cell: SolutionAccess) =>
  Object.entries(cell.capabilities)
    .filter(([, value]) => value)
    .map(([key]) => key)
    .sort();
