/**
 * The panel's state in the URL's query string, so that a reload or a shared link shows the same space, filters,
 * search, sort, page and open user. Unknown or malformed values are ignored: a hand-edited link still opens.
 */
import { CAPABILITY_MATCHES, SORT_ORDERS } from '../../common/report/api';
import {
  ACCESS_LEVELS,
  FILTER_CAPABILITIES,
  SOLUTIONS,
  WARNING_IDS,
} from '../../common/report/types';
import { INITIAL_TABLE_STATE, isSolution } from './report_query';
import type { ReportTableState, TableSortField } from './report_query';

export interface PanelUrlState {
  table: ReportTableState;
  /** The user whose flyout is open. */
  user?: string;
  /** The open user's realm, when the username is in several realms (a profile's realm name or domain). */
  realm?: string;
}

/** Larger pages than the route allows are not offered by the table either. */
const MAX_PAGE_SIZE = 500;
const SPACE_ID = /^[a-z0-9_-]{1,1024}$/;

function pick<T extends string>(allowed: readonly T[], raw: string | null): T | undefined {
  return allowed.find((value) => value === raw);
}

function wholeNumber(raw: string | null, min: number, max: number): number | undefined {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= min && value <= max ? value : undefined;
}

function sortField(raw: string | null): TableSortField | undefined {
  if (raw === 'username' || raw === 'warnings') return raw;
  return raw !== null && isSolution(raw) ? raw : undefined;
}

export function parseUrlState(search: string): PanelUrlState {
  const params = new URLSearchParams(search);
  const table: ReportTableState = { ...INITIAL_TABLE_STATE };
  const space = params.get('space');
  if (space && SPACE_ID.test(space)) table.space = space;
  table.search = params.get('search') ?? '';
  table.solution = pick(SOLUTIONS, params.get('solution'));
  if (table.solution) table.level = pick(ACCESS_LEVELS, params.get('level'));
  table.capability = pick(FILTER_CAPABILITIES, params.get('capability'));
  table.capabilityMatch = pick(CAPABILITY_MATCHES, params.get('match')) ?? 'can';
  table.notAssignable = params.get('notAssignable') === 'true';
  table.warning = pick(WARNING_IDS, params.get('warning'));
  table.sortField = sortField(params.get('sort')) ?? INITIAL_TABLE_STATE.sortField;
  table.sortDirection = pick(SORT_ORDERS, params.get('order')) ?? INITIAL_TABLE_STATE.sortDirection;
  table.pageIndex = (wholeNumber(params.get('page'), 1, 1e9) ?? 1) - 1;
  table.pageSize = wholeNumber(params.get('perPage'), 1, MAX_PAGE_SIZE) ?? table.pageSize;
  const user = params.get('user');
  const realm = params.get('realm');
  if (!user) return { table };
  return realm ? { table, user, realm } : { table, user };
}

/** The query string of a state: only what differs from the defaults, in a stable order. */
export function formatUrlState({ table, user, realm }: PanelUrlState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined, fallback?: string | number) => {
    if (value !== undefined && value !== '' && value !== fallback) params.set(name, String(value));
  };
  set('space', table.space);
  set('search', table.search.trim());
  set('solution', table.solution);
  if (table.solution) set('level', table.level);
  set('capability', table.capability);
  if (table.capability) set('match', table.capabilityMatch, 'can');
  if (table.notAssignable) params.set('notAssignable', 'true');
  set('warning', table.warning);
  set('sort', table.sortField, INITIAL_TABLE_STATE.sortField);
  set('order', table.sortDirection, INITIAL_TABLE_STATE.sortDirection);
  set('page', table.pageIndex + 1, 1);
  set('perPage', table.pageSize, INITIAL_TABLE_STATE.pageSize);
  set('user', user);
  if (user) set('realm', realm);
  const text = params.toString();
  return text ? `?${text}` : '';
}
