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
  type ConnectorsAccess,
  type Grant,
  type GrantKey,
  type Solution,
  type SolutionAccess,
  type UserAccess,
} from '../report/types';
import {
  createAccessEngine,
  featuresInForce,
  type AccessEngine,
  type SpaceEvaluation,
} from '../engine';
import type { DirectorySnapshot, SnapshotSpace } from '../snapshot/types';
import {
  CHANGE_SUBJECTS,
  type AccessChange,
  type ChangeCause,
  type ChangeDirection,
  type ChangeSubject,
  type ChangeValue,
  type DirectoryDiff,
  type FlagSubject,
  type ProfileState,
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
const SUBJECT_ORDER = new Map<ChangeSubject, number>(CHANGE_SUBJECTS.map((s, i) => [s, i]));
const FLAGS: readonly FlagSubject[] = [
  'assignable',
  'addAlerts',
  'ruleCaseActions',
  'pushToExternal',
];
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

/** What a user who is not there (or a space that is not there) has: nothing. */
const EMPTY_CELL: SolutionAccess = Object.freeze({
  level: 'none',
  capabilities: Object.fromEntries(CASE_CAPABILITIES.map((key) => [key, false])) as Record<
    (typeof CASE_CAPABILITIES)[number],
    boolean
  >,
  assignable: false,
  addAlerts: false,
  ruleCaseActions: false,
  pushToExternal: false,
  manageConnectors: false,
  connectors: 'none',
  readAlerts: false,
  grants: {},
  warnings: [],
}) as SolutionAccess;

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

function causeKey(cause: ChangeCause): string {
  return JSON.stringify(cause);
}

/** What is the same for every user of the diff: the context causes. */
interface DiffContext {
  before: DirectorySnapshot;
  after: DirectorySnapshot;
  license?: ChangeCause;
  features?: ChangeCause;
}

function diffContext(before: DirectorySnapshot, after: DirectorySnapshot): DiffContext {
  const context: DiffContext = { before, after };
  const licenseBefore = describeLicense(before);
  const licenseAfter = describeLicense(after);
  if (licenseBefore !== licenseAfter) {
    context.license = { kind: 'license', before: licenseBefore, after: licenseAfter };
  }
  const sameFeatures =
    before.kibana.buildFlavor === after.kibana.buildFlavor &&
    (before.kibana.features === after.kibana.features ||
      JSON.stringify(featuresInForce(before)) === JSON.stringify(featuresInForce(after)));
  if (!sameFeatures) {
    context.features = {
      kind: 'features',
      before: describeFeatures(before),
      after: describeFeatures(after),
    };
  }
  return context;
}

/** One user in one space on both sides, with what is needed to name causes. */
interface UserPair {
  username: string;
  space: string;
  before: UserAccess | undefined;
  after: UserAccess | undefined;
  /** Whether the user is in each directory (a row is missing also when the space is). */
  inBefore: boolean;
  inAfter: boolean;
  /** Causes that come with the space (settings changed, space added or removed). */
  spaceCauses: ChangeCause[];
}

function cellOf(user: UserAccess | undefined, solution: Solution): SolutionAccess {
  return user?.spaces[0]?.solutions[solution] ?? EMPTY_CELL;
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
}

/** The causes behind a subject's change: the grants of its keys that appeared or disappeared, then context. */
function causesOf(
  pair: UserPair,
  context: DiffContext,
  subject: Exclude<ChangeSubject, 'user'>,
  solutions: readonly Solution[]
): ChangeCause[] {
  if (!pair.before) return pair.inBefore ? pair.spaceCauses : [{ kind: 'userAdded' }];
  if (!pair.after) return pair.inAfter ? pair.spaceCauses : [{ kind: 'userRemoved' }];
  const before = pair.before;
  const after = pair.after;
  const causes = new CauseSet();
  let unexplained = false;
  const rolesBefore = new Set(before.roles);
  const rolesAfter = new Set(after.roles);
  for (const solution of solutions) {
    const cellBefore = cellOf(before, solution);
    const cellAfter = cellOf(after, solution);
    for (const key of KEYS_OF[subject]) {
      const grantsBefore = cellBefore.grants[key] ?? NO_GRANTS;
      const grantsAfter = cellAfter.grants[key] ?? NO_GRANTS;
      if (grantsBefore === grantsAfter) continue;
      const keysBefore = new Set(grantsBefore.map(grantKey));
      const keysAfter = new Set(grantsAfter.map(grantKey));
      for (const grant of grantsAfter) {
        if (keysBefore.has(grantKey(grant))) continue;
        if (!rolesBefore.has(grant.role)) causes.add({ kind: 'roleAdded', role: grant.role });
        else if (!context.before.roles[grant.role])
          causes.add({ kind: 'roleCreated', role: grant.role });
        else if (!roleHolds(context.before, grant))
          causes.add({ kind: 'privilegeAdded', ...grant });
        else unexplained = true;
      }
      for (const grant of grantsBefore) {
        if (keysAfter.has(grantKey(grant))) continue;
        if (!rolesAfter.has(grant.role)) causes.add({ kind: 'roleRemoved', role: grant.role });
        else if (!context.after.roles[grant.role])
          causes.add({ kind: 'roleDeleted', role: grant.role });
        else if (!roleHolds(context.after, grant))
          causes.add({ kind: 'privilegeRemoved', ...grant });
        else unexplained = true;
      }
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
  return causes.list;
}

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

/** Every change of one user in one space. */
function pairChanges(pair: UserPair, context: DiffContext, out: AccessChange[]): void {
  const push = (
    solution: Solution | null,
    subject: Exclude<ChangeSubject, 'user'>,
    before: ChangeValue,
    after: ChangeValue
  ) => {
    if (before === after) return;
    out.push({
      username: pair.username,
      space: pair.space,
      solution,
      subject,
      before,
      after,
      direction: direction(before, after),
      causes: causesOf(pair, context, subject, solution ? [solution] : SOLUTIONS),
    });
  };
  for (const solution of SOLUTIONS) {
    const before = cellOf(pair.before, solution);
    const after = cellOf(pair.after, solution);
    push(solution, 'level', before.level, after.level);
    for (const capability of CASE_CAPABILITIES) {
      push(solution, capability, before.capabilities[capability], after.capabilities[capability]);
    }
    for (const flag of FLAGS) push(solution, flag, before[flag], after[flag]);
  }
  push(
    null,
    'connectors',
    cellOf(pair.before, SOLUTIONS[0]).connectors,
    cellOf(pair.after, SOLUTIONS[0]).connectors
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

function compareChanges(spaceOrder: Map<string, number>) {
  return (x: AccessChange, y: AccessChange): number => {
    if (x.username !== y.username) return x.username < y.username ? -1 : 1;
    const spaceX = x.space === null ? -1 : (spaceOrder.get(x.space) ?? 0);
    const spaceY = y.space === null ? -1 : (spaceOrder.get(y.space) ?? 0);
    if (spaceX !== spaceY) return spaceX - spaceY;
    const solutionX = x.solution === null ? SOLUTION_COUNT : SOLUTIONS.indexOf(x.solution);
    const solutionY = y.solution === null ? SOLUTION_COUNT : SOLUTIONS.indexOf(y.solution);
    if (solutionX !== solutionY) return solutionX - solutionY;
    return (SUBJECT_ORDER.get(x.subject) ?? 0) - (SUBJECT_ORDER.get(y.subject) ?? 0);
  };
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
  const context = diffContext(before.snapshot, after.snapshot);
  const namesBefore = usernamesOf(before.engine);
  const namesAfter = usernamesOf(after.engine);
  const changes: AccessChange[] = [];
  const changed = new Set<string>();

  mergeUsers(namesBefore, namesAfter, (username, a, b) => {
    if (a >= 0 && b >= 0) return;
    changed.add(username);
    changes.push({
      username,
      space: null,
      solution: null,
      subject: 'user',
      before: a >= 0,
      after: b >= 0,
      direction: b >= 0 ? 'gained' : 'lost',
      causes: [{ kind: b >= 0 ? 'userAdded' : 'userRemoved' }],
    });
  });

  const spacesBefore = new Map(before.snapshot.kibana.spaces.map((space) => [space.id, space]));
  const spacesAfter = new Map(after.snapshot.kibana.spaces.map((space) => [space.id, space]));
  for (const spaceId of spaces) {
    const spaceBefore = spacesBefore.get(spaceId);
    const spaceAfter = spacesAfter.get(spaceId);
    const left = spaceBefore ? before.engine.evaluateSpaceCompact(spaceId) : undefined;
    const right = spaceAfter ? after.engine.evaluateSpaceCompact(spaceId) : undefined;
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
    mergeUsers(namesBefore, namesAfter, (username, a, b) => {
      if (sameCells(left, a, right, b)) return;
      const count = changes.length;
      pairChanges(
        {
          username,
          space: spaceId,
          before: left && a >= 0 ? left.materialize(a) : undefined,
          after: right && b >= 0 ? right.materialize(b) : undefined,
          inBefore: a >= 0,
          inAfter: b >= 0,
          spaceCauses,
        },
        context,
        changes
      );
      if (changes.length > count) changed.add(username);
    });
  }

  const spaceOrder = new Map(spaces.map((id, index) => [id, index]));
  changes.sort(compareChanges(spaceOrder));
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
