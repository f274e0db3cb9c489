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
  /**
   * Distinct roles that exist, sorted; and the key identifying that set, made of role numbers (role names may hold
   * any character, so joining names could make two sets share a key).
   */
  existingRoles: string[];
  roleKey: string;
  /** Distinct roles that do not exist, sorted. */
  missingRoles: string[];
  profile: ProfileSummary | null;
  /**
   * The existing roles stored in the user's profile at the last login, sorted, when they differ from
   * `existingRoles`: Elasticsearch judges a profile's privileges (the assignee picker) by these.
   */
  profileRoles?: string[];
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
  /**
   * For users whose profile stores other roles than they hold now (changed since the last login): the existing
   * roles of the profile, ascending role numbers.
   */
  profileRoles: Map<number, Int32Array>;
  /** The user's profile document, when there is one (looked up on first use). */
  profileOf(u: number): SnapshotProfile | undefined;
}

/** The realm a profile's user logged in with: the security domain when there is one, else the realm's name. */
export function realmOf(profile: SnapshotProfile): string {
  return profile.user.realm_domain ?? profile.user.realm_name;
}

/** Realms whose users the user API lists (native and reserved users). */
function isNativeRealm(profile: SnapshotProfile): boolean {
  const realm = profile.user.realm_name;
  return realm === 'reserved' || realm.includes('native');
}

/** One key per user: username and realm, prefixed by the username's length so no two pairs share a key. */
export function userKey(username: string, realm: string | undefined): string {
  return `${username.length}:${username}${realm ?? ''}`;
}

/** Sorts `run` in place and moves its distinct values to the front; returns how many there are. */
function sortDistinct(run: Int32Array): number {
  run.sort();
  let kept = 0;
  for (let i = 0; i < run.length; i++) {
    if (kept === 0 || run[kept - 1] !== run[i]) run[kept++] = run[i];
  }
  return kept;
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
  // A user is a username in a realm (or security domain): a profile that no Elasticsearch user's `profile_uid`
  // names belongs to a user of another realm (single sign-on), even when a native user has the same name.
  let claimedUids: Set<string> | undefined;
  const profileOnly = new Map<string, SnapshotProfile>();
  for (const profile of snapshot.profiles) {
    if (profile.enabled === false) (disabledUids ??= new Set()).add(profile.uid);
    else disabledUids?.delete(profile.uid);
    const username = profile.user.username;
    if (holds(esNames, username)) {
      if (!claimedUids) {
        claimedUids = new Set();
        for (const user of esUsers) if (user.profile_uid) claimedUids.add(user.profile_uid);
      }
      if (claimedUids.has(profile.uid)) continue;
      // An Elasticsearch user without a profile uid (a snapshot read without `with_profile_uid`) keeps its
      // profile of the same name in a native realm.
      const owner = esUsers[esNames.indexOf(username)];
      if (!owner.profile_uid && isNativeRealm(profile)) continue;
    }
    const key = userKey(username, realmOf(profile));
    const known = profileOnly.get(key);
    if (!known || profile.last_synchronized > known.last_synchronized) {
      profileOnly.set(key, profile);
    }
  }
  // In username order (user numbers follow names: the merge below and the report's sort rely on it), then by key.
  const usernameOf = (key: string) => (profileOnly.get(key) as SnapshotProfile).user.username;
  const ssoKeys = [...profileOnly.keys()].sort(
    (a, b) => byString(usernameOf(a), usernameOf(b)) || byString(a, b)
  );
  const ssoNames = ssoKeys.map(usernameOf);

  const count = esUsers.length + ssoNames.length;
  const usernames = new Array<string>(count);
  const sources = new Array<estypes.SecurityUser | undefined>(count);
  const ssoProfiles = new Array<SnapshotProfile | undefined>(count);
  // Merge the two sorted lists (by username; an Elasticsearch user before profile users of the same name).
  for (let u = 0, e = 0, p = 0; u < count; u++) {
    if (p >= ssoNames.length || (e < esNames.length && esNames[e] <= ssoNames[p])) {
      usernames[u] = esNames[e];
      sources[u] = esUsers[e++];
    } else {
      usernames[u] = ssoNames[p];
      ssoProfiles[u] = profileOnly.get(ssoKeys[p++]);
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
    profileRoles: new Map(),
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
    let missing: Set<string> | undefined;
    let ordered = true;
    for (const role of roles) {
      const number = roleNumber.get(role);
      if (number === undefined) {
        (missing ??= new Set()).add(role);
        continue;
      }
      if (used > start && roleIds[used - 1] >= number) ordered = false;
      roleIds[used++] = number;
    }
    // Most users list a few roles in order; any other list is sorted and deduplicated in O(n log n), so a user
    // with 100,000 roles in any order costs milliseconds, not a quadratic insertion.
    if (!ordered) used = start + sortDistinct(roleIds.subarray(start, used));
    index.roleStart[u + 1] = used;
    if (missing) index.missingRoles.set(u, [...missing].sort(byString));
  }
  index.roleIds = roleIds.subarray(0, used);

  // Roles stored in the profiles of Elasticsearch users, where they differ from the current ones. One scratch
  // buffer serves every user: only a profile whose roles differ gets an array of its own.
  let scratch = new Int32Array(16);
  for (let u = 0; u < count; u++) {
    if (!sources[u]?.profile_uid) continue;
    const profile = index.profileOf(u);
    if (!profile) continue;
    const stored = profile.user.roles;
    if (stored.length > scratch.length) scratch = new Int32Array(stored.length * 2);
    let n = 0;
    let ordered = true;
    for (const role of stored) {
      const number = roleNumber.get(role);
      if (number === undefined) continue;
      if (n > 0 && scratch[n - 1] >= number) ordered = false;
      scratch[n++] = number;
    }
    if (!ordered) n = sortDistinct(scratch.subarray(0, n));
    const start = index.roleStart[u];
    let same = n === index.roleStart[u + 1] - start;
    for (let i = 0; same && i < n; i++) same = scratch[i] === index.roleIds[start + i];
    if (!same) index.profileRoles.set(u, scratch.slice(0, n));
  }
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
  const start = index.roleStart[u];
  const end = index.roleStart[u + 1];
  for (let i = start; i < end; i++) existingRoles.push(roleNames[index.roleIds[i]]);
  const entry: DirectoryUser = {
    username: index.usernames[u],
    enabled: (index.state[u] & USER_ENABLED) !== 0,
    roles: rawRoles(index, u).slice(),
    existingRoles,
    roleKey: index.roleIds.subarray(start, end).join(','),
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
  const stored = index.profileRoles.get(u);
  if (stored) entry.profileRoles = Array.from(stored, (number) => roleNames[number]);
  return entry;
}
