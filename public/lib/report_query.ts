/** The table's state and the `GET /internal/case_access/report` query it asks for. */
import { DEFAULT_PER_PAGE } from '../../common/constants';
import type { CapabilityMatch, ReportQuery, SortOrder } from '../../common/report/api';
import type { AccessLevel, FilterCapability, Solution, WarningId } from '../../common/report/types';
import { SOLUTIONS } from '../../common/report/types';

/** Columns the table can sort by: user name, warnings count, or the access level of one solution. */
export type TableSortField = 'username' | 'warnings' | Solution;

export interface ReportTableState {
  space?: string;
  /** Zero-based, as EuiBasicTable counts pages. */
  pageIndex: number;
  pageSize: number;
  sortField: TableSortField;
  sortDirection: SortOrder;
  search: string;
  solution?: Solution;
  level?: AccessLevel;
  capability?: FilterCapability;
  /** "Who can" or "who cannot" for the capability filter. */
  capabilityMatch: CapabilityMatch;
  /** Holders of read who cannot be assigned yet (the summary's "Not assignable"). */
  notAssignable: boolean;
  warning?: WarningId;
}

export const INITIAL_TABLE_STATE: ReportTableState = {
  pageIndex: 0,
  pageSize: DEFAULT_PER_PAGE,
  sortField: 'username',
  sortDirection: 'asc',
  search: '',
  capabilityMatch: 'can',
  notAssignable: false,
};

/** Whether any search or filter narrows the table (the space is not a filter). */
export function hasFilters(state: ReportTableState): boolean {
  return Boolean(
    state.search.trim() ||
    state.solution ||
    state.capability ||
    state.warning ||
    state.notAssignable
  );
}

/** The state with every search and filter removed; space, sort and page size stay. */
export function clearFilters(state: ReportTableState): ReportTableState {
  return {
    ...INITIAL_TABLE_STATE,
    space: state.space,
    pageSize: state.pageSize,
    sortField: isSolution(state.sortField) ? 'username' : state.sortField,
    sortDirection: isSolution(state.sortField) ? 'asc' : state.sortDirection,
  };
}

export function isSolution(value: string): value is Solution {
  return (SOLUTIONS as readonly string[]).includes(value);
}

/**
 * The route's pages are one-based. A level filter only means something within a solution, so it is sent only with
 * one; sorting by a solution's level sends `sortField: 'level'` with that solution.
 */
export function buildReportQuery(state: ReportTableState): ReportQuery {
  const query: ReportQuery = {
    page: state.pageIndex + 1,
    perPage: state.pageSize,
    sortOrder: state.sortDirection,
  };
  if (state.space) query.space = state.space;
  if (isSolution(state.sortField)) {
    query.sortField = 'level';
    query.solution = state.sortField;
  } else {
    query.sortField = state.sortField;
  }
  if (state.solution) {
    query.solution = state.solution;
    if (state.level) query.level = state.level;
  }
  const search = state.search.trim();
  if (search) query.search = search;
  if (state.capability) {
    query.capability = state.capability;
    if (state.capabilityMatch === 'cannot') query.capabilityMatch = 'cannot';
  }
  if (state.notAssignable) query.notAssignable = true;
  if (state.warning) query.warning = state.warning;
  return query;
}

/** The CSV holds every matching user: the same filters and order, without paging. */
export function buildCsvQuery(state: ReportTableState): ReportQuery {
  const { page: _page, perPage: _perPage, ...rest } = buildReportQuery(state);
  return rest;
}

/** A filter, search or space change starts again from the first page; a level without a solution is dropped. */
export function applyFilterChange(
  state: ReportTableState,
  change: Partial<Omit<ReportTableState, 'pageIndex' | 'pageSize' | 'sortField' | 'sortDirection'>>
): ReportTableState {
  const next: ReportTableState = { ...state, ...change, pageIndex: 0 };
  if (!next.solution) next.level = undefined;
  // A solution's level column is only shown (and sortable) while no other solution is selected.
  if (isSolution(next.sortField) && next.solution && next.sortField !== next.solution) {
    next.sortField = 'username';
    next.sortDirection = 'asc';
  }
  return next;
}
