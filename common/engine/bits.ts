/**
 * Grants as bit masks: one 13-bit mask per solution holds the ten case capabilities, `readAlerts`,
 * `executeConnectors` and `manageConnectors`. Masks let the engine union thousands of users' roles cheaply.
 */
import {
  CASE_CAPABILITIES,
  SOLUTIONS,
  SUPPORTING_GRANTS,
  type CaseCapability,
  type GrantKey,
  type Solution,
} from '../report/types';

/** Every grant key, capabilities first; a key's index is its bit. */
export const GRANT_KEYS: readonly GrantKey[] = [...CASE_CAPABILITIES, ...SUPPORTING_GRANTS];

const BIT = new Map<GrantKey, number>(GRANT_KEYS.map((key, index) => [key, 1 << index]));

export function bitOf(key: GrantKey): number {
  const bit = BIT.get(key);
  if (bit === undefined) throw new Error(`Unknown grant key "${key}"`);
  return bit;
}

export function isGrantKey(key: string): key is GrantKey {
  return BIT.has(key as GrantKey);
}

export const READ_BIT = bitOf('read');
export const READ_ALERTS_BIT = bitOf('readAlerts');
export const EXECUTE_CONNECTORS_BIT = bitOf('executeConnectors');
export const MANAGE_CONNECTORS_BIT = bitOf('manageConnectors');
export const CONNECTOR_BITS = EXECUTE_CONNECTORS_BIT | MANAGE_CONNECTORS_BIT;
export const CAPABILITY_BITS = CASE_CAPABILITIES.reduce((mask, key) => mask | bitOf(key), 0);
export const ALL_BITS = GRANT_KEYS.reduce((mask, key) => mask | bitOf(key), 0);
/** `cases.all` in a feature privilege: every capability except managing templates (Kibana's definition). */
export const CASES_ALL_BITS = CAPABILITY_BITS & ~bitOf('manageTemplates');

export const SOLUTION_COUNT = SOLUTIONS.length;
export const SOLUTION_INDEX: Record<Solution, number> = Object.fromEntries(
  SOLUTIONS.map((solution, index) => [solution, index])
) as Record<Solution, number>;

/** One mask per solution, in the order of `SOLUTIONS`. */
export type SolutionMasks = [number, number, number];

export function emptyMasks(): SolutionMasks {
  return [0, 0, 0];
}

export function isEmpty(masks: Readonly<SolutionMasks>): boolean {
  return masks[0] === 0 && masks[1] === 0 && masks[2] === 0;
}

export function orInto(target: SolutionMasks, source: Readonly<SolutionMasks>): void {
  target[0] |= source[0];
  target[1] |= source[1];
  target[2] |= source[2];
}

export function keysOf(mask: number): GrantKey[] {
  return GRANT_KEYS.filter((key) => (mask & bitOf(key)) !== 0);
}

export function capabilitiesOf(mask: number): CaseCapability[] {
  return CASE_CAPABILITIES.filter((key) => (mask & bitOf(key)) !== 0);
}

export function maskOf(keys: Iterable<GrantKey>): number {
  let mask = 0;
  for (const key of keys) mask |= bitOf(key);
  return mask;
}

export const ASSIGN_BIT = bitOf('assign');
/**
 * What the Cases system action on a rule runs as the rule's user (`constructRequiredKibanaPrivileges` in
 * x-pack/platform/plugins/shared/cases/server/connectors/cases/utils.ts: create, update and delete cases and
 * comments, push, read configurations, re-open), and Connectors execute to run any action. `assign` joins it on the
 * versions whose action also requires `assignCase` (see `caseActionRequiresAssign`).
 */
export const CASE_ACTION_BITS =
  bitOf('read') |
  bitOf('create') |
  bitOf('update') |
  bitOf('delete') |
  bitOf('push') |
  bitOf('createComment') |
  bitOf('reopenCase') |
  EXECUTE_CONNECTORS_BIT;

/** The bits a cell needs for the Cases system action. */
export function caseActionBits(requiresAssign: boolean): number {
  return requiresAssign ? CASE_ACTION_BITS | ASSIGN_BIT : CASE_ACTION_BITS;
}

/**
 * The bits that count under a licence: below an active Platinum, Cases refuses every assignment whatever the role
 * grants (x-pack/platform/plugins/shared/cases/server/client/cases/create.ts and bulk_update.ts check the licensing
 * service's `isAtLeastPlatinum` before any assignee is set), so `assign` does not count.
 */
export function countedBits(assignmentAllowed: boolean): number {
  return assignmentAllowed ? -1 : ~ASSIGN_BIT;
}
