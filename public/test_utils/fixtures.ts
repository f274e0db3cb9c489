/** Small, typed report fixtures for the panel's tests, built per the route contract. */
import type { MeResponse, ReportResponse, ReportRow, ReportSummary } from '../../common/report/api';
import type {
  AccessLevel,
  CaseCapability,
  Solution,
  SolutionAccess,
  UserAccess,
  UserDetail,
} from '../../common/report/types';
import { CASE_CAPABILITIES, SOLUTIONS } from '../../common/report/types';

export function capabilities(granted: readonly CaseCapability[]): Record<CaseCapability, boolean> {
  return Object.fromEntries(CASE_CAPABILITIES.map((c) => [c, granted.includes(c)])) as Record<
    CaseCapability,
    boolean
  >;
}

const LEVEL_CAPABILITIES: Record<AccessLevel, readonly CaseCapability[]> = {
  full: CASE_CAPABILITIES,
  custom: ['read', 'createComment'],
  view: ['read'],
  none: [],
};

export function solutionAccess(
  level: AccessLevel,
  overrides: Partial<SolutionAccess> = {}
): SolutionAccess {
  return {
    level,
    capabilities: capabilities(LEVEL_CAPABILITIES[level]),
    assignable: false,
    addAlerts: false,
    ruleCaseActions: level === 'full',
    pushToExternal: false,
    manageConnectors: false,
    connectors: 'none',
    readAlerts: false,
    grants: {},
    warnings: [],
    ...overrides,
  };
}

export function user(
  username: string,
  space: string,
  solutions: Partial<Record<Solution, SolutionAccess>> = {},
  overrides: Partial<UserAccess> = {}
): UserAccess {
  const all = Object.fromEntries(
    SOLUTIONS.map((s) => [s, solutions[s] ?? solutionAccess('none')])
  ) as Record<Solution, SolutionAccess>;
  return {
    username,
    enabled: true,
    roles: [],
    profile: { uid: `u_${username}`, enabled: true },
    warnings: [],
    spaces: [{ space, solutions: all }],
    ...overrides,
  };
}

export function summary(
  counts: Partial<Record<Solution, Partial<Record<AccessLevel | 'notAssignable', number>>>> = {}
): ReportSummary {
  return Object.fromEntries(
    SOLUTIONS.map((s) => [
      s,
      { full: 0, custom: 0, view: 0, none: 0, notAssignable: 0, ...counts[s] },
    ])
  ) as ReportSummary;
}

/** A row as `/report` sends it: the cells without `grants` and `notCounted` (the flyout reads them from `/users`). */
function asReportRow(user: UserAccess): ReportRow {
  return {
    ...user,
    spaces: user.spaces.map(({ space, solutions }) => ({
      space,
      solutions: Object.fromEntries(
        Object.entries(solutions).map(([solution, { grants: _g, notCounted: _n, ...cell }]) => [
          solution,
          cell,
        ])
      ) as ReportRow['spaces'][number]['solutions'],
    })),
  };
}

export function report(
  users: UserAccess[],
  overrides: Partial<ReportResponse> = {}
): ReportResponse {
  return {
    space: 'default',
    spaces: [
      { id: 'default', name: 'Default' },
      { id: 'soc', name: 'SOC' },
    ],
    total: users.length,
    page: 1,
    perPage: 50,
    readiness: [],
    summary: summary(),
    users: users.map(asReportRow),
    ...overrides,
  };
}

export function detail(u: UserAccess, overrides: Partial<UserDetail> = {}): UserDetail {
  return {
    space: u.spaces[0].space,
    readiness: [],
    user: u,
    missing: { management: {}, security: {}, observability: {} },
    ...overrides,
  };
}

export function me(u: UserAccess, overrides: Partial<MeResponse> = {}): MeResponse {
  return { authoritative: true, readiness: [], user: u, ...overrides };
}
