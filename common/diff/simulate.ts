/**
 * "What if": the change in case access that adding or removing roles for a user, or giving a role new Kibana
 * privileges, would make. Nothing is saved: the change is applied to a copy of the snapshot.
 *
 * Only the users the change can touch are evaluated: those holding the role (or the one user), with just the roles
 * they hold, before and after. A user's cells depend only on their own roles, the space, the licence and the
 * features, so the result is exactly the diff of the whole directory with the change applied (property-tested).
 */
import type { estypes } from '@elastic/elasticsearch';
import { KIBANA_APPLICATION } from '../constants';
import { createAccessEngine, wildcardMatch } from '../engine';
import type { UserAccess } from '../report/types';
import type { DirectorySnapshot, SnapshotProfile } from '../snapshot/types';
import { DiffError, diffEvaluated } from './diff';
import type { DirectoryDiff } from './types';

export interface UserSimulation {
  space: string;
  username: string;
  addRoles?: string[];
  removeRoles?: string[];
}

export interface RoleSimulation {
  space: string;
  role: string;
  /** The role's new Kibana application privileges; they replace every entry that counts for Kibana. */
  applications: estypes.SecurityApplicationPrivileges[];
}

export type SimulationRequest = UserSimulation | RoleSimulation;

export function isRoleSimulation(request: SimulationRequest): request is RoleSimulation {
  return 'role' in request;
}

/** The usernames a change can touch (sorted), checking that the user, the roles and the space exist. */
export function affectedUsernames(
  snapshot: DirectorySnapshot,
  request: SimulationRequest
): string[] {
  if (!snapshot.kibana.spaces.some((space) => space.id === request.space)) {
    const known = snapshot.kibana.spaces.map((space) => space.id).join(', ');
    throw new DiffError(`[space]: there is no space "${request.space}"; the spaces are: ${known}`);
  }
  if (isRoleSimulation(request)) {
    if (!snapshot.roles[request.role]) {
      throw new DiffError(`[role]: there is no role "${request.role}"; check the spelling`);
    }
    const names = new Set<string>();
    for (const key of Object.keys(snapshot.users)) {
      const user = snapshot.users[key];
      if (user.roles.includes(request.role)) names.add(user.username);
    }
    for (const profile of snapshot.profiles) {
      if (profile.user.roles.includes(request.role)) names.add(profile.user.username);
    }
    return [...names].sort();
  }
  const known =
    Object.keys(snapshot.users).some((key) => snapshot.users[key].username === request.username) ||
    snapshot.profiles.some((profile) => profile.user.username === request.username);
  if (!known) {
    throw new DiffError(`[username]: there is no user "${request.username}"; check the spelling`);
  }
  for (const role of request.addRoles ?? []) {
    if (!snapshot.roles[role]) {
      throw new DiffError(`[addRoles]: there is no role "${role}"; add only roles that exist`);
    }
  }
  return [request.username];
}

function withRoles(roles: readonly string[], request: UserSimulation): string[] {
  const removed = new Set(request.removeRoles ?? []);
  const kept = roles.filter((role) => !removed.has(role));
  for (const role of request.addRoles ?? []) {
    if (!kept.includes(role) && !removed.has(role)) kept.push(role);
  }
  return kept;
}

/** The snapshot with the change applied (a copy: the input is not modified). */
export function applySimulation(
  snapshot: DirectorySnapshot,
  request: SimulationRequest
): DirectorySnapshot {
  if (isRoleSimulation(request)) {
    const role = snapshot.roles[request.role];
    const others = role.applications.filter(
      (entry) => !wildcardMatch(entry.application, KIBANA_APPLICATION)
    );
    return {
      ...snapshot,
      roles: {
        ...snapshot.roles,
        [request.role]: { ...role, applications: [...others, ...request.applications] },
      },
    };
  }
  const users: DirectorySnapshot['users'] = {};
  for (const key of Object.keys(snapshot.users)) {
    const user = snapshot.users[key];
    users[key] =
      user.username === request.username
        ? { ...user, roles: withRoles(user.roles, request) }
        : user;
  }
  const isUser = Object.keys(users).some((key) => users[key].username === request.username);
  // A single sign-on user's roles are those of their profile; an Elasticsearch user's profile is left alone.
  const profiles: SnapshotProfile[] = isUser
    ? snapshot.profiles
    : snapshot.profiles.map((profile) =>
        profile.user.username === request.username
          ? { ...profile, user: { ...profile.user, roles: withRoles(profile.user.roles, request) } }
          : profile
      );
  return { ...snapshot, users, profiles };
}

/** The directory restricted to `usernames`: their users, their profiles and only the roles they hold. */
export function subDirectory(
  snapshot: DirectorySnapshot,
  usernames: readonly string[],
  extraRoles: readonly string[] = []
): DirectorySnapshot {
  const wanted = new Set(usernames);
  const users: DirectorySnapshot['users'] = {};
  const uids = new Set<string>();
  const roleNames = new Set(extraRoles);
  for (const key of Object.keys(snapshot.users)) {
    const user = snapshot.users[key];
    if (!wanted.has(user.username)) continue;
    users[key] = user;
    if (user.profile_uid) uids.add(user.profile_uid);
    for (const role of user.roles) roleNames.add(role);
  }
  const profiles = snapshot.profiles.filter(
    (profile) => uids.has(profile.uid) || wanted.has(profile.user.username)
  );
  for (const profile of profiles) for (const role of profile.user.roles) roleNames.add(role);
  const roles: DirectorySnapshot['roles'] = {};
  for (const name of roleNames) {
    if (snapshot.roles[name]) roles[name] = snapshot.roles[name];
  }
  return { ...snapshot, users, profiles, roles };
}

/** A simulation's answer: the diff, and for a user simulation the user's row in the space before and after. */
export interface SimulationResult extends DirectoryDiff {
  /** Users whose access the change was evaluated for (holders of the role, or the one user). */
  evaluatedUsers: number;
  user?: { before: UserAccess; after: UserAccess };
}

/**
 * What the change would change in the request's space, evaluating only the affected users. Throws `DiffError`
 * for an unknown space, user or role.
 */
export function simulate(
  snapshot: DirectorySnapshot,
  request: SimulationRequest
): SimulationResult {
  const usernames = affectedUsernames(snapshot, request);
  const extraRoles = isRoleSimulation(request) ? [request.role] : (request.addRoles ?? []);
  const before = subDirectory(snapshot, usernames, extraRoles);
  const after = applySimulation(before, request);
  const engineBefore = createAccessEngine(before);
  const engineAfter = createAccessEngine(after);
  const diff = diffEvaluated(
    { snapshot: before, engine: engineBefore },
    { snapshot: after, engine: engineAfter },
    { spaces: [request.space] }
  );
  const result: SimulationResult = { ...diff, evaluatedUsers: usernames.length };
  if (!isRoleSimulation(request)) {
    const rowBefore = engineBefore.evaluateUser(request.username, [request.space]);
    const rowAfter = engineAfter.evaluateUser(request.username, [request.space]);
    if (rowBefore && rowAfter) result.user = { before: rowBefore, after: rowAfter };
  }
  return result;
}
