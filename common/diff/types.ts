/**
 * The diff contract: what changed in case access between two directory snapshots (or what a simulated change
 * would change), one entry per user, space, solution and subject, each with its causes. The CLI prints it as JSON,
 * CSV, NDJSON or a table; `/simulate` returns it; the panel lists it. Add fields, never rename them.
 */
import {
  CASE_CAPABILITIES,
  type AccessLevel,
  type CaseCapability,
  type ConnectorsAccess,
  type Solution,
} from '../report/types';

/**
 * What a change is about. `user`: the user appeared or disappeared; `level`: a solution's access level;
 * a case capability; a derived flag; `connectors`: the space's Connectors access (one per space, `solution` null).
 */
export const CHANGE_SUBJECTS = [
  'user',
  'level',
  ...CASE_CAPABILITIES,
  'assignable',
  'addAlerts',
  'ruleCaseActions',
  'pushToExternal',
  'connectors',
] as const;
export type ChangeSubject = (typeof CHANGE_SUBJECTS)[number];
export type FlagSubject = 'assignable' | 'addAlerts' | 'ruleCaseActions' | 'pushToExternal';

export const CHANGE_DIRECTIONS = ['gained', 'lost'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** Why a change happened. */
export type ChangeCause =
  /** The role was added to / removed from the user. */
  | { kind: 'roleAdded'; role: string }
  | { kind: 'roleRemoved'; role: string }
  /** The role (held before and after) gained / lost a Kibana privilege at a resource. */
  | { kind: 'privilegeAdded'; role: string; privilege: string; resource: string }
  | { kind: 'privilegeRemoved'; role: string; privilege: string; resource: string }
  /** A role the user names was created / deleted. */
  | { kind: 'roleCreated'; role: string }
  | { kind: 'roleDeleted'; role: string }
  /** The licence changed (type and status, e.g. `platinum (active)`). */
  | { kind: 'license'; before: string; after: string }
  /** The space's settings changed (disabled features, solution view), or the space was created / deleted. */
  | { kind: 'spaceSettings'; space: string; before: string; after: string }
  | { kind: 'spaceAdded'; space: string }
  | { kind: 'spaceRemoved'; space: string }
  /** The feature definitions in force changed (Kibana upgrade, build flavour). */
  | { kind: 'features'; before: string; after: string }
  /** The user was enabled / disabled; the user's profile appeared, was enabled or disabled. */
  | { kind: 'userEnabled'; before: boolean; after: boolean }
  | { kind: 'profile'; before: ProfileState; after: ProfileState }
  | { kind: 'userAdded' }
  | { kind: 'userRemoved' };
export type ChangeCauseKind = ChangeCause['kind'];
export type ProfileState = 'none' | 'enabled' | 'disabled';

export type ChangeValue = AccessLevel | ConnectorsAccess | boolean;

export interface AccessChange {
  username: string;
  /** `null` for `user` changes (added or removed, in every space). */
  space: string | null;
  /** `null` for `user` and `connectors` changes. */
  solution: Solution | null;
  subject: ChangeSubject;
  before: ChangeValue;
  after: ChangeValue;
  direction: ChangeDirection;
  causes: ChangeCause[];
}

export interface DirectoryDiff {
  /** `takenAt` of each snapshot, when it says. */
  before: { takenAt?: string };
  after: { takenAt?: string };
  /** The spaces compared (those of either snapshot, or the one asked for). */
  spaces: string[];
  /** Ordered by username, space, solution and subject (the order of `CHANGE_SUBJECTS`). */
  changes: AccessChange[];
  /** Distinct users with at least one change. */
  usersChanged: number;
}

export type CapabilitySubject = CaseCapability;
