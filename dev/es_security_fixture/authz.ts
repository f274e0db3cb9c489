/**
 * The fixture's model of Elasticsearch authorisation: which cluster privileges grant which cluster actions, and how
 * `_has_privileges` resolves application privileges through the registered application privileges (name → actions).
 */
import type { estypes } from '@elastic/elasticsearch';
import { matchesAny, wildcardMatch } from './patterns';

type Role = estypes.SecurityGetRoleRole;
export type RegisteredPrivileges = Record<
  string,
  Record<string, estypes.SecurityPutPrivilegesActions>
>;

/** Cluster actions the fixture's endpoints perform, named as Elasticsearch names them. */
export const CLUSTER_ACTIONS = {
  main: 'cluster:monitor/main',
  license: 'cluster:monitor/xpack/license/get',
  getUser: 'cluster:admin/xpack/security/user/get',
  putUser: 'cluster:admin/xpack/security/user/put',
  deleteUser: 'cluster:admin/xpack/security/user/delete',
  getRole: 'cluster:admin/xpack/security/role/get',
  putRole: 'cluster:admin/xpack/security/role/put',
  deleteRole: 'cluster:admin/xpack/security/role/delete',
  getPrivileges: 'cluster:admin/xpack/security/privilege/get',
  putPrivileges: 'cluster:admin/xpack/security/privilege/put',
  getProfile: 'cluster:admin/xpack/security/profile/get',
  activateProfile: 'cluster:admin/xpack/security/profile/activate',
  suggestProfiles: 'cluster:admin/xpack/security/profile/suggest',
  profileHasPrivileges: 'cluster:admin/xpack/security/profile/has_privileges',
} as const;

/** The actions each named cluster privilege grants (the subset this fixture needs). */
const CLUSTER_PRIVILEGE_ACTIONS: Record<string, readonly string[]> = {
  all: ['cluster:*'],
  manage: ['cluster:monitor/*'],
  monitor: ['cluster:monitor/*'],
  manage_security: ['cluster:admin/xpack/security/*'],
  read_security: [
    CLUSTER_ACTIONS.getUser,
    CLUSTER_ACTIONS.getRole,
    CLUSTER_ACTIONS.getPrivileges,
    'cluster:admin/xpack/security/user/query',
    'cluster:admin/xpack/security/role/query',
    CLUSTER_ACTIONS.getProfile,
    CLUSTER_ACTIONS.suggestProfiles,
  ],
  manage_user_profile: ['cluster:admin/xpack/security/profile/*'],
};

function heldClusterPatterns(cluster: readonly string[]): string[] {
  return cluster.flatMap(
    (name) => CLUSTER_PRIVILEGE_ACTIONS[name] ?? (name.includes(':') ? [name] : [])
  );
}

/** Whether the roles grant a cluster action, either through a named privilege or the action itself. */
export function rolesGrantClusterAction(roles: readonly Role[], action: string): boolean {
  return roles.some((role) => matchesAny(heldClusterPatterns(role.cluster ?? []), action));
}

/** Named privileges that grant an action, for Elasticsearch's 403 message. */
export function privilegesGranting(action: string): string[] {
  return Object.entries(CLUSTER_PRIVILEGE_ACTIONS)
    .filter(([, patterns]) => matchesAny(patterns, action))
    .map(([name]) => name)
    .sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
}

/** Whether a cluster privilege name (or action) requested in `_has_privileges` is held. */
function hasClusterPrivilege(roles: readonly Role[], requested: string): boolean {
  const wanted = CLUSTER_PRIVILEGE_ACTIONS[requested] ?? [requested];
  const held = roles.flatMap((role) => heldClusterPatterns(role.cluster ?? []));
  // A named privilege is held when every action pattern it stands for is covered by a held pattern.
  return wanted.every((pattern) => held.some((h) => h === pattern || wildcardMatch(h, pattern)));
}

/** The `global.application.manage.applications` patterns of the roles (what `kibana_system` uses). */
export function rolesManageApplication(roles: readonly Role[], application: string): boolean {
  return roles.some((role) => {
    const global = role.global as
      { application?: { manage?: { applications?: string[] } } } | undefined;
    return matchesAny(global?.application?.manage?.applications ?? [], application);
  });
}

function actionsOf(registered: RegisteredPrivileges, application: string, name: string): string[] {
  // A name that looks like an action (Elasticsearch: contains '/', ':' or '*') stands for itself.
  if (/[/:*]/.test(name)) return [name];
  return registered[application]?.[name]?.actions ?? [];
}

function hasApplicationPrivilege(
  roles: readonly Role[],
  registered: RegisteredPrivileges,
  application: string,
  resource: string,
  requested: string
): boolean {
  const heldActions: string[] = [];
  for (const role of roles) {
    for (const entry of role.applications ?? []) {
      if (!wildcardMatch(entry.application, application)) continue;
      if (!matchesAny(entry.resources, resource)) continue;
      for (const privilege of entry.privileges) {
        if (privilege === '*') return true;
        if (privilege === requested) return true;
        heldActions.push(...actionsOf(registered, application, privilege));
      }
    }
  }
  const wanted = actionsOf(registered, application, requested);
  if (wanted.length === 0) return false;
  return wanted.every((action) => heldActions.some((held) => wildcardMatch(held, action)));
}

function hasIndexPrivilege(roles: readonly Role[], index: string, privilege: string): boolean {
  return roles.some((role) =>
    (role.indices ?? []).some((entry) => {
      const names = Array.isArray(entry.names) ? entry.names : [entry.names];
      return (
        matchesAny(names, index) &&
        (entry.privileges.includes('all') || entry.privileges.includes(privilege))
      );
    })
  );
}

export interface HasPrivilegesBody {
  cluster?: string[];
  index?: Array<{ names: string | string[]; privileges: string[] }>;
  application?: Array<{ application: string; privileges: string[]; resources: string[] }>;
}

/** Answers `_has_privileges` for a user holding `roles`. */
export function checkPrivileges(
  username: string,
  roles: readonly Role[],
  registered: RegisteredPrivileges,
  body: HasPrivilegesBody
): estypes.SecurityHasPrivilegesResponse {
  let all = true;
  const note = (granted: boolean): boolean => {
    all = all && granted;
    return granted;
  };
  const cluster: Record<string, boolean> = {};
  for (const privilege of body.cluster ?? []) {
    cluster[privilege] = note(hasClusterPrivilege(roles, privilege));
  }
  const index: Record<string, Record<string, boolean>> = {};
  for (const check of body.index ?? []) {
    for (const name of Array.isArray(check.names) ? check.names : [check.names]) {
      index[name] ??= {};
      for (const privilege of check.privileges) {
        index[name][privilege] = note(hasIndexPrivilege(roles, name, privilege));
      }
    }
  }
  const application: estypes.SecurityHasPrivilegesApplicationsPrivileges = {};
  for (const check of body.application ?? []) {
    const byResource = (application[check.application] ??= {});
    for (const resource of check.resources) {
      const byPrivilege = (byResource[resource] ??= {});
      for (const privilege of check.privileges) {
        byPrivilege[privilege] = note(
          hasApplicationPrivilege(roles, registered, check.application, resource, privilege)
        );
      }
    }
  }
  return { username, has_all_requested: all, cluster, index, application };
}

export interface ProfileHasPrivilegesBody {
  uids: string[];
  privileges: HasPrivilegesBody;
}

export interface ProfileSubject {
  uid: string;
  /** The roles stored in the profile at its last activation (login), not the user's current roles. */
  roles: readonly string[];
}

/**
 * Answers `_security/profile/_has_privileges` as Elasticsearch does: each profile is judged by the roles stored in
 * it (refreshed only when the user logs in), against the registered application privileges; the answer lists the
 * uids holding every requested privilege. As Elasticsearch documents, a uid without a profile document is neither
 * listed nor an error (`errors` holds only failures to check, which this fixture never has).
 *
 * Application privileges only (what Kibana asks). A requested privilege is held when the union of the actions the
 * profile's roles hold covers every action it stands for, so each role is resolved once per request into the
 * requested actions it covers, and a profile's answer is the union of its roles' coverage: thousands of profiles
 * cost a pass over the roles, not a role resolution per profile.
 */
export function checkProfilePrivileges(
  request: ProfileHasPrivilegesBody,
  profileOf: (uid: string) => ProfileSubject | undefined,
  rolesNamed: (names: readonly string[]) => readonly Role[],
  registered: RegisteredPrivileges
): estypes.SecurityHasPrivilegesUserProfileResponse {
  // Every (application, resource, requested privilege) and the actions it stands for.
  const wanted: Array<{ application: string; resource: string; name: string; actions: string[] }> =
    [];
  for (const check of request.privileges.application ?? []) {
    for (const resource of check.resources) {
      for (const name of check.privileges) {
        wanted.push({
          application: check.application,
          resource,
          name,
          actions: actionsOf(registered, check.application, name),
        });
      }
    }
  }
  // Each held privilege name compiled once per request: its actions as a set, and the patterns among them.
  const compiled = new Map<string, { exact: Set<string>; patterns: string[] }>();
  const compile = (application: string, privilege: string) => {
    const key = `${application}\u0000${privilege}`;
    let found = compiled.get(key);
    if (!found) {
      const actions = actionsOf(registered, application, privilege);
      found = {
        exact: new Set(actions),
        patterns: actions.filter((action) => action.includes('*') || action.includes('?')),
      };
      compiled.set(key, found);
    }
    return found;
  };
  const coverage = new Map<Role, boolean[][]>();
  const coverageOf = (role: Role): boolean[][] => {
    let covered = coverage.get(role);
    if (covered) return covered;
    covered = wanted.map(({ application, resource, name, actions }) => {
      const held: Array<{ exact: Set<string>; patterns: string[] }> = [];
      let everything = false;
      for (const entry of role.applications ?? []) {
        if (!wildcardMatch(entry.application, application)) continue;
        if (!matchesAny(entry.resources, resource)) continue;
        for (const privilege of entry.privileges) {
          if (privilege === '*' || privilege === name) everything = true;
          else held.push(compile(application, privilege));
        }
      }
      return actions.map(
        (action) =>
          everything ||
          held.some(
            ({ exact, patterns }) =>
              exact.has(action) || patterns.some((pattern) => wildcardMatch(pattern, action))
          )
      );
    });
    coverage.set(role, covered);
    return covered;
  };
  const granted: string[] = [];
  for (const uid of request.uids) {
    const profile = profileOf(uid);
    if (!profile) continue;
    const roles = rolesNamed(profile.roles).map(coverageOf);
    const holds = wanted.every(
      ({ actions }, w) =>
        actions.length > 0 && actions.every((_, a) => roles.some((role) => role[w][a]))
    );
    if (holds) granted.push(uid);
  }
  return { has_privilege_uids: granted };
}
