/**
 * The flyout's headline for one solution: the level, what is missing, and the smallest change that gives it, naming
 * the role and the privilege. Pure, from the `/users/{username}` answer.
 */
import { CASE_CAPABILITIES } from '../../common/report/types';
import type {
  CaseCapability,
  GrantKey,
  GrantSuggestion,
  SolutionAccess,
  UserAccess,
} from '../../common/report/types';

/**
 * Cases features that Kibana replaced (V1 and V2 of the three Cases features); `deprecated-feature-privileges`
 * warns when a role still uses them (x-pack/platform/plugins/shared/cases/server/features/).
 */
const DEPRECATED_CASES_FEATURE =
  /^feature_(generalCases|generalCasesV2|securitySolutionCases|securitySolutionCasesV2|observabilityCases|observabilityCasesV2)\./;

export type HeadlineChange =
  | { kind: 'nothing' }
  /** Re-save these roles in the role editor: they hold deprecated privileges Kibana migrates on save. */
  | { kind: 'resave'; roles: string[] }
  /** Add these privileges (each in the role editor's words) to `role`, or to any role when undefined. */
  | { kind: 'add'; labels: string[]; role?: string }
  /** Nothing the features in force can grant: the solution's Cases is off in the space (or not licensed). */
  | { kind: 'unavailable' };

export interface SolutionHeadline {
  level: SolutionAccess['level'];
  missing: CaseCapability[];
  change: HeadlineChange;
}

function deprecatedRoles(user: UserAccess, access: SolutionAccess): string[] {
  const warned =
    user.warnings.some((w) => w.id === 'deprecated-feature-privileges') ||
    access.warnings.some((w) => w.id === 'deprecated-feature-privileges');
  if (!warned) return [];
  const roles = new Set<string>();
  Object.values(access.grants).forEach((grants) =>
    grants?.forEach((grant) => {
      if (DEPRECATED_CASES_FEATURE.test(grant.privilege)) roles.add(grant.role);
    })
  );
  return [...roles].sort();
}

/** One privilege that grants every missing capability, when there is one (e.g. Cases All). */
function commonSuggestion(
  missing: readonly GrantKey[],
  suggestions: Partial<Record<GrantKey, GrantSuggestion[]>>
): GrantSuggestion | undefined {
  const lists = missing.map((key) => suggestions[key] ?? []);
  if (lists.some((list) => list.length === 0)) return undefined;
  return lists[0].find((candidate) =>
    lists.every((list) => list.some((s) => s.privilegeName === candidate.privilegeName))
  );
}

/** The role that already gives the user this solution's cases: the one to extend. */
function roleToExtend(access: SolutionAccess): string | undefined {
  return access.grants.read?.[0]?.role;
}

export function solutionHeadline(
  user: UserAccess,
  access: SolutionAccess,
  suggestions: Partial<Record<GrantKey, GrantSuggestion[]>> = {}
): SolutionHeadline {
  const missing = CASE_CAPABILITIES.filter((key) => !access.capabilities[key]);
  const base = { level: access.level, missing };
  if (access.level === 'full' || missing.length === 0)
    return { ...base, change: { kind: 'nothing' } };
  const stale = deprecatedRoles(user, access);
  if (stale.length > 0) return { ...base, change: { kind: 'resave', roles: stale } };
  const grantable = missing.filter((key) => (suggestions[key] ?? []).length > 0);
  if (grantable.length === 0 || (!access.capabilities.read && !suggestions.read?.length)) {
    return { ...base, change: { kind: 'unavailable' } };
  }
  const role = roleToExtend(access);
  const common = commonSuggestion(grantable, suggestions);
  if (common) return { ...base, change: { kind: 'add', labels: [common.label], role } };
  const labels: string[] = [];
  for (const key of grantable) {
    const first = suggestions[key]?.[0];
    if (first && !labels.includes(first.label)) labels.push(first.label);
  }
  return { ...base, change: { kind: 'add', labels, role } };
}
