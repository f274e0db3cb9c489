/** The people in a snapshot: Elasticsearch users plus users known only through their profile (single sign-on). */
import type { ProfileSummary } from '../report/types';
import type { DirectorySnapshot, SnapshotProfile } from '../snapshot/types';
import { byString } from './roles';

export interface DirectoryUser {
  username: string;
  fullName?: string;
  email?: string;
  enabled: boolean;
  realm?: string;
  /** Roles as Elasticsearch lists them. */
  roles: string[];
  /** Distinct roles that exist, sorted; and the key identifying that set. */
  existingRoles: string[];
  roleKey: string;
  /** Distinct roles that do not exist, sorted. */
  missingRoles: string[];
  profile: ProfileSummary | null;
}

function summary(profile: SnapshotProfile): ProfileSummary {
  return {
    uid: profile.uid,
    // Elasticsearch omits `enabled` only for profiles it lists as active.
    enabled: profile.enabled !== false,
    lastSynchronized: profile.last_synchronized,
  };
}

const NONE: string[] = [];

function roleSets(roles: readonly string[], snapshot: DirectorySnapshot) {
  const distinct = roles.length > 1 ? [...new Set(roles)].sort(byString) : roles.slice();
  let existingRoles = distinct;
  let missingRoles = NONE;
  if (distinct.some((role) => !Object.hasOwn(snapshot.roles, role))) {
    existingRoles = distinct.filter((role) => Object.hasOwn(snapshot.roles, role));
    missingRoles = distinct.filter((role) => !Object.hasOwn(snapshot.roles, role));
  }
  return { existingRoles, missingRoles, roleKey: existingRoles.join('\u0000') };
}

/**
 * Every user, sorted by username. A user's profile is the one its `profile_uid` names; profiles of usernames that
 * Elasticsearch does not list as users (single sign-on realms) become users of their own, with the roles recorded
 * at their last login (the most recently synchronised profile wins when a username has several).
 */
export function collectUsers(snapshot: DirectorySnapshot): DirectoryUser[] {
  const profilesByUid = new Map<string, SnapshotProfile>();
  for (const profile of snapshot.profiles) profilesByUid.set(profile.uid, profile);
  const users = new Map<string, DirectoryUser>();
  for (const key of Object.keys(snapshot.users)) {
    const user = snapshot.users[key];
    const profile = user.profile_uid ? profilesByUid.get(user.profile_uid) : undefined;
    const sets = roleSets(user.roles, snapshot);
    const entry: DirectoryUser = {
      username: user.username,
      enabled: user.enabled,
      roles: user.roles.slice(),
      existingRoles: sets.existingRoles,
      roleKey: sets.roleKey,
      missingRoles: sets.missingRoles,
      // A profile uid without its document (profiles unreadable): the profile exists and is taken as enabled.
      profile: profile
        ? summary(profile)
        : user.profile_uid
          ? { uid: user.profile_uid, enabled: true }
          : null,
    };
    if (user.full_name) entry.fullName = user.full_name;
    if (user.email) entry.email = user.email;
    if (profile) entry.realm = profile.user.realm_name;
    users.set(user.username, entry);
  }
  const latestProfileOnly = new Map<string, SnapshotProfile>();
  for (const profile of snapshot.profiles) {
    const username = profile.user.username;
    if (users.has(username)) continue;
    const known = latestProfileOnly.get(username);
    if (!known || profile.last_synchronized > known.last_synchronized) {
      latestProfileOnly.set(username, profile);
    }
  }
  for (const [username, profile] of latestProfileOnly) {
    const sets = roleSets(profile.user.roles, snapshot);
    const entry: DirectoryUser = {
      username,
      enabled: true,
      realm: profile.user.realm_name,
      roles: profile.user.roles.slice(),
      existingRoles: sets.existingRoles,
      roleKey: sets.roleKey,
      missingRoles: sets.missingRoles,
      profile: summary(profile),
    };
    if (profile.user.full_name) entry.fullName = profile.user.full_name;
    if (profile.user.email) entry.email = profile.user.email;
    users.set(username, entry);
  }
  return [...users.values()].sort((a, b) => byString(a.username, b.username));
}
