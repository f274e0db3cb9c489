/**
 * The diff engine: what changed in every user's case access between two directory snapshots, and why.
 *
 * Each side is evaluated with the access engine's compact form (bits, levels and flags per user and solution), so
 * unchanged users cost a few integer comparisons; only the users whose cells differ are materialised into rows,
 * whose grants (role, privilege, resource) name the cause of each change.
 */
import {
  ACCESS_LEVELS,
  CASE_CAPABILITIES,
  SOLUTIONS,
  type AccessLevel,
  type CaseCapability,
  type ConnectorsAccess,
  type Grant,
  type GrantKey,
  type UserAccess,
} from '../report/types';
import {
  CELL_ADD_ALERTS,
  CELL_ASSIGNABLE,
  CELL_PUSH_TO_EXTERNAL,
  CELL_RULE_CASE_ACTIONS,
  GRANT_KEYS,
  connectorsAccess,
  createAccessEngine,
  featuresInForce,
  type AccessEngine,
  type SpaceEvaluation,
} from '../engine';
import type { DirectorySnapshot, SnapshotSpace } from '../snapshot/types';
import type {
  AccessChange,
  ChangeCause,
  ChangeDirection,
  ChangeSubject,
  ChangeValue,
  DirectoryDiff,
  FlagSubject,
  ProfileState,
} from './types';

/** A space asked for that neither snapshot has, or another mistake in a call to the diff engine. */
export class DiffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiffError';
  }
}

export interface DiffOptions {
  /** Compare only these spaces (default: every space of either snapshot). */
  spaces?: readonly string[];
}

/** A snapshot with its engine, when the caller already has one (the server's cached directory). */
export interface EvaluatedDirectory {
  snapshot: DirectorySnapshot & { takenAt?: string };
  engine: AccessEngine;
}

const SOLUTION_COUNT = SOLUTIONS.length;
const LEVEL_NONE = ACCESS_LEVELS.indexOf('none');
/** Higher is more access; `custom` is between view and full. */
const LEVEL_RANK: Record<AccessLevel, number> = { none: 0, view: 1, custom: 2, full: 3 };
const CONNECTORS_RANK: Record<ConnectorsAccess, number> = { none: 0, read: 1, all: 2 };
/** A capability's bit in a compact mask: its index in `GRANT_KEYS` (see the engine's bits). */
const CAPABILITY_BITS: ReadonlyArray<[CaseCapability, number]> = CASE_CAPABILITIES.map((key) => [
  key,
  1 << GRANT_KEYS.indexOf(key),
]);
const FLAG_BITS: ReadonlyArray<[FlagSubject, number]> = [
  ['assignable', CELL_ASSIGNABLE],
  ['addAlerts', CELL_ADD_ALERTS],
  ['ruleCaseActions', CELL_RULE_CASE_ACTIONS],
  ['pushToExternal', CELL_PUSH_TO_EXTERNAL],
];
const GRANT_KEY_INDEX = Object.fromEntries(GRANT_KEYS.map((key, index) => [key, index])) as Record<
  GrantKey,
  number
>;
const ALL_SOLUTIONS: readonly number[] = SOLUTIONS.map((_, index) => index);
/** The grants each subject derives from: their changes are the subject's causes. */
const KEYS_OF: Record<Exclude<ChangeSubject, 'user'>, readonly GrantKey[]> = {
  level: CASE_CAPABILITIES,
  ...(Object.fromEntries(CASE_CAPABILITIES.map((key) => [key, [key]])) as Record<
    (typeof CASE_CAPABILITIES)[number],
    GrantKey[]
  >),
  assignable: ['read'],
  addAlerts: ['createComment', 'readAlerts'],
  ruleCaseActions: ['create', 'update'],
  pushToExternal: ['push', 'executeConnectors'],
  connectors: ['executeConnectors', 'manageConnectors'],
};

const NO_GRANTS: Grant[] = [];

function describeSpace(space: SnapshotSpace): string {
  const disabled = [...space.disabledFeatures].sort().join(', ') || '-';
  return `solution ${space.solution ?? 'classic'}; disabled features: ${disabled}`;
}

function describeLicense(snapshot: DirectorySnapshot): string {
  return `${snapshot.license.type} (${snapshot.license.status})`;
}

function describeFeatures(snapshot: DirectorySnapshot): string {
  const source = snapshot.kibana.features
    ? `${snapshot.kibana.features.length} features`
    : 'built-in';
  return `${snapshot.kibana.buildFlavor} ${snapshot.kibana.version}, ${source}`;
}

function profileState(user: UserAccess | undefined): ProfileState {
  if (!user?.profile) return 'none';
  return user.profile.enabled ? 'enabled' : 'disabled';
}

function grantKey(grant: Grant): string {
  return `${grant.role}\u0000${grant.privilege}\u0000${grant.resource}`;
}

/** Whether a role names the Kibana privilege at the resource. */
function roleHolds(snapshot: DirectorySnapshot, grant: Grant): boolean {
  const role = snapshot.roles[grant.role];
  if (!role) return false;
  return role.applications.some(
    (application) =>
      application.privileges.includes(grant.privilege) &&
      application.resources.includes(grant.resource)
  );
}

/** A cause's identity, for de-duplication (kept with the cause object: most causes are shared). */
const causeKeys = new WeakMap<ChangeCause, string>();
function causeKey(cause: ChangeCause): string {
  let key = causeKeys.get(cause);
  if (key === undefined) {
    key = Object.values(cause).join('\u0000');
    causeKeys.set(cause, key);
  }
  return key;
}

/** What is the same for every user of the diff: the context causes. */
interface DiffContext {
  before: Side;
  after: Side;
  license?: ChangeCause;
  features?: ChangeCause;
  /** Whether each role's definition differs between the two sides (computed on first use). */
  roleChanged(role: string): boolean;
}

/**
 * One directory of the diff: its engine, and "probes" that give one role's own grants in a space (the engine's
 * row of a user holding just that role, in a directory of such users). A user's grants are the union of their
 * roles' grants, so the grants that appear or disappear between two sides are those of the roles added, removed
 * or redefined; probing those roles names the causes without building a row per changed user.
 */
class Side {
  private probeEngine: AccessEngine | undefined;
  private readonly probes = new Map<
    string,
    Map<string, Array<Partial<Record<GrantKey, Grant[]>>>>
  >();
  private readonly users = new Map<string, UserAccess | undefined>();

  constructor(
    readonly snapshot: DirectorySnapshot,
    readonly engine: AccessEngine
  ) {}

  /** The user's roles, state and profile, without any space. */
  user(username: string): UserAccess | undefined {
    if (!this.users.has(username)) this.users.set(username, this.engine.evaluateUser(username, []));
    return this.users.get(username);
  }

  /** Prepares probes for these roles (those that exist on this side). */
  prepare(roles: ReadonlySet<string>): void {
    const users: DirectorySnapshot['users'] = {};
    const defined: DirectorySnapshot['roles'] = {};
    for (const role of roles) {
      if (!this.snapshot.roles[role]) continue;
      defined[role] = this.snapshot.roles[role];
      users[role] = { username: role, roles: [role], metadata: {}, enabled: true };
    }
    this.probeEngine = createAccessEngine({
      ...this.snapshot,
      users,
      roles: defined,
      profiles: [],
    });
  }

  /** The role's own grants in the space, per solution (none when the role does not exist here). */
  grantsOf(role: string, space: string): Array<Partial<Record<GrantKey, Grant[]>>> {
    let inSpace = this.probes.get(space);
    if (!inSpace)
      this.probes.set(
        space,
        (inSpace = new Map<string, Array<Partial<Record<GrantKey, Grant[]>>>>())
      );
    let grants = inSpace.get(role);
    if (grants) return grants;
    const row =
      this.snapshot.roles[role] && this.probeEngine
        ? this.probeEngine.evaluateUser(role, [space])
        : undefined;
    grants = SOLUTIONS.map((solution) => row?.spaces[0]?.solutions[solution].grants ?? {});
    inSpace.set(role, grants);
    return grants;
  }
}

function diffContext(before: Side, after: Side): DiffContext {
  const roleChanges = new Map<string, boolean>();
  const context: DiffContext = {
    before,
    after,
    roleChanged(role) {
      let changed = roleChanges.get(role);
      if (changed === undefined) {
        changed =
          JSON.stringify(before.snapshot.roles[role]) !==
          JSON.stringify(after.snapshot.roles[role]);
        roleChanges.set(role, changed);
      }
      return changed;
    },
  };
  const licenseBefore = describeLicense(before.snapshot);
  const licenseAfter = describeLicense(after.snapshot);
  if (licenseBefore !== licenseAfter) {
    context.license = { kind: 'license', before: licenseBefore, after: licenseAfter };
  }
  const kibanaBefore = before.snapshot.kibana;
  const kibanaAfter = after.snapshot.kibana;
  const sameFeatures =
    kibanaBefore.buildFlavor === kibanaAfter.buildFlavor &&
    (kibanaBefore.features === kibanaAfter.features ||
      JSON.stringify(featuresInForce(before.snapshot)) ===
        JSON.stringify(featuresInForce(after.snapshot)));
  if (!sameFeatures) {
    context.features = {
      kind: 'features',
      before: describeFeatures(before.snapshot),
      after: describeFeatures(after.snapshot),
    };
  }
  return context;
}

/** One user in one space whose cells differ, with what is needed to name causes. */
interface UserPair {
  username: string;
  space: string;
  /** User numbers in each side's compact evaluation of the space, or -1. */
  a: number;
  b: number;
  left: SpaceEvaluation | undefined;
  right: SpaceEvaluation | undefined;
  /** The user's roles and state on each side (undefined: not in that directory). */
  before: UserAccess | undefined;
  after: UserAccess | undefined;
  /** Causes that come with the space (settings changed, space added or removed). */
  spaceCauses: ChangeCause[];
  /** Whether anything besides roles changed for the space (settings, licence, features). */
  contextChanged: boolean;
}

/** The roles whose grants can differ for the user: all of them when the context changed, else those that moved. */
function involvedRoles(pair: UserPair, context: DiffContext): string[] {
  const before = new Set(pair.before?.roles ?? []);
  const after = new Set(pair.after?.roles ?? []);
  const roles = new Set<string>();
  for (const role of before) {
    if (pair.contextChanged || !after.has(role) || context.roleChanged(role)) roles.add(role);
  }
  for (const role of after) {
    if (pair.contextChanged || !before.has(role) || context.roleChanged(role)) roles.add(role);
  }
  return [...roles].sort();
}

class CauseSet {
  private readonly seen = new Set<string>();
  readonly list: ChangeCause[] = [];
  add(cause: ChangeCause): void {
    const key = causeKey(cause);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(cause);
  }
  key(): string {
    return [...this.seen].join('\u0001');
  }
}

/** What the grants of one key in one solution did for a user: the causes they name, and whether some did not. */
interface KeyDelta {
  causes: ChangeCause[];
  unexplained: boolean;
}

const grantKeys = new WeakMap<Grant, string>();
const EMPTY_KEYS: ReadonlySet<string> = new Set();
function keyOfGrant(grant: Grant): string {
  let key = grantKeys.get(grant);
  if (key === undefined) {
    key = grantKey(grant);
    grantKeys.set(grant, key);
  }
  return key;
}

/** The grants of `key` in solution `s` that appeared or disappeared for the pair's user, as causes. */
function keyDelta(
  pair: UserPair,
  context: DiffContext,
  roles: readonly string[],
  s: number,
  key: GrantKey
): KeyDelta {
  const before = pair.before as UserAccess;
  const after = pair.after as UserAccess;
  const causes = new CauseSet();
  let unexplained = false;
  for (const role of roles) {
    const heldBefore = before.roles.includes(role);
    const heldAfter = after.roles.includes(role);
    const grantsBefore = heldBefore
      ? (context.before.grantsOf(role, pair.space)[s][key] ?? NO_GRANTS)
      : NO_GRANTS;
    const grantsAfter = heldAfter
      ? (context.after.grantsOf(role, pair.space)[s][key] ?? NO_GRANTS)
      : NO_GRANTS;
    if (grantsBefore.length === 0 && grantsAfter.length === 0) continue;
    // The common cases (a role added or removed) have one side empty: no sets needed.
    const keysBefore: ReadonlySet<string> =
      grantsAfter.length === 0 ? EMPTY_KEYS : new Set(grantsBefore.map(keyOfGrant));
    const keysAfter: ReadonlySet<string> =
      grantsBefore.length === 0 ? EMPTY_KEYS : new Set(grantsAfter.map(keyOfGrant));
    for (const grant of grantsAfter) {
      if (keysBefore.has(keyOfGrant(grant))) continue;
      if (!heldBefore) causes.add({ kind: 'roleAdded', role });
      else if (!context.before.snapshot.roles[role]) causes.add({ kind: 'roleCreated', role });
      else if (!roleHolds(context.before.snapshot, grant))
        causes.add({ kind: 'privilegeAdded', ...grant });
      else unexplained = true;
    }
    for (const grant of grantsBefore) {
      if (keysAfter.has(keyOfGrant(grant))) continue;
      if (!heldAfter) causes.add({ kind: 'roleRemoved', role });
      else if (!context.after.snapshot.roles[role]) causes.add({ kind: 'roleDeleted', role });
      else if (!roleHolds(context.after.snapshot, grant))
        causes.add({ kind: 'privilegeRemoved', ...grant });
      else unexplained = true;
    }
  }
  return { causes: causes.list, unexplained };
}

/** The causes behind a subject's change: the grants of its keys that appeared or disappeared, then context. */
function causesOf(
  pair: UserPair,
  context: DiffContext,
  subject: Exclude<ChangeSubject, 'user'>,
  solutions: readonly number[],
  memo: PairMemo
): ChangeCause[] {
  const { before, after } = pair;
  // A space on one side only: the space is the cause, whatever the user's roles.
  if (!pair.left || !pair.right) return pair.spaceCauses;
  if (!before) return USER_ADDED;
  if (!after) return USER_REMOVED;
  memo.roles ??= involvedRoles(pair, context);
  const keys = KEYS_OF[subject];
  if (
    keys.length === 1 &&
    solutions.length === 1 &&
    subject !== 'assignable' &&
    subject !== 'pushToExternal'
  ) {
    // One key in one solution (a case capability): its delta's causes, shared, when they explain the change.
    const delta = deltaOf(pair, context, memo, solutions[0], keys[0]);
    if (!delta.unexplained && delta.causes.length > 0) return delta.causes;
  }
  const causes = new CauseSet();
  let unexplained = false;
  for (const s of solutions) {
    for (const key of KEYS_OF[subject]) {
      const delta = deltaOf(pair, context, memo, s, key);
      for (const cause of delta.causes) causes.add(cause);
      if (delta.unexplained) unexplained = true;
    }
  }
  if (subject === 'assignable') {
    if (before.enabled !== after.enabled) {
      causes.add({ kind: 'userEnabled', before: before.enabled, after: after.enabled });
    }
    const profileBefore = profileState(before);
    const profileAfter = profileState(after);
    if (profileBefore !== profileAfter) {
      causes.add({ kind: 'profile', before: profileBefore, after: profileAfter });
    }
  }
  if (subject === 'assignable' || subject === 'pushToExternal' || unexplained) {
    if (context.license) causes.add(context.license);
  }
  if (unexplained || causes.list.length === 0) {
    for (const cause of pair.spaceCauses) causes.add(cause);
    if (context.license) causes.add(context.license);
    if (context.features) causes.add(context.features);
  }
  // Most of a user's changes have the same causes: share one list (fewer objects for 10k-user diffs).
  const key = causes.key();
  const known = memo.lists.get(key);
  if (known) return known;
  memo.lists.set(key, causes.list);
  return causes.list;
}

function deltaOf(
  pair: UserPair,
  context: DiffContext,
  memo: PairMemo,
  s: number,
  key: GrantKey
): KeyDelta {
  const index = s * GRANT_KEYS.length + GRANT_KEY_INDEX[key];
  let delta = memo.deltas[index];
  if (!delta) {
    memo.roles ??= involvedRoles(pair, context);
    delta = memo.deltas[index] = keyDelta(pair, context, memo.roles, s, key);
  }
  return delta;
}

/** Per pair: the involved roles and each key's delta, computed once for all of the pair's changes. */
interface PairMemo {
  roles?: string[];
  deltas: Array<KeyDelta | undefined>;
  lists: Map<string, ChangeCause[]>;
}
const USER_ADDED: ChangeCause[] = [{ kind: 'userAdded' }];
const USER_REMOVED: ChangeCause[] = [{ kind: 'userRemoved' }];

function direction(before: ChangeValue, after: ChangeValue): ChangeDirection {
  if (typeof before === 'boolean' || typeof after === 'boolean') {
    return after === true ? 'gained' : 'lost';
  }
  if (before in LEVEL_RANK && after in LEVEL_RANK) {
    return LEVEL_RANK[after as AccessLevel] > LEVEL_RANK[before as AccessLevel] ? 'gained' : 'lost';
  }
  return CONNECTORS_RANK[after as ConnectorsAccess] > CONNECTORS_RANK[before as ConnectorsAccess]
    ? 'gained'
    : 'lost';
}

/** A user's cell values in a compact evaluation (nothing for a user or space that is not there). */
function cellValues(evaluation: SpaceEvaluation | undefined, u: number, s: number) {
  if (!evaluation || u < 0) return { mask: 0, level: 'none' as AccessLevel, flags: 0 };
  const i = u * SOLUTION_COUNT + s;
  return {
    mask: evaluation.masks[i],
    level: ACCESS_LEVELS[evaluation.levels[i]],
    flags: evaluation.flags[i],
  };
}

/** Every change of one user in one space. */
function pairChanges(pair: UserPair, context: DiffContext, out: AccessChange[]): void {
  const memo: PairMemo = { deltas: [], lists: new Map() };
  const push = (
    solution: number | null,
    subject: Exclude<ChangeSubject, 'user'>,
    before: ChangeValue,
    after: ChangeValue
  ) => {
    if (before === after) return;
    out.push({
      username: pair.username,
      space: pair.space,
      solution: solution === null ? null : SOLUTIONS[solution],
      subject,
      before,
      after,
      direction: direction(before, after),
      causes: causesOf(
        pair,
        context,
        subject,
        solution === null ? ALL_SOLUTIONS : [solution],
        memo
      ),
    });
  };
  for (let s = 0; s < SOLUTION_COUNT; s++) {
    const before = cellValues(pair.left, pair.a, s);
    const after = cellValues(pair.right, pair.b, s);
    push(s, 'level', before.level, after.level);
    for (const [capability, bit] of CAPABILITY_BITS) {
      push(s, capability, (before.mask & bit) !== 0, (after.mask & bit) !== 0);
    }
    for (const [flag, bit] of FLAG_BITS) {
      push(s, flag, (before.flags & bit) !== 0, (after.flags & bit) !== 0);
    }
  }
  push(
    null,
    'connectors',
    connectorsAccess(cellValues(pair.left, pair.a, 0).mask),
    connectorsAccess(cellValues(pair.right, pair.b, 0).mask)
  );
}

/** Whether user `a` of `left` and user `b` of `right` have the same cells (all bits, levels and flags). */
function sameCells(
  left: SpaceEvaluation | undefined,
  a: number,
  right: SpaceEvaluation | undefined,
  b: number
): boolean {
  for (let s = 0; s < SOLUTION_COUNT; s++) {
    const i = a * SOLUTION_COUNT + s;
    const j = b * SOLUTION_COUNT + s;
    const maskA = left && a >= 0 ? left.masks[i] : 0;
    const maskB = right && b >= 0 ? right.masks[j] : 0;
    if (maskA !== maskB) return false;
    const levelA = left && a >= 0 ? left.levels[i] : LEVEL_NONE;
    const levelB = right && b >= 0 ? right.levels[j] : LEVEL_NONE;
    if (levelA !== levelB) return false;
    const flagsA = left && a >= 0 ? left.flags[i] : 0;
    const flagsB = right && b >= 0 ? right.flags[j] : 0;
    if (flagsA !== flagsB) return false;
  }
  return true;
}

/** The usernames of an engine's directory, in the engine's (code unit) order. */
function usernamesOf(engine: AccessEngine): readonly string[] {
  return engine.evaluateSpaceCompact(engine.spaces()[0].id).usernames;
}

/**
 * Walks two sorted username lists together, calling `visit(name, a, b)` with each side's index or -1.
 */
function mergeUsers(
  left: readonly string[],
  right: readonly string[],
  visit: (username: string, a: number, b: number) => void
): void {
  let a = 0;
  let b = 0;
  while (a < left.length || b < right.length) {
    if (b >= right.length || (a < left.length && left[a] < right[b])) {
      visit(left[a], a++, -1);
    } else if (a >= left.length || right[b] < left[a]) {
      visit(right[b], -1, b++);
    } else {
      visit(left[a], a++, b++);
    }
  }
}

/** The spaces to compare: those asked for (each must exist on one side), else every space of either side. */
function spacesToCompare(
  before: AccessEngine,
  after: AccessEngine,
  asked: readonly string[] | undefined
): string[] {
  const all = [...before.spaces().map((s) => s.id)];
  for (const { id } of after.spaces()) if (!all.includes(id)) all.push(id);
  if (!asked) return all;
  for (const id of asked) {
    if (!all.includes(id)) {
      throw new DiffError(
        `Unknown space "${id}": neither snapshot has it; the spaces are: ${all.join(', ')}`
      );
    }
  }
  return [...new Set(asked)];
}

/** The diff of two evaluated directories (engines built by the caller, e.g. the server's cached one). */
export function diffEvaluated(
  before: EvaluatedDirectory,
  after: EvaluatedDirectory,
  options: DiffOptions = {}
): DirectoryDiff {
  const spaces = spacesToCompare(before.engine, after.engine, options.spaces);
  const left = new Side(before.snapshot, before.engine);
  const right = new Side(after.snapshot, after.engine);
  const context = diffContext(left, right);
  const namesBefore = usernamesOf(before.engine);
  const namesAfter = usernamesOf(after.engine);
  const changes: AccessChange[] = [];
  const changed = new Set<string>();

  const spacesBefore = new Map(before.snapshot.kibana.spaces.map((space) => [space.id, space]));
  const spacesAfter = new Map(after.snapshot.kibana.spaces.map((space) => [space.id, space]));
  const compared = spaces.map((spaceId) => {
    const spaceBefore = spacesBefore.get(spaceId);
    const spaceAfter = spacesAfter.get(spaceId);
    const spaceCauses: ChangeCause[] = [];
    if (!spaceBefore) spaceCauses.push({ kind: 'spaceAdded', space: spaceId });
    else if (!spaceAfter) spaceCauses.push({ kind: 'spaceRemoved', space: spaceId });
    else if (describeSpace(spaceBefore) !== describeSpace(spaceAfter)) {
      spaceCauses.push({
        kind: 'spaceSettings',
        space: spaceId,
        before: describeSpace(spaceBefore),
        after: describeSpace(spaceAfter),
      });
    }
    return {
      spaceId,
      left: spaceBefore ? before.engine.evaluateSpaceCompact(spaceId) : undefined,
      right: spaceAfter ? after.engine.evaluateSpaceCompact(spaceId) : undefined,
      spaceCauses,
      contextChanged:
        spaceCauses.length > 0 || context.license !== undefined || context.features !== undefined,
    };
  });

  // First, in the output's order (user, then space), the users that appeared or disappeared and the cells that
  // differ; then, knowing which roles those involve, the changes and their causes. No sort is needed.
  const items: Array<AccessChange | UserPair> = [];
  mergeUsers(namesBefore, namesAfter, (username, a, b) => {
    if (a < 0 || b < 0) {
      items.push({
        username,
        space: null,
        solution: null,
        subject: 'user',
        before: a >= 0,
        after: b >= 0,
        direction: b >= 0 ? 'gained' : 'lost',
        causes: [{ kind: b >= 0 ? 'userAdded' : 'userRemoved' }],
      });
    }
    for (const space of compared) {
      if (sameCells(space.left, a, space.right, b)) continue;
      items.push({
        username,
        space: space.spaceId,
        a,
        b,
        left: space.left,
        right: space.right,
        before: a >= 0 ? left.user(username) : undefined,
        after: b >= 0 ? right.user(username) : undefined,
        spaceCauses: space.spaceCauses,
        contextChanged: space.contextChanged,
      });
    }
  });
  const roles = new Set<string>();
  for (const item of items) {
    if ('a' in item) for (const role of involvedRoles(item, context)) roles.add(role);
  }
  left.prepare(roles);
  right.prepare(roles);
  for (const item of items) {
    const count = changes.length;
    if ('a' in item) pairChanges(item, context, changes);
    else changes.push(item);
    if (changes.length > count) changed.add(item.username);
  }

  return {
    before: before.snapshot.takenAt ? { takenAt: before.snapshot.takenAt } : {},
    after: after.snapshot.takenAt ? { takenAt: after.snapshot.takenAt } : {},
    spaces,
    changes,
    usersChanged: changed.size,
  };
}

/** What changed in case access from `before` to `after`. Throws `DiffError` for an unknown space. */
export function diffDirectories(
  before: DirectorySnapshot,
  after: DirectorySnapshot,
  options: DiffOptions = {}
): DirectoryDiff {
  return diffEvaluated(
    { snapshot: before, engine: createAccessEngine(before) },
    { snapshot: after, engine: createAccessEngine(after) },
    options
  );
}
