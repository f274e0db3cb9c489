/**
 * The people in a snapshot: Elasticsearch users plus users known only through their profile (single sign-on).
 *
 * Indexed once per engine into flat arrays by user number (users sorted by username): 10k users cost a few arrays,
 * not 10k objects with Sets and joined keys. The object form (`DirectoryUser`) is built on demand for the rows
 * that are materialised.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { ProfileSummary } from '../report/types';
import type { DirectorySnapshot, SnapshotProfile } from '../snapshot/types';

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

/** Bits of `DirectoryIndex.state`. */
export const USER_ENABLED = 1;
/** The user has a profile (a profile document, or a `profile_uid` whose document could not be read). */
export const USER_HAS_PROFILE = 2;
export const USER_PROFILE_ENABLED = 4;

/** Users by number, in username order. */
export interface DirectoryIndex {
  count: number;
  usernames: string[];
  fullNames: Array<string | undefined>;
  emails: Array<string | undefined>;
  /** The Elasticsearch user, or `undefined` for a user known only through a profile. */
  sources: Array<estypes.SecurityUser | undefined>;
  /** `USER_*` bits. */
  state: Uint8Array;
  /** Existing distinct roles of user `u`: `roleIds[roleStart[u] .. roleStart[u + 1])`, ascending role numbers. */
  roleStart: Int32Array;
  roleIds: Int32Array;
  /** Distinct roles that do not exist, sorted, for the few users that name any. */
  missingRoles: Map<number, string[]>;
  /** The user's profile document, when there is one (looked up on first use). */
  profileOf(u: number): SnapshotProfile | undefined;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const NO_STRINGS: string[] = [];

/** Roles of a user: the raw list of the Elasticsearch user, or of the profile for single sign-on users. */
export function rawRoles(index: DirectoryIndex, user: number): string[] {
  const source = index.sources[user];
  if (source) return source.roles;
  return index.profileOf(user)?.user.roles ?? NO_STRINGS;
}

/** Whether sorted `names` holds `name` (binary search). */
function holds(names: readonly string[], name: string): boolean {
  let low = 0;
  let high = names.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = names[middle];
    if (found === name) return true;
    if (found < name) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * The Elasticsearch users sorted by username, one per username (a later entry of the same name replaces an
 * earlier one, as the response is read in order).
 */
function sortedUsers(snapshot: DirectorySnapshot): estypes.SecurityUser[] {
  const users = Object.keys(snapshot.users).map((key) => snapshot.users[key]);
  let sorted = true;
  for (let i = 1; i < users.length && sorted; i++) {
    sorted = users[i - 1].username < users[i].username;
  }
  if (sorted) return users;
  const order = users.map((_, position) => position);
  // Equal names keep their input order, so the last of them is the one that counts.
  order.sort((a, b) => byString(users[a].username, users[b].username) || a - b);
  const distinct: estypes.SecurityUser[] = [];
  for (let i = 0; i < order.length; i++) {
    const user = users[order[i]];
    if (i + 1 < order.length && users[order[i + 1]].username === user.username) continue;
    distinct.push(user);
  }
  return distinct;
}

/**
 * Indexes every user, sorted by username. A user's profile is the one its `profile_uid` names; profiles of
 * usernames that Elasticsearch does not list as users (single sign-on realms) become users of their own, with the
 * roles recorded at their last login (the most recently synchronised profile wins when a username has several).
 * `roleNumber` gives each existing role its number; numbers must follow the role names' order.
 *
 * Only the few facts evaluation needs are read for everyone (a profile exists, is disabled); the profile documents
 * of Elasticsearch users are joined by uid only when a row is materialised.
 */
export function indexDirectory(
  snapshot: DirectorySnapshot,
  roleNumber: ReadonlyMap<string, number>
): DirectoryIndex {
  const esUsers = sortedUsers(snapshot);
  const esNames = esUsers.map((user) => user.username);

  // The last profile of a uid is the one a user's `profile_uid` finds; only disabled ones matter here.
  let disabledUids: Set<string> | undefined;
  const profileOnly = new Map<string, SnapshotProfile>();
  for (const profile of snapshot.profiles) {
    if (profile.enabled === false) (disabledUids ??= new Set()).add(profile.uid);
    else disabledUids?.delete(profile.uid);
    const username = profile.user.username;
    if (holds(esNames, username)) continue;
    const known = profileOnly.get(username);
    if (!known || profile.last_synchronized > known.last_synchronized) {
      profileOnly.set(username, profile);
    }
  }
  const ssoNames = [...profileOnly.keys()].sort();

  const count = esUsers.length + ssoNames.length;
  const usernames = new Array<string>(count);
  const sources = new Array<estypes.SecurityUser | undefined>(count);
  const ssoProfiles = new Array<SnapshotProfile | undefined>(count);
  // Merge the two sorted lists (their names are distinct).
  for (let u = 0, e = 0, p = 0; u < count; u++) {
    if (p >= ssoNames.length || (e < esNames.length && esNames[e] < ssoNames[p])) {
      usernames[u] = esNames[e];
      sources[u] = esUsers[e++];
    } else {
      usernames[u] = ssoNames[p];
      ssoProfiles[u] = profileOnly.get(ssoNames[p++]);
    }
  }

  let profilesByUid: Map<string, SnapshotProfile> | undefined;
  const index: DirectoryIndex = {
    count,
    usernames,
    fullNames: new Array<string | undefined>(count),
    emails: new Array<string | undefined>(count),
    sources,
    state: new Uint8Array(count),
    roleStart: new Int32Array(count + 1),
    roleIds: new Int32Array(0),
    missingRoles: new Map(),
    profileOf(u) {
      const source = sources[u];
      if (!source) return ssoProfiles[u];
      if (!source.profile_uid) return undefined;
      if (!profilesByUid) {
        profilesByUid = new Map();
        for (const profile of snapshot.profiles) profilesByUid.set(profile.uid, profile);
      }
      return profilesByUid.get(source.profile_uid);
    },
  };
  let roleIds = new Int32Array(Math.max(16, count * 3));
  let used = 0;
  for (let u = 0; u < count; u++) {
    const source = sources[u];
    let state = 0;
    let roles: string[];
    if (source) {
      if (source.full_name) index.fullNames[u] = source.full_name;
      if (source.email) index.emails[u] = source.email;
      if (source.enabled) state |= USER_ENABLED;
      // A profile uid without its document (profiles unreadable): the profile exists and is taken as enabled.
      if (source.profile_uid) {
        state |= USER_HAS_PROFILE;
        if (!disabledUids?.has(source.profile_uid)) state |= USER_PROFILE_ENABLED;
      }
      roles = source.roles;
    } else {
      const profile = ssoProfiles[u] as SnapshotProfile;
      if (profile.user.full_name) index.fullNames[u] = profile.user.full_name;
      if (profile.user.email) index.emails[u] = profile.user.email;
      state |= USER_ENABLED | USER_HAS_PROFILE;
      // Elasticsearch omits `enabled` only for profiles it lists as active.
      if (profile.enabled !== false) state |= USER_PROFILE_ENABLED;
      roles = profile.user.roles;
    }
    index.state[u] = state;

    if (used + roles.length > roleIds.length) {
      const grown = new Int32Array(Math.max(roleIds.length * 2, used + roles.length));
      grown.set(roleIds);
      roleIds = grown;
    }
    const start = used;
    let missing: string[] | undefined;
    for (const role of roles) {
      const number = roleNumber.get(role);
      if (number === undefined) {
        if (!missing) missing = [role];
        else if (!missing.includes(role)) missing.push(role);
        continue;
      }
      // Insertion into the user's short sorted run, skipping duplicates.
      let at = used;
      while (at > start && roleIds[at - 1] > number) at--;
      if (at > start && roleIds[at - 1] === number) continue;
      for (let move = used; move > at; move--) roleIds[move] = roleIds[move - 1];
      roleIds[at] = number;
      used++;
    }
    index.roleStart[u + 1] = used;
    if (missing) index.missingRoles.set(u, missing.sort(byString));
  }
  index.roleIds = roleIds.subarray(0, used);
  return index;
}

function summary(profile: SnapshotProfile): ProfileSummary {
  return {
    uid: profile.uid,
    enabled: profile.enabled !== false,
    lastSynchronized: profile.last_synchronized,
  };
}

/** The object form of user `u`; `roleNames` are the existing roles by number. */
export function directoryUser(
  index: DirectoryIndex,
  u: number,
  roleNames: readonly string[]
): DirectoryUser {
  const source = index.sources[u];
  const profile = index.profileOf(u);
  const existingRoles: string[] = [];
  for (let i = index.roleStart[u]; i < index.roleStart[u + 1]; i++) {
    existingRoles.push(roleNames[index.roleIds[i]]);
  }
  const entry: DirectoryUser = {
    username: index.usernames[u],
    enabled: (index.state[u] & USER_ENABLED) !== 0,
    roles: rawRoles(index, u).slice(),
    existingRoles,
    roleKey: existingRoles.join('\u0000'),
    missingRoles: index.missingRoles.get(u) ?? NO_STRINGS,
    profile: profile
      ? summary(profile)
      : source?.profile_uid
        ? { uid: source.profile_uid, enabled: true }
        : null,
  };
  const fullName = index.fullNames[u];
  const email = index.emails[u];
  if (fullName !== undefined) entry.fullName = fullName;
  if (email !== undefined) entry.email = email;
  if (profile) entry.realm = profile.user.realm_name;
  return entry;
}
