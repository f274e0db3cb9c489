/**
 * `/report` on the compact evaluation must answer exactly what it answered on the materialised rows: the same
 * total, page, order and summary for every filter and sort.
 */
import { generateDirectory } from '../../bench/generate';
import { createAccessEngine } from '../../common/engine';
import {
  ACCESS_LEVELS,
  FILTER_CAPABILITIES,
  SOLUTIONS,
  WARNING_IDS,
} from '../../common/report/types';
import { queryReport, queryReportRows } from './report_page';
import { queryRows, summarize } from './test_utils/row_query_oracle';
import { parseReportQuery } from './report_query_validation';

const directory = generateDirectory({ users: 400, roles: 80, spaces: 8, seed: 11 });
const engine = createAccessEngine(directory);
const SPACES = ['default', 'space-3', 'space-5'];

type Params = Record<string, string>;
const queries: Params[] = [
  {},
  { page: '3', perPage: '25' },
  { page: '99' },
  { sortOrder: 'desc' },
  { sortField: 'level' },
  { sortField: 'level', sortOrder: 'desc', solution: 'observability' },
  { sortField: 'warnings', sortOrder: 'desc', perPage: '100' },
  { sortField: 'warnings' },
  { search: 'USER00012' },
  { search: 'user 3', sortField: 'level' },
  { search: 'example.com', page: '2' },
  { search: 'nobody-at-all' },
  ...SOLUTIONS.flatMap((solution) => ACCESS_LEVELS.map((level) => ({ solution, level }))),
  ...ACCESS_LEVELS.map((level) => ({ level, sortField: 'warnings' })),
  ...FILTER_CAPABILITIES.map((capability) => ({ capability })),
  ...FILTER_CAPABILITIES.map((capability) => ({ capability, solution: 'security' })),
  ...FILTER_CAPABILITIES.map((capability) => ({ capability, capabilityMatch: 'cannot' })),
  ...FILTER_CAPABILITIES.map((capability) => ({
    capability,
    capabilityMatch: 'cannot',
    solution: 'observability',
  })),
  { notAssignable: 'true' },
  ...SOLUTIONS.map((solution) => ({ notAssignable: 'true', solution })),
  ...WARNING_IDS.map((warning) => ({ warning, sortField: 'level', sortOrder: 'desc' })),
];

describe.each(SPACES)('queryReport in space %s', (space) => {
  const rows = engine.evaluateSpace(space);
  const evaluation = engine.evaluateSpaceCompact(space);

  it.each(queries)('answers %j as the rows do', (params) => {
    const query = parseReportQuery({ ...params, space });
    const expected = queryRows(rows, query);
    const result = queryReport(evaluation, query);
    expect(result.total).toBe(expected.total);
    // Rows leave out each cell's provenance (grants, notCounted), which only the flyout shows.
    const withoutProvenance = expected.users.map((user) => ({
      ...user,
      spaces: user.spaces.map((entry) => ({
        space: entry.space,
        solutions: Object.fromEntries(
          Object.entries(entry.solutions).map(([solution, cell]) => {
            const lean: Partial<typeof cell> = { ...cell };
            delete lean.grants;
            delete lean.notCounted;
            return [solution, lean];
          })
        ),
      })),
    }));
    expect(result.users).toEqual(withoutProvenance);
    expect(result.summary).toEqual(summarize(rows));
  });

  it('streams every matching row in order for the CSV', () => {
    const query = parseReportQuery({ space, sortField: 'warnings', sortOrder: 'desc' });
    expect([...queryReportRows(evaluation, query)]).toEqual(queryRows(rows, query, false).users);
  });
});

it('finds users, filters and sorts in a space with varied results', () => {
  // Guards the comparison above against a directory where every filter matches nobody.
  const evaluation = engine.evaluateSpaceCompact('default');
  const totals = SOLUTIONS.map(
    (solution) =>
      queryReport(evaluation, parseReportQuery({ solution, level: 'full' })).summary[solution].full
  );
  expect(Math.min(...totals)).toBeGreaterThan(0);
  // "Who can" and "who cannot" split the space; "Not assignable" lists exactly the summary's count.
  const query = (params: Record<string, string>) => parseReportQuery(params);
  const can = queryReport(evaluation, query({ capability: 'delete', solution: 'security' })).total;
  const cannot = queryReport(
    evaluation,
    query({ capability: 'delete', solution: 'security', capabilityMatch: 'cannot' })
  ).total;
  expect(can).toBeGreaterThan(0);
  expect(cannot).toBeGreaterThan(0);
  expect(can + cannot).toBe(evaluation.userCount);
  for (const solution of SOLUTIONS) {
    const unassignable = queryReport(evaluation, query({ notAssignable: 'true', solution }));
    expect(unassignable.total).toBe(unassignable.summary[solution].notAssignable);
  }
  const warned = queryReport(evaluation, parseReportQuery({ warning: 'role-not-readable' }));
  expect(warned.total).toBeGreaterThan(0);
  expect(warned.total).toBeLessThan(evaluation.userCount);
});

it('keeps a space’s filtered and sorted order, so the next page costs only its rows', () => {
  const evaluation = engine.evaluateSpaceCompact('space-3');
  let reads = 0;
  const counted = new Proxy(evaluation, {
    get(target, property, receiver) {
      if (property === 'levels') reads++;
      return Reflect.get(target, property, receiver);
    },
  });
  const query = (page: string) =>
    parseReportQuery({ space: 'space-3', sortField: 'level', sortOrder: 'desc', page });
  const first = queryReport(counted, query('1'));
  const afterFirst = reads;
  const second = queryReport(counted, query('2'));
  expect(afterFirst).toBeGreaterThan(0);
  expect(reads).toBe(afterFirst);
  expect(second.total).toBe(first.total);
  expect(second.users[0].username).not.toBe(first.users[0].username);
});
