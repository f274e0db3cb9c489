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
  /** The user's profile document, when there is one. */
  profiles: Array<SnapshotProfile | undefined>;
  /** `USER_*` bits. */
  state: Uint8Array;
  /** Existing distinct roles of user `u`: `roleIds[roleStart[u] .. roleStart[u + 1])`, ascending role numbers. */
  roleStart: Int32Array;
  roleIds: Int32Array;
  /** Distinct roles that do not exist, sorted, for the few users that name any. */
  missingRoles: Map<number, string[]>;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const NO_STRINGS: string[] = [];

/** Roles of a user: the raw list of the Elasticsearch user, or of the profile for single sign-on users. */
function rawRoles(index: DirectoryIndex, user: number): string[] {
  const source = index.sources[user];
  if (source) return source.roles;
  return index.profiles[user]?.user.roles ?? NO_STRINGS;
}

/**
 * Indexes every user, sorted by username. A user's profile is the one its `profile_uid` names; profiles of
 * usernames that Elasticsearch does not list as users (single sign-on realms) become users of their own, with the
 * roles recorded at their last login (the most recently synchronised profile wins when a username has several).
 * `roleNumber` gives each existing role its number; numbers must follow the role names' order.
 */
export function indexDirectory(
  snapshot: DirectorySnapshot,
  roleNumber: ReadonlyMap<string, number>
): DirectoryIndex {
  const profilesByUid = new Map<string, SnapshotProfile>();
  for (const profile of snapshot.profiles) profilesByUid.set(profile.uid, profile);

  // Slot per distinct username, in first-seen order; a later Elasticsearch user of the same name replaces it.
  const slotOf = new Map<string, number>();
  const sources: Array<estypes.SecurityUser | undefined> = [];
  const profiles: Array<SnapshotProfile | undefined> = [];
  const names: string[] = [];
  const users = snapshot.users;
  for (const key in users) {
    if (!Object.hasOwn(users, key)) continue;
    const user = users[key];
    const profile = user.profile_uid ? profilesByUid.get(user.profile_uid) : undefined;
    const slot = slotOf.get(user.username);
    if (slot === undefined) {
      slotOf.set(user.username, names.length);
      names.push(user.username);
      sources.push(user);
      profiles.push(profile);
    } else {
      sources[slot] = user;
      profiles[slot] = profile;
    }
  }
  const esUserCount = names.length;
  for (const profile of snapshot.profiles) {
    const username = profile.user.username;
    const slot = slotOf.get(username);
    if (slot === undefined) {
      slotOf.set(username, names.length);
      names.push(username);
      sources.push(undefined);
      profiles.push(profile);
    } else if (slot >= esUserCount) {
      const known = profiles[slot];
      if (!known || profile.last_synchronized > known.last_synchronized) profiles[slot] = profile;
    }
  }

  const count = names.length;
  // Usernames are distinct, so the plain sort (UTF-16 code units, as `byString`) gives the report order.
  let order: number[] | undefined;
  for (let i = 1; i < count; i++) {
    if (names[i - 1] > names[i]) {
      const sorted = names.slice().sort();
      order = sorted.map((name) => slotOf.get(name) ?? 0);
      break;
    }
  }

  const index: DirectoryIndex = {
    count,
    usernames: new Array(count),
    fullNames: new Array(count),
    emails: new Array(count),
    sources: new Array(count),
    profiles: new Array(count),
    state: new Uint8Array(count),
    roleStart: new Int32Array(count + 1),
    roleIds: new Int32Array(0),
    missingRoles: new Map(),
  };
  let roleIds = new Int32Array(Math.max(16, count * 3));
  let used = 0;
  for (let u = 0; u < count; u++) {
    const slot = order ? order[u] : u;
    const source = sources[slot];
    const profile = profiles[slot];
    index.usernames[u] = names[slot];
    index.sources[u] = source;
    index.profiles[u] = profile;
    let state = 0;
    if (source) {
      if (source.full_name) index.fullNames[u] = source.full_name;
      if (source.email) index.emails[u] = source.email;
      if (source.enabled) state |= USER_ENABLED;
      // A profile uid without its document (profiles unreadable): the profile exists and is taken as enabled.
      if (profile) {
        state |= USER_HAS_PROFILE;
        if (profile.enabled !== false) state |= USER_PROFILE_ENABLED;
      } else if (source.profile_uid) {
        state |= USER_HAS_PROFILE | USER_PROFILE_ENABLED;
      }
    } else if (profile) {
      if (profile.user.full_name) index.fullNames[u] = profile.user.full_name;
      if (profile.user.email) index.emails[u] = profile.user.email;
      state |= USER_ENABLED | USER_HAS_PROFILE;
      // Elasticsearch omits `enabled` only for profiles it lists as active.
      if (profile.enabled !== false) state |= USER_PROFILE_ENABLED;
    }
    index.state[u] = state;

    const roles = rawRoles(index, u);
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
      roleIds.copyWithin(at + 1, at, used);
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
  const profile = index.profiles[u];
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
