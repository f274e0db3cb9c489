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
    expect(result.users).toEqual(expected.users);
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
  const warned = queryReport(evaluation, parseReportQuery({ warning: 'missing-role' }));
  expect(warned.total).toBeGreaterThan(0);
  expect(warned.total).toBeLessThan(evaluation.userCount);
});
