/**
 * Validation of the report routes' query, in the function form every Kibana router accepts
 * (`(data, { ok, badRequest }) => ...`). A bad query gets a 400 that names the parameter and what it accepts.
 */
import type { RouteValidationFunction } from '@kbn/core/server';
import { DEFAULT_PER_PAGE, DEFAULT_SPACE_ID, MAX_PER_PAGE } from '../../common/constants';
import { CAPABILITY_MATCHES, REPORT_SORT_FIELDS, SORT_ORDERS } from '../../common/report/api';
import type { CapabilityMatch, ReportSortField, SortOrder } from '../../common/report/api';
import {
  ACCESS_LEVELS,
  FILTER_CAPABILITIES,
  SOLUTIONS,
  WARNING_IDS,
} from '../../common/report/types';
import type { AccessLevel, FilterCapability, Solution, WarningId } from '../../common/report/types';

/** The validated report query: defaults filled in. */
export interface ValidReportQuery {
  space: string;
  page: number;
  perPage: number;
  sortField: ReportSortField;
  sortOrder: SortOrder;
  search?: string;
  solution?: Solution;
  level?: AccessLevel;
  capability?: FilterCapability;
  /** `cannot` inverts the capability filter: users who hold it in none of the solutions considered. */
  capabilityMatch: CapabilityMatch;
  /** Only holders of `read` who cannot be assigned (in `solution` when given, else in any solution). */
  notAssignable: boolean;
  warning?: WarningId;
  refresh: boolean;
}

/** Kibana space ids: lower-case letters, digits, `_` and `-`. */
const SPACE_ID = /^[a-z0-9_-]{1,1024}$/;
/** Long enough for any name or address; longer input is a mistake, not a search. */
const MAX_SEARCH_LENGTH = 256;

export class QueryError extends Error {}

type Raw = Record<string, unknown>;

function single(query: Raw, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value))
    throw new QueryError(`[${name}]: give the parameter once, not ${value.length} times`);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') throw new QueryError(`[${name}]: expected a single value`);
  return value;
}

function oneOf<T extends string>(query: Raw, name: string, allowed: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new QueryError(`[${name}]: "${value}" is not allowed; use one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function integer(query: Raw, name: string, min: number, max: number, fallback: number): number {
  const value = single(query, name);
  if (value === undefined) return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new QueryError(`[${name}]: "${value}" is not allowed; use a whole number ${range}`);
  }
  return parsed;
}

function space(query: Raw): string {
  const value = single(query, 'space');
  if (value === undefined || value === '') return DEFAULT_SPACE_ID;
  if (!SPACE_ID.test(value)) {
    throw new QueryError(
      `[space]: "${value}" is not a space id; use lower-case letters, digits, "_" and "-"`
    );
  }
  return value;
}

function bool(query: Raw, name: string): boolean {
  return oneOf(query, name, ['true', 'false'] as const) === 'true';
}

const REPORT_PARAMETERS = [
  'space',
  'page',
  'perPage',
  'sortField',
  'sortOrder',
  'search',
  'solution',
  'level',
  'capability',
  'capabilityMatch',
  'notAssignable',
  'warning',
  'refresh',
];

function rejectUnknown(query: Raw, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  throw new QueryError(
    allowed.length === 0
      ? `[${unknown[0]}]: unknown parameter; this route takes no parameters, remove it`
      : `[${unknown[0]}]: unknown parameter; the allowed parameters are ${allowed.join(', ')}`
  );
}

export function parseReportQuery(data: unknown): ValidReportQuery {
  const query = (data ?? {}) as Raw;
  rejectUnknown(query, REPORT_PARAMETERS);
  const search = single(query, 'search')?.trim();
  if (search !== undefined && search.length > MAX_SEARCH_LENGTH) {
    throw new QueryError(`[search]: use at most ${MAX_SEARCH_LENGTH} characters`);
  }
  const parsed: ValidReportQuery = {
    space: space(query),
    page: integer(query, 'page', 1, Number.MAX_SAFE_INTEGER, 1),
    perPage: integer(query, 'perPage', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
    sortField: oneOf(query, 'sortField', REPORT_SORT_FIELDS) ?? 'username',
    sortOrder: oneOf(query, 'sortOrder', SORT_ORDERS) ?? 'asc',
    solution: oneOf(query, 'solution', SOLUTIONS),
    level: oneOf(query, 'level', ACCESS_LEVELS),
    capability: oneOf(query, 'capability', FILTER_CAPABILITIES),
    capabilityMatch: oneOf(query, 'capabilityMatch', CAPABILITY_MATCHES) ?? 'can',
    notAssignable: bool(query, 'notAssignable'),
    warning: oneOf(query, 'warning', WARNING_IDS),
    refresh: bool(query, 'refresh'),
  };
  if (search) parsed.search = search;
  return parsed;
}

export interface ValidSpaceQuery {
  space: string;
  refresh: boolean;
  /** The user's realm (realm name or security domain), when several realms have the username. */
  realm?: string;
  /** The user, when not named in the path. */
  username?: string;
}

/** The query of `/users/{username}`: `space`, `refresh`, `realm`, and `username` when the path names none. */
export function parseSpaceQuery(data: unknown): ValidSpaceQuery {
  const query = (data ?? {}) as Raw;
  rejectUnknown(query, ['space', 'refresh', 'realm', 'username']);
  const parsed: ValidSpaceQuery = { space: space(query), refresh: bool(query, 'refresh') };
  if (query.realm !== undefined) {
    if (typeof query.realm !== 'string' || query.realm.length === 0 || query.realm.length > 1024) {
      throw new QueryError('[realm]: give the realm name, 1 to 1024 characters, or leave it out');
    }
    parsed.realm = query.realm;
  }
  if (query.username !== undefined) parsed.username = checkUsername(query.username, 'in the query');
  return parsed;
}

/** Wraps a parser as a Kibana route validation function. */
export function toValidator<T>(parse: (data: unknown) => T): RouteValidationFunction<T> {
  return (data, { ok, badRequest }) => {
    try {
      return ok(parse(data));
    } catch (error) {
      if (error instanceof QueryError) return badRequest(error.message);
      throw error;
    }
  };
}

export const reportQueryValidator = toValidator(parseReportQuery);
export const spaceQueryValidator = toValidator(parseSpaceQuery);

/** The longest user name the user route takes (Elasticsearch's own limit is lower). */
const MAX_USERNAME_LENGTH = 1024;

function checkUsername(username: unknown, where: string): string {
  if (
    typeof username !== 'string' ||
    username.length === 0 ||
    username.length > MAX_USERNAME_LENGTH
  ) {
    throw new QueryError(`[username]: give the user name ${where}, 1 to 1024 characters`);
  }
  return username;
}

/**
 * `{username}` of `/users/{username}`: a non-empty Elasticsearch user name. It may be absent when the name is in
 * the query instead (`/users?username=..`): URLs normalise the segments `.` and `..` away, so users of those names
 * can only be named in the query.
 */
export const usernameParamsValidator = toValidator((data: unknown): { username?: string } => {
  const { username } = (data ?? {}) as Raw;
  if (username === undefined) return {};
  return { username: checkUsername(username, 'in the path') };
});

/** `/me` takes no parameters. */
export const emptyQueryValidator = toValidator((data: unknown): Record<string, never> => {
  rejectUnknown((data ?? {}) as Raw, []);
  return {};
});
