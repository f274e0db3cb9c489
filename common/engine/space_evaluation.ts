/**
 * Compact evaluation of one space: for every user and solution the granted bits, level, derived flags and warning
 * ids, held in typed arrays indexed by user number. No per-user objects are made; the `UserAccess` rows (with their
 * provenance) are materialised from the same inputs only for the rows that are shown or written.
 */
import type { LicenseType } from '@kbn/features-plugin/common';
import {
  ACCESS_LEVELS,
  WARNING_IDS,
  type AccessLevel,
  type UserAccess,
  type WarningId,
} from '../report/types';
import type { BuildFlavor } from '../snapshot/types';
import * as bits from './bits';
import type { SolutionMasks } from './bits';
import type { RoleInfo } from './roles';
import * as directory from './directory';
import type { DirectoryIndex } from './directory';
import { allowsAssignment, allowsExternalIncidentConnectors } from './license';
import { resourceCoversSpace } from './spaces';

/** Bits of `SpaceEvaluation.flags`, one per derived flag of a solution cell. */
export const CELL_ASSIGNABLE = 1;
export const CELL_ADD_ALERTS = 2;
export const CELL_RULE_CASE_ACTIONS = 4;
export const CELL_PUSH_TO_EXTERNAL = 8;
export const CELL_MANAGE_CONNECTORS = 16;

/** A warning id as a bit of `cellWarnings` / `userWarnings`: `1 << ` its index in `WARNING_IDS`. */
export function warningBit(id: WarningId): number {
  return 1 << WARNING_IDS.indexOf(id);
}

const PUSH_WITHOUT_CONNECTORS = warningBit('push-without-connectors');
const COMMENT_WITHOUT_ALERTS = warningBit('comment-without-alerts');
const SERVERLESS_EDITOR = warningBit('serverless-observability-editor');
const FEATURE_DISABLED = warningBit('feature-disabled-in-space');
const HIDDEN_NOT_REVOKED = warningBit('hidden-not-revoked');
const ROLES_CHANGED = warningBit('roles-changed-since-login');
const NO_PROFILE = warningBit('no-profile');
/** Index of `serverless-observability-editor`'s solution (observability) in `SOLUTIONS`. */
const OBSERVABILITY = 2;

// Local copies: compiled to CommonJS, each use of an imported binding is a getter call, too dear in the loops.
const {
  CAPABILITY_BITS,
  EXECUTE_CONNECTORS_BIT,
  MANAGE_CONNECTORS_BIT,
  READ_ALERTS_BIT,
  READ_BIT,
} = bits;
const SOLUTION_COUNT = bits.SOLUTION_COUNT;
/** The assignee picker offers enabled profiles; whether the user account is enabled does not matter. */
const PROFILE_READY = directory.USER_HAS_PROFILE | directory.USER_PROFILE_ENABLED;
const USER_HAS_PROFILE = directory.USER_HAS_PROFILE;

const LEVEL_FULL = ACCESS_LEVELS.indexOf('full');
const LEVEL_CUSTOM = ACCESS_LEVELS.indexOf('custom');
const LEVEL_VIEW = ACCESS_LEVELS.indexOf('view');
const LEVEL_NONE = ACCESS_LEVELS.indexOf('none');

const PUSH_BIT = bits.bitOf('push');
const CREATE_COMMENT_BIT = bits.bitOf('createComment');

/**
 * Every user of one space, compactly. Index `u * 3 + s` for user number `u` (username order, as the report lists
 * users) and solution `s` (order of `SOLUTIONS`).
 */
export interface SpaceEvaluation {
  readonly space: string;
  readonly userCount: number;
  readonly usernames: readonly string[];
  readonly fullNames: ReadonlyArray<string | undefined>;
  readonly emails: ReadonlyArray<string | undefined>;
  /** Granted bits (see bits.ts: case capabilities, readAlerts, executeConnectors, manageConnectors). */
  readonly masks: Int32Array;
  /** Index into `ACCESS_LEVELS`. */
  readonly levels: Uint8Array;
  /** `CELL_*` bits. */
  readonly flags: Uint8Array;
  /** Warning-id bits (`warningBit`) of each solution cell. */
  readonly cellWarnings: Uint32Array;
  /** Warning-id bits of each user's own warnings. */
  readonly userWarnings: Uint32Array;
  /** Warnings in each user's row: the user's own plus those of the three cells. */
  readonly warningCounts: Uint32Array;
  /** The full row of user `u` for this space, exactly as `evaluateSpace` gives it. */
  materialize: (u: number) => UserAccess;
}

export function levelOf(evaluation: SpaceEvaluation, u: number, s: number): AccessLevel {
  return ACCESS_LEVELS[evaluation.levels[u * SOLUTION_COUNT + s]];
}

/** Every role's grants in one space: granted and voided (by a disabled feature) bits per solution. */
export interface RoleMasks {
  granted: Int32Array;
  voided: Int32Array;
}

/** Resolves each role once for the space (`spaceResource`: `space:<id>`, as resources name it). */
export function resolveRoleMasks(
  roles: readonly RoleInfo[],
  spaceId: string,
  disabled: ReadonlySet<string>,
  available: Readonly<SolutionMasks>
): RoleMasks {
  const granted = new Int32Array(roles.length * SOLUTION_COUNT);
  const voided = new Int32Array(roles.length * SOLUTION_COUNT);
  for (let r = 0; r < roles.length; r++) {
    const at = r * SOLUTION_COUNT;
    for (const entry of roles[r].entries) {
      let covers = false;
      for (const resource of entry.resources) {
        if (resourceCoversSpace(resource, spaceId)) {
          covers = true;
          break;
        }
      }
      if (!covers) continue;
      if (entry.superuser) {
        for (let s = 0; s < SOLUTION_COUNT; s++) granted[at + s] |= available[s];
        continue;
      }
      for (const effect of entry.privilege?.effects ?? []) {
        const target = disabled.has(effect.featureId) ? voided : granted;
        for (let s = 0; s < SOLUTION_COUNT; s++) target[at + s] |= effect.masks[s];
      }
    }
  }
  return { granted, voided };
}

/** What a user's own warnings are before looking at a space (see `staticUserWarnings`). */
export interface StaticUserWarnings {
  bits: Uint32Array;
  counts: Uint32Array;
}

export interface CompactInput {
  space: string;
  index: DirectoryIndex;
  roles: RoleMasks;
  available: Readonly<SolutionMasks>;
  userWarnings: StaticUserWarnings;
  /** Per user, for serverless deployments: 1 when the user holds the Editor role or higher. */
  editor: Uint8Array | undefined;
  licenseType: LicenseType;
  buildFlavor: BuildFlavor;
  /** The Cases system action of this Kibana version also requires `assign`. */
  caseActionRequiresAssign: boolean;
  /** Per role: 1 when it may search the space's Security alerts index (`securityAlertsIndex`). */
  alertIndexRead: Uint8Array;
  /** Per solution: the Cases API still authorises the owner in the space although a feature hides it. */
  apiReachable: readonly boolean[];
  materialize: (u: number) => UserAccess;
}

/** Index of Security in `SOLUTIONS`, whose detection alerts are searched as the user. */
export const SECURITY_SOLUTION_INDEX = 1;

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function evaluateCompact(input: CompactInput): SpaceEvaluation {
  const { index, roles, available, userWarnings, editor } = input;
  const { roleStart, roleIds, state, profileRoles } = index;
  const { alertIndexRead, apiReachable } = input;
  const { granted, voided } = roles;
  const count = index.count;
  const masks = new Int32Array(count * SOLUTION_COUNT);
  const levels = new Uint8Array(count * SOLUTION_COUNT);
  const flags = new Uint8Array(count * SOLUTION_COUNT);
  const cellWarnings = new Uint32Array(count * SOLUTION_COUNT);
  const ownWarnings = new Uint32Array(count);
  const warningCounts = new Uint32Array(count);
  const assignmentAllowed = allowsAssignment(input.licenseType);
  // Below an active Platinum `assign` does not count (see `countedBits`).
  const counted = bits.countedBits(assignmentAllowed);
  const caseActionNeeds = bits.caseActionBits(input.caseActionRequiresAssign);
  const externalAllowed = allowsExternalIncidentConnectors(input.licenseType);
  const serverless = input.buildFlavor === 'serverless';
  const availableCaps = [
    available[0] & CAPABILITY_BITS & counted,
    available[1] & CAPABILITY_BITS & counted,
    available[2] & CAPABILITY_BITS & counted,
  ];

  for (let u = 0; u < count; u++) {
    const userState = state[u];
    const profileReady = assignmentAllowed && (userState & PROFILE_READY) === PROFILE_READY;
    const stored = profileRoles.size > 0 ? profileRoles.get(u) : undefined;
    let hasRead = false;
    let cellWarningCount = 0;
    const end = roleStart[u + 1];
    let alertIndex = false;
    for (let i = roleStart[u]; i < end; i++) {
      if (alertIndexRead[roleIds[i]] === 1) {
        alertIndex = true;
        break;
      }
    }
    for (let s = 0; s < SOLUTION_COUNT; s++) {
      let mask = 0;
      let lost = 0;
      for (let i = roleStart[u]; i < end; i++) {
        const at = roleIds[i] * SOLUTION_COUNT + s;
        mask |= granted[at];
        lost |= voided[at];
      }
      // Security's detection alerts are searched as the user: they also need read on the alerts index.
      if (s === SECURITY_SOLUTION_INDEX && !alertIndex) mask &= ~READ_ALERTS_BIT;
      mask &= counted;
      const cell = u * SOLUTION_COUNT + s;
      masks[cell] = mask;
      const read = (mask & READ_BIT) !== 0;
      if (read) hasRead = true;
      let profileRead = read;
      if (stored) {
        let storedMask = 0;
        for (let i = 0; i < stored.length; i++)
          storedMask |= granted[stored[i] * SOLUTION_COUNT + s];
        profileRead = (storedMask & READ_BIT) !== 0;
      }
      const caps = mask & CAPABILITY_BITS;
      levels[cell] = !read
        ? LEVEL_NONE
        : (mask & availableCaps[s]) === availableCaps[s]
          ? LEVEL_FULL
          : caps === READ_BIT
            ? LEVEL_VIEW
            : LEVEL_CUSTOM;
      const readAlerts = (mask & READ_ALERTS_BIT) !== 0;
      const execute = (mask & EXECUTE_CONNECTORS_BIT) !== 0;
      let cellFlags = 0;
      if (profileRead && profileReady) cellFlags |= CELL_ASSIGNABLE;
      if ((mask & CREATE_COMMENT_BIT) !== 0 && readAlerts) cellFlags |= CELL_ADD_ALERTS;
      if (assignmentAllowed && (mask & caseActionNeeds) === caseActionNeeds) {
        cellFlags |= CELL_RULE_CASE_ACTIONS;
      }
      if ((mask & PUSH_BIT) !== 0 && execute && externalAllowed) cellFlags |= CELL_PUSH_TO_EXTERNAL;
      if ((mask & MANAGE_CONNECTORS_BIT) !== 0) cellFlags |= CELL_MANAGE_CONNECTORS;
      flags[cell] = cellFlags;
      let warnings = 0;
      if ((mask & PUSH_BIT) !== 0 && !execute) warnings |= PUSH_WITHOUT_CONNECTORS;
      if ((mask & CREATE_COMMENT_BIT) !== 0 && !readAlerts) warnings |= COMMENT_WITHOUT_ALERTS;
      if (serverless && s === OBSERVABILITY && read && !(editor && editor[u] === 1)) {
        warnings |= SERVERLESS_EDITOR;
      }
      if (profileRead !== read && (userState & USER_HAS_PROFILE) !== 0) warnings |= ROLES_CHANGED;
      if ((lost & CAPABILITY_BITS & ~mask) !== 0) {
        warnings |= FEATURE_DISABLED;
        if (apiReachable[s]) warnings |= HIDDEN_NOT_REVOKED;
      }
      cellWarnings[cell] = warnings;
      cellWarningCount += popcount(warnings);
    }
    let own = userWarnings.bits[u];
    let ownCount = userWarnings.counts[u];
    if (hasRead && (userState & USER_HAS_PROFILE) === 0) {
      own |= NO_PROFILE;
      ownCount += 1;
    }
    ownWarnings[u] = own;
    warningCounts[u] = ownCount + cellWarningCount;
  }

  return {
    space: input.space,
    userCount: count,
    usernames: index.usernames,
    fullNames: index.fullNames,
    emails: index.emails,
    masks,
    levels,
    flags,
    cellWarnings,
    userWarnings: ownWarnings,
    warningCounts,
    materialize: input.materialize,
  };
}
