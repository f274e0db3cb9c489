/**
 * Verification: every cell of a space's report for the users with a profile, checked against the authority
 * (Elasticsearch `_security/profile/_has_privileges`, through Kibana's `checkUserProfilesPrivileges` or directly),
 * and each difference explained. Elasticsearch judges the roles stored in the profile at the last login, the
 * report the user's current roles: a difference that the profile's roles explain is `roles-changed-since-login`;
 * any other is `model-mismatch`. The engine is used only through its exported API.
 */
import type { Actions } from '@kbn/security-plugin/server';
import {
  allowsAssignment,
  CELL_ASSIGNABLE,
  connectorsAccess,
  createAccessEngine,
  disabledFeaturesOfSpace,
  effectiveLicenseType,
  featuresInForce,
  GRANT_KEYS,
  type AccessEngine,
  type SpaceEvaluation,
} from '../engine';
import { CONNECTORS_FEATURE_ID } from '../features/constants';
import { SOLUTIONS, type CaseCapability, type Solution } from '../report/types';
import type { DirectorySnapshot, SnapshotProfile } from '../snapshot/types';
import { planChecks, type PlannedCheck, type VerifiedCell } from './checks';
import type { VerifyDifference, VerifyResponse } from './types';

/** What one privilege check answers: the uids holding every action, and uids that could not be checked. */
export interface ProfileCheckAnswer {
  granted: readonly string[];
  errors?: Record<string, string>;
}
/** Asks Elasticsearch (or Kibana's security plugin) whether each profile holds all `actions` in the space. */
export type ProfilePrivilegeChecker = (
  uids: string[],
  actions: string[]
) => Promise<ProfileCheckAnswer>;

/** Profiles per call: a body of a few hundred kilobytes, so a 10k-user space costs two calls per check. */
export const VERIFY_UIDS_PER_CALL = 5_000;
/** Checks in flight at once: enough to overlap round trips without crowding Elasticsearch. */
export const VERIFY_CONCURRENCY = 4;

export interface VerifyInput {
  snapshot: DirectorySnapshot;
  engine: AccessEngine;
  space: string;
  actions: Pick<Actions, 'cases' | 'savedObject'>;
  check: ProfilePrivilegeChecker;
  uidsPerCall?: number;
  /**
   * Capabilities not to check, e.g. managing templates when the Kibana version's features are unknown (the CLI
   * without `--kibana-url`): older versions have no `manageTemplate` operation to ask about.
   */
  skip?: readonly CaseCapability[];
}

interface Subject {
  /** The user's number in the space's compact evaluation. */
  u: number;
  username: string;
  uid: string;
  profile: SnapshotProfile;
}

async function runAll<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((role, index) => role === right[index]);
}

/**
 * Just these users as Elasticsearch sees them, each with the roles stored in their profile (the engine judges each
 * user on their own, so the rest of the directory is not needed).
 */
function withProfileRoles(snapshot: DirectorySnapshot, changed: readonly Subject[]) {
  const users: DirectorySnapshot['users'] = {};
  for (const { username, profile } of changed) {
    const user = snapshot.users[username];
    if (user) users[username] = { ...user, roles: [...profile.user.roles] };
  }
  return { ...snapshot, users, profiles: changed.map(({ profile }) => profile) };
}

/**
 * The profile document of each user of the evaluation: through the user's `profile_uid`, or for a user known only
 * through a profile (single sign-on), the profile of that name. `undefined` with a uid when the document is missing.
 */
function profileFinder(snapshot: DirectorySnapshot) {
  const byUid = new Map(snapshot.profiles.map((profile) => [profile.uid, profile]));
  const ssoByName = new Map<string, SnapshotProfile>();
  for (const profile of snapshot.profiles) {
    if (!snapshot.users[profile.user.username]) ssoByName.set(profile.user.username, profile);
  }
  return (username: string): { uid?: string; profile?: SnapshotProfile } => {
    const uid = snapshot.users[username]?.profile_uid;
    if (uid) return { uid, profile: byUid.get(uid) };
    const sso = ssoByName.get(username);
    return sso ? { uid: sso.uid, profile: sso } : {};
  };
}

const bitOf = (key: string) => 1 << GRANT_KEYS.indexOf(key as (typeof GRANT_KEYS)[number]);

/** A cell's value for user `u` of a compact evaluation, as the report shows it. */
function modelValue(
  evaluation: SpaceEvaluation,
  u: number,
  solution: Solution | null,
  cell: VerifiedCell
): boolean {
  const at = u * SOLUTIONS.length + SOLUTIONS.indexOf(solution ?? 'management');
  const mask = evaluation.masks[at];
  if (cell === 'assignable') return (evaluation.flags[at] & CELL_ASSIGNABLE) !== 0;
  if (cell === 'executeConnectors') return connectorsAccess(mask) !== 'none';
  if (cell === 'manageConnectors') return connectorsAccess(mask) === 'all';
  return (mask & bitOf(cell)) !== 0;
}

export async function verifySpace({
  snapshot,
  engine,
  space,
  actions,
  check,
  uidsPerCall = VERIFY_UIDS_PER_CALL,
  skip = [],
}: VerifyInput): Promise<VerifyResponse> {
  const evaluation = engine.evaluateSpaceCompact(space);
  const profileOf = profileFinder(snapshot);
  const subjects: Subject[] = [];
  const errors: VerifyResponse['errors'] = [];
  let notVerifiable = 0;
  for (let u = 0; u < evaluation.userCount; u++) {
    const username = evaluation.usernames[u];
    const { uid, profile } = profileOf(username);
    if (!uid) {
      notVerifiable++;
      continue;
    }
    if (!profile) {
      notVerifiable++;
      errors.push({ username, reason: 'profile document not found' });
      continue;
    }
    subjects.push({ u, username, uid, profile });
  }

  const spaceConfig = snapshot.kibana.spaces.find((candidate) => candidate.id === space);
  const connectorsAvailable =
    spaceConfig !== undefined &&
    !disabledFeaturesOfSpace(featuresInForce(snapshot), spaceConfig, {
      buildFlavor: snapshot.kibana.buildFlavor,
    }).has(CONNECTORS_FEATURE_ID);
  const available = Object.fromEntries(
    SOLUTIONS.map((solution) => [
      solution,
      engine.availableCapabilities(space, solution).filter((c) => !skip.includes(c)),
    ])
  ) as Record<Solution, CaseCapability[]>;
  const checks = planChecks(actions, available, connectorsAvailable);

  // Every uid of the space goes in each call (in batches), so the cost is a few calls per check, not per user.
  const uids = subjects.map((subject) => subject.uid);
  const batches: string[][] = [];
  for (let start = 0; start < uids.length; start += uidsPerCall) {
    batches.push(uids.slice(start, start + uidsPerCall));
  }
  const granted = new Map<string, Set<string>>(checks.map((c) => [c.key, new Set<string>()]));
  const failed = new Map<string, string>();
  await runAll(
    checks.flatMap((planned) =>
      batches.map((batch) => async () => {
        const answer = await check(batch, planned.actions);
        const holders = granted.get(planned.key);
        for (const uid of answer.granted) holders?.add(uid);
        for (const [uid, reason] of Object.entries(answer.errors ?? {})) failed.set(uid, reason);
      })
    ),
    VERIFY_CONCURRENCY
  );

  const checkedSubjects = subjects.filter((subject) => {
    const reason = failed.get(subject.uid);
    if (reason === undefined) return true;
    notVerifiable++;
    errors.push({ username: subject.username, reason });
    return false;
  });

  // Users whose profile holds other roles than they hold now: the model evaluated on the profile's roles.
  const changed = checkedSubjects.filter(({ username, profile }) => {
    const user = snapshot.users[username];
    return user !== undefined && !sameRoles(user.roles, profile.user.roles);
  });
  // For each changed user, their number in the evaluation of the profile's roles.
  const asElasticsearchSees = new Map<string, number>();
  let profileView: SpaceEvaluation | undefined;
  if (changed.length > 0) {
    profileView = createAccessEngine(withProfileRoles(snapshot, changed)).evaluateSpaceCompact(
      space
    );
    profileView.usernames.forEach((name, u) => asElasticsearchSees.set(name, u));
  }

  const assignmentAllowed = allowsAssignment(effectiveLicenseType(snapshot.license));
  const readCheck = (solution: Solution) =>
    checks.find((planned) => planned.solution === solution && planned.cell === 'read');
  const differences: VerifyDifference[] = [];
  let confirmed = 0;
  for (const { u, username, uid, profile } of checkedSubjects) {
    const before = differences.length;
    const compare = (
      solution: Solution | null,
      cell: VerifiedCell,
      planned: PlannedCheck,
      elasticsearch: boolean
    ) => {
      const model = modelValue(evaluation, u, solution, cell);
      if (model === elasticsearch) return;
      const v = asElasticsearchSees.get(username);
      const explained =
        profileView !== undefined &&
        v !== undefined &&
        modelValue(profileView, v, solution, cell) === elasticsearch;
      differences.push({
        username,
        solution,
        capability: cell,
        model,
        elasticsearch,
        reason: explained ? 'roles-changed-since-login' : 'model-mismatch',
        actions: planned.actions,
      });
    };
    for (const planned of checks) {
      const held = granted.get(planned.key)?.has(uid) === true;
      // Kibana refuses every assignment below an active Platinum licence, whatever the privileges.
      const allowed = planned.cell === 'assign' ? held && assignmentAllowed : held;
      compare(planned.solution, planned.cell, planned, allowed);
    }
    for (const solution of SOLUTIONS) {
      const planned = readCheck(solution);
      if (!planned) continue;
      // The assignee picker offers enabled profiles whose stored roles hold `getCase`, on Platinum or higher.
      const offered =
        granted.get(planned.key)?.has(uid) === true &&
        profile.enabled !== false &&
        assignmentAllowed;
      compare(solution, 'assignable', planned, offered);
    }
    if (differences.length === before) confirmed++;
  }

  return {
    space,
    checked: checkedSubjects.length,
    notVerifiable,
    confirmed,
    differences,
    errors,
  };
}
