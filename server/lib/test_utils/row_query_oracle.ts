/**
 * A row-based reference for `report_page.ts`: filters, sorts, pages and summarises materialised report rows the
 * obvious way. Tests check the compact, production path against it.
 */
import type { ReportSummary } from '../../../common/report/api';
import { ACCESS_LEVELS, CASE_CAPABILITIES, SOLUTIONS } from '../../../common/report/types';
import type {
  AccessLevel,
  CaseCapability,
  FilterCapability,
  SolutionAccess,
  UserAccess,
} from '../../../common/report/types';
import type { ValidReportQuery } from '../report_query_validation';

const LEVEL_RANK: Record<AccessLevel, number> = { none: 0, view: 1, custom: 2, full: 3 };

function cellsOf(user: UserAccess): SolutionAccess[] | undefined {
  const solutions = user.spaces[0]?.solutions;
  return solutions ? SOLUTIONS.map((solution) => solutions[solution]) : undefined;
}

function holds(cell: SolutionAccess, capability: FilterCapability): boolean {
  return (CASE_CAPABILITIES as readonly string[]).includes(capability)
    ? cell.capabilities[capability as CaseCapability]
    : cell[capability as Exclude<FilterCapability, CaseCapability>];
}

/** User-level warnings plus those of every solution in the space. */
export function warningCount(user: UserAccess): number {
  return (
    user.warnings.length + (cellsOf(user) ?? []).reduce((n, cell) => n + cell.warnings.length, 0)
  );
}

function levelRank(user: UserAccess, query: ValidReportQuery): number {
  const solutions = user.spaces[0]?.solutions;
  if (!solutions) return 0;
  if (query.solution) return LEVEL_RANK[solutions[query.solution].level];
  return Math.max(...SOLUTIONS.map((solution) => LEVEL_RANK[solutions[solution].level]));
}

export function filterRows(rows: readonly UserAccess[], query: ValidReportQuery): UserAccess[] {
  const search = query.search?.toLowerCase();
  return rows.filter((user) => {
    if (search) {
      const haystack = [user.username, user.fullName, user.email];
      if (!haystack.some((text) => text?.toLowerCase().includes(search))) return false;
    }
    const solutions = user.spaces[0]?.solutions;
    if (!solutions) return false;
    const cells = query.solution ? [solutions[query.solution]] : SOLUTIONS.map((s) => solutions[s]);
    if (query.level && query.solution && solutions[query.solution].level !== query.level)
      return false;
    if (query.level && !query.solution && !cells.some((cell) => cell.level === query.level)) {
      return false;
    }
    if (query.capability) {
      const capability = query.capability;
      const held = cells.some((cell) => holds(cell, capability));
      if (held !== (query.capabilityMatch !== 'cannot')) return false;
    }
    if (query.notAssignable && !cells.some((cell) => cell.capabilities.read && !cell.assignable)) {
      return false;
    }
    if (query.warning) {
      const id = query.warning;
      const inUser = user.warnings.some((warning) => warning.id === id);
      const inCells = SOLUTIONS.some((s) => solutions[s].warnings.some((w) => w.id === id));
      if (!inUser && !inCells) return false;
    }
    return true;
  });
}

export function sortRows(rows: UserAccess[], query: ValidReportQuery): UserAccess[] {
  const direction = query.sortOrder === 'desc' ? -1 : 1;
  const byName = (a: UserAccess, b: UserAccess) =>
    a.username < b.username ? -1 : a.username > b.username ? 1 : 0;
  if (query.sortField === 'username') return rows.sort((a, b) => direction * byName(a, b));
  const key =
    query.sortField === 'warnings' ? warningCount : (user: UserAccess) => levelRank(user, query);
  const keys = new Map(rows.map((user) => [user, key(user)]));
  // Ties keep user-name order whatever the direction, so pages are stable.
  return rows.sort((a, b) => direction * ((keys.get(a) ?? 0) - (keys.get(b) ?? 0)) || byName(a, b));
}

/** Users per level in each solution, and holders of `read` who cannot be assigned yet, over the whole space. */
export function summarize(rows: readonly UserAccess[]): ReportSummary {
  const summary = Object.fromEntries(
    SOLUTIONS.map((solution) => [
      solution,
      { ...Object.fromEntries(ACCESS_LEVELS.map((level) => [level, 0])), notAssignable: 0 },
    ])
  ) as ReportSummary;
  for (const user of rows) {
    const solutions = user.spaces[0]?.solutions;
    if (!solutions) continue;
    for (const solution of SOLUTIONS) {
      const cell = solutions[solution];
      summary[solution][cell.level] += 1;
      if (cell.capabilities.read && !cell.assignable) summary[solution].notAssignable += 1;
    }
  }
  return summary;
}

interface QueriedRows {
  total: number;
  users: UserAccess[];
}

/** Filters and sorts every row; pages when `paged` (the CSV takes them all). */
export function queryRows(
  rows: readonly UserAccess[],
  query: ValidReportQuery,
  paged = true
): QueriedRows {
  const matching = sortRows(filterRows(rows, query), query);
  if (!paged) return { total: matching.length, users: matching };
  const start = (query.page - 1) * query.perPage;
  return { total: matching.length, users: matching.slice(start, start + query.perPage) };
}
