/** Request and response shapes of the internal routes, shared by the server and the browser. */
import type {
  AccessLevel,
  FilterCapability,
  ReadinessWarning,
  Solution,
  SolutionAccess,
  UserAccess,
  WarningId,
} from './types';

export const REPORT_SORT_FIELDS = ['username', 'level', 'warnings'] as const;
export type ReportSortField = (typeof REPORT_SORT_FIELDS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
/** `can`: users holding the filtered capability; `cannot`: users holding it in none of the solutions considered. */
export const CAPABILITY_MATCHES = ['can', 'cannot'] as const;
export type CapabilityMatch = (typeof CAPABILITY_MATCHES)[number];

/** Query of `GET /internal/case_access/report` (and of `report.csv`, which ignores paging). */
export interface ReportQuery {
  space?: string;
  page?: number;
  perPage?: number;
  sortField?: ReportSortField;
  sortOrder?: SortOrder;
  /** Case-insensitive match on user name, full name or email. */
  search?: string;
  /** With `level`: only users at that level in that solution; alone, sorts by and filters to that solution. */
  solution?: Solution;
  level?: AccessLevel;
  /** Only users holding this capability (in `solution` when given, else in any solution). */
  capability?: FilterCapability;
  /** `cannot` asks "who cannot": users without `capability` (in `solution`, else in every solution). Default `can`. */
  capabilityMatch?: CapabilityMatch;
  /** Only holders of `read` who cannot be assigned yet (in `solution`, else in any): the summary's "Not assignable". */
  notAssignable?: boolean;
  /** Only users with this warning (user or solution level). */
  warning?: WarningId;
  /** Bypass the directory cache. */
  refresh?: boolean;
}

/** Users per level in each solution, and how many holders of `read` cannot be assigned yet. */
export type ReportSummary = Record<
  Solution,
  Record<AccessLevel, number> & { notAssignable: number }
>;

/**
 * A cell of a `/report` row: the level, capabilities, flags and warnings the table shows and filters on, without the
 * provenance only the user flyout shows (`grants` and `notCounted`, read from `/users/{username}`). The page of 50
 * rows is a third smaller for it, and every cached answer carries those bytes.
 */
export type ReportCell = Omit<SolutionAccess, 'grants' | 'notCounted'>;

export interface ReportSpaceAccess {
  space: string;
  solutions: Record<Solution, ReportCell>;
}

/** A row of `/report`: a `UserAccess` whose cells are `ReportCell`s (any `UserAccess` is also a `ReportRow`). */
export type ReportRow = Omit<UserAccess, 'spaces'> & { spaces: ReportSpaceAccess[] };

export interface ReportResponse {
  space: string;
  /** Spaces of the deployment, for the space selector. */
  spaces: Array<{ id: string; name: string }>;
  total: number;
  page: number;
  perPage: number;
  readiness: ReadinessWarning[];
  summary: ReportSummary;
  /**
   * Rows of the requested page; each has exactly one entry in `spaces`: the requested space. Rows leave out each
   * cell's `grants` and `notCounted`: `/users/{username}` has them.
   */
  users: ReportRow[];
}

/** `GET /internal/case_access/me`: the caller's own access in every space they can see. */
export interface MeResponse {
  /** True when computed by Kibana's authorisation service for the caller (authoritative). */
  authoritative: boolean;
  readiness: ReadinessWarning[];
  /** Names of the spaces in `user.spaces`, so a person reads names, not ids. */
  spaces?: Array<{ id: string; name: string }>;
  user: UserAccess;
}

/** Error body of every route (Kibana's shape: `{ statusCode, error, message }`). */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
}
