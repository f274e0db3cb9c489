/** The flyout's capability matrix for one solution: what the user holds, where from, and what would grant the rest. */
import type { Grant, GrantKey, GrantSuggestion, SolutionAccess } from '../../common/report/types';
import { CASE_CAPABILITIES, SUPPORTING_GRANTS } from '../../common/report/types';

/** Capabilities that follow from others (and the licence, the profile); they have no grant of their own. */
export const DERIVED_CAPABILITIES = [
  'assignable',
  'addAlerts',
  'ruleCaseActions',
  'pushToExternal',
] as const;
export type DerivedCapability = (typeof DERIVED_CAPABILITIES)[number];
export type MatrixKey = GrantKey | DerivedCapability;

export interface MatrixRow {
  key: MatrixKey;
  granted: boolean;
  derived: boolean;
  /** Where a granted capability comes from (empty for derived ones). */
  grants: Grant[];
  /** What would grant a missing capability (empty when granted, or when derived). */
  missing: GrantSuggestion[];
  /** Why a capability the roles grant does not count (e.g. assign below Platinum). */
  notCounted?: string;
}

function isGranted(access: SolutionAccess, key: GrantKey): boolean {
  switch (key) {
    case 'readAlerts':
      return access.readAlerts;
    case 'executeConnectors':
      return access.connectors !== 'none';
    case 'manageConnectors':
      return access.manageConnectors;
    default:
      return access.capabilities[key];
  }
}

export function buildCapabilityMatrix(
  access: SolutionAccess,
  missing: Partial<Record<GrantKey, GrantSuggestion[]>> = {}
): MatrixRow[] {
  const granted: MatrixRow[] = [...CASE_CAPABILITIES, ...SUPPORTING_GRANTS].map((key) => {
    const holds = isGranted(access, key);
    return {
      key,
      granted: holds,
      derived: false,
      grants: holds ? (access.grants[key] ?? []) : [],
      missing: holds ? [] : (missing[key] ?? []),
      ...(!holds && access.notCounted?.[key as keyof typeof access.notCounted]
        ? { notCounted: access.notCounted[key as keyof typeof access.notCounted] }
        : {}),
    };
  });
  const derived: MatrixRow[] = DERIVED_CAPABILITIES.map((key) => ({
    key,
    granted: access[key],
    derived: true,
    grants: [],
    missing: [],
  }));
  return [...granted, ...derived];
}
