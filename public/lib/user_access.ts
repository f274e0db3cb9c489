/**
 * Read-only views of one user's report entry, as the table and the flyout show them. The table's rows are
 * `ReportRow`s (no grants); the flyout's user is a full `UserAccess`, which is a `ReportRow` too.
 */
import type { ReportRow, ReportSpaceAccess } from '../../common/report/api';
import type { ConnectorsAccess, Solution, SpaceAccess, WarningId } from '../../common/report/types';
import { SOLUTIONS } from '../../common/report/types';

/** Yes/No columns of the table, each a flag of `SolutionAccess`. */
export type SolutionFlag = 'assignable' | 'addAlerts' | 'pushToExternal';

export interface GroupedWarning {
  id: WarningId;
  /** Distinct messages, user-level first, then per solution. */
  messages: string[];
}

/** The user's entry for a space; report rows carry exactly one, `/me` carries one per visible space. */
export function getSpaceAccess<U extends ReportRow>(
  user: U,
  space?: string
): U['spaces'][number] | undefined {
  if (space === undefined) return user.spaces[0];
  return user.spaces.find((entry) => entry.space === space);
}

/** The user's warnings and those of every solution in the space, one entry per warning id. */
export function groupWarnings(
  user: ReportRow,
  access: ReportSpaceAccess | undefined
): GroupedWarning[] {
  const groups = new Map<WarningId, GroupedWarning>();
  const add = (id: WarningId, message: string) => {
    const group = groups.get(id) ?? { id, messages: [] };
    if (!group.messages.includes(message)) group.messages.push(message);
    groups.set(id, group);
  };
  user.warnings.forEach((warning) => add(warning.id, warning.message));
  if (access) {
    for (const solution of SOLUTIONS) {
      access.solutions[solution].warnings.forEach((warning) => add(warning.id, warning.message));
    }
  }
  return [...groups.values()];
}

/** Whether a flag holds in any of the given solutions, and in which. */
export function flagInSolutions(
  access: ReportSpaceAccess | undefined,
  solutions: readonly Solution[],
  flag: SolutionFlag
): { value: boolean; solutions: Solution[] } {
  const holding = access ? solutions.filter((solution) => access.solutions[solution][flag]) : [];
  return { value: holding.length > 0, solutions: holding };
}

/** Connectors access is per space; every solution cell repeats it. */
export function getConnectorsAccess(access: ReportSpaceAccess | undefined): ConnectorsAccess {
  return access ? access.solutions.management.connectors : 'none';
}

/** Every role that grants the user something in the space, sorted, each once. */
export function getGrantingRoles(access: SpaceAccess | undefined): string[] {
  if (!access) return [];
  const roles = new Set<string>();
  for (const solution of SOLUTIONS) {
    const { grants } = access.solutions[solution];
    Object.values(grants).forEach((list) => list?.forEach((grant) => roles.add(grant.role)));
  }
  return [...roles].sort((a, b) => a.localeCompare(b));
}
