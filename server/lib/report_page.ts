/**
 * Filtering, sorting, paging and summarising the report of one space, for `/report` and `/report.csv`. Pure, and
 * run on the engine's compact evaluation of the space: only the rows returned are built.
 */
import {
  CELL_ADD_ALERTS,
  CELL_ASSIGNABLE,
  CELL_MANAGE_CONNECTORS,
  CELL_PUSH_TO_EXTERNAL,
  CELL_RULE_CASE_ACTIONS,
  GRANT_KEYS,
  warningBit,
  type SpaceEvaluation,
} from '../../common/engine';
import type { ReportCell, ReportRow, ReportSummary } from '../../common/report/api';
import { ACCESS_LEVELS, SOLUTIONS } from '../../common/report/types';
import type {
  AccessLevel,
  CaseCapability,
  FilterCapability,
  Solution,
  SolutionAccess,
  UserAccess,
} from '../../common/report/types';
import type { ValidReportQuery } from './report_query_validation';

const LEVEL_RANK: Record<AccessLevel, number> = { none: 0, view: 1, custom: 2, full: 3 };

/** The cell flag or granted bit that each filter capability reads in the compact evaluation. */
const FLAG_OF: Partial<Record<FilterCapability, number>> = {
  assignable: CELL_ASSIGNABLE,
  addAlerts: CELL_ADD_ALERTS,
  ruleCaseActions: CELL_RULE_CASE_ACTIONS,
  pushToExternal: CELL_PUSH_TO_EXTERNAL,
  manageConnectors: CELL_MANAGE_CONNECTORS,
};
const LEVEL_RANK_BY_CODE = ACCESS_LEVELS.map((level) => LEVEL_RANK[level]);
const SOLUTION_COUNT = SOLUTIONS.length;

/** Lower-cased search texts, shared by every space of one engine (the name arrays are the engine's). */
const lowerCased = new WeakMap<ReadonlyArray<string | undefined>, Array<string | undefined>>();
function lower(texts: ReadonlyArray<string | undefined>): Array<string | undefined> {
  let result = lowerCased.get(texts);
  if (!result) {
    result = texts.map((text) => text?.toLowerCase());
    lowerCased.set(texts, result);
  }
  return result;
}

/** The user numbers of the space matching the query, in the query's order (all of them: not paged). */
export function queryUserNumbers(evaluation: SpaceEvaluation, query: ValidReportQuery): number[] {
  const { levels, flags, masks, cellWarnings, userWarnings } = evaluation;
  const search = query.search?.toLowerCase();
  const texts = search
    ? [lower(evaluation.usernames), lower(evaluation.fullNames), lower(evaluation.emails)]
    : [];
  const first = query.solution ? SOLUTIONS.indexOf(query.solution) : 0;
  const last = query.solution ? first : SOLUTION_COUNT - 1;
  const level = query.level ? ACCESS_LEVELS.indexOf(query.level) : -1;
  const capability = query.capability;
  const flag = capability ? FLAG_OF[capability] : undefined;
  const bit =
    capability && flag === undefined ? 1 << GRANT_KEYS.indexOf(capability as CaseCapability) : 0;
  const warning = query.warning ? warningBit(query.warning) : 0;
  const wanted = query.capabilityMatch !== 'cannot';
  const readBit = 1 << GRANT_KEYS.indexOf('read');

  const matching: number[] = [];
  for (let u = 0; u < evaluation.userCount; u++) {
    if (search && !texts.some((list) => list[u]?.includes(search))) continue;
    const at = u * SOLUTION_COUNT;
    if (level >= 0) {
      let found = false;
      for (let s = first; s <= last && !found; s++) found = levels[at + s] === level;
      if (!found) continue;
    }
    if (capability) {
      let found = false;
      for (let s = first; s <= last && !found; s++) {
        found = flag === undefined ? (masks[at + s] & bit) !== 0 : (flags[at + s] & flag) !== 0;
      }
      if (found !== wanted) continue;
    }
    if (query.notAssignable) {
      let found = false;
      for (let s = first; s <= last && !found; s++) {
        found = (masks[at + s] & readBit) !== 0 && (flags[at + s] & CELL_ASSIGNABLE) === 0;
      }
      if (!found) continue;
    }
    if (warning !== 0) {
      const any = userWarnings[u] | cellWarnings[at] | cellWarnings[at + 1] | cellWarnings[at + 2];
      if ((any & warning) === 0) continue;
    }
    matching.push(u);
  }

  const direction = query.sortOrder === 'desc' ? -1 : 1;
  // User numbers follow user names, so comparing numbers compares names.
  if (query.sortField === 'username') return direction === 1 ? matching : matching.reverse();
  const keys = new Int32Array(evaluation.userCount);
  for (const u of matching) {
    if (query.sortField === 'warnings') {
      keys[u] = evaluation.warningCounts[u];
    } else {
      let rank = 0;
      for (let s = first; s <= last; s++) {
        rank = Math.max(rank, LEVEL_RANK_BY_CODE[levels[u * SOLUTION_COUNT + s]]);
      }
      keys[u] = rank;
    }
  }
  // Ties keep user-name order whatever the direction, so pages are stable.
  return matching.sort((a, b) => direction * (keys[a] - keys[b]) || a - b);
}

/** `summarize` on the compact evaluation: levels and unassignable holders of `read`, over the whole space. */
export function summarizeSpace(evaluation: SpaceEvaluation): ReportSummary {
  const summary = Object.fromEntries(
    SOLUTIONS.map((solution) => [
      solution,
      { ...Object.fromEntries(ACCESS_LEVELS.map((level) => [level, 0])), notAssignable: 0 },
    ])
  ) as ReportSummary;
  const readBit = 1 << GRANT_KEYS.indexOf('read');
  SOLUTIONS.forEach((solution, s) => {
    const counts = new Array<number>(ACCESS_LEVELS.length).fill(0);
    let notAssignable = 0;
    for (let at = s; at < evaluation.userCount * SOLUTION_COUNT; at += SOLUTION_COUNT) {
      counts[evaluation.levels[at]] += 1;
      if (
        (evaluation.masks[at] & readBit) !== 0 &&
        (evaluation.flags[at] & CELL_ASSIGNABLE) === 0
      ) {
        notAssignable += 1;
      }
    }
    ACCESS_LEVELS.forEach((level, code) => (summary[solution][level] = counts[code]));
    summary[solution].notAssignable = notAssignable;
  });
  return summary;
}

/** Orders kept per space evaluation: enough for the filters a few auditors click through, small in memory. */
const ORDERS_PER_SPACE = 32;
const orders = new WeakMap<SpaceEvaluation, Map<string, readonly number[]>>();
const summaries = new WeakMap<SpaceEvaluation, ReportSummary>();

/** Every field of the query that filters or orders users (all but paging and refresh): one kept order each. */
function orderKey(query: ValidReportQuery): string {
  return JSON.stringify([
    query.search?.toLowerCase() ?? '',
    query.solution ?? '',
    query.level ?? '',
    query.capability ?? '',
    query.capabilityMatch,
    query.notAssignable,
    query.warning ?? '',
    query.sortField,
    query.sortOrder,
  ]);
}

/**
 * `queryUserNumbers`, kept with the space's evaluation (which lives as long as the cached directory): the next page
 * of the same filters and order costs its own rows, not a filter and sort of every user.
 */
export function orderedUserNumbers(
  evaluation: SpaceEvaluation,
  query: ValidReportQuery
): readonly number[] {
  let kept = orders.get(evaluation);
  if (!kept) orders.set(evaluation, (kept = new Map<string, readonly number[]>()));
  const key = orderKey(query);
  let order = kept.get(key);
  if (order) {
    // Most recently used last, so the oldest is dropped first.
    kept.delete(key);
    kept.set(key, order);
    return order;
  }
  order = Object.freeze(queryUserNumbers(evaluation, query));
  kept.set(key, order);
  if (kept.size > ORDERS_PER_SPACE) kept.delete(kept.keys().next().value as string);
  return order;
}

function summaryOf(evaluation: SpaceEvaluation): ReportSummary {
  let summary = summaries.get(evaluation);
  if (!summary) summaries.set(evaluation, (summary = summarizeSpace(evaluation)));
  return structuredClone(summary);
}

export interface QueriedReport {
  total: number;
  users: ReportRow[];
  summary: ReportSummary;
}

function reportCell({
  grants: _grants,
  notCounted: _notCounted,
  ...cell
}: SolutionAccess): ReportCell {
  return cell;
}

/** A user's row as `/report` answers it: each cell without the provenance the flyout reads from `/users`. */
export function toReportRow(user: UserAccess): ReportRow {
  return {
    ...user,
    spaces: user.spaces.map(({ space, solutions }) => ({
      space,
      solutions: Object.fromEntries(
        SOLUTIONS.map((solution) => [solution, reportCell(solutions[solution])])
      ) as Record<Solution, ReportCell>,
    })),
  };
}

/**
 * What `/report` shows for a space: the matching users' count, the page of rows (the only rows built) and the
 * summary of the whole space.
 */
export function queryReport(evaluation: SpaceEvaluation, query: ValidReportQuery): QueriedReport {
  const matching = orderedUserNumbers(evaluation, query);
  const start = (query.page - 1) * query.perPage;
  return {
    total: matching.length,
    users: matching
      .slice(start, start + query.perPage)
      .map((u) => toReportRow(evaluation.materialize(u))),
    summary: summaryOf(evaluation),
  };
}

/** Every matching row in the query's order, built one at a time (for the CSV stream). */
export function* queryReportRows(
  evaluation: SpaceEvaluation,
  query: ValidReportQuery
): Generator<UserAccess> {
  for (const u of orderedUserNumbers(evaluation, query)) yield evaluation.materialize(u);
}
