import {
  applyFilterChange,
  buildCsvQuery,
  buildReportQuery,
  INITIAL_TABLE_STATE,
} from './report_query';
import type { ReportTableState } from './report_query';

const state = (overrides: Partial<ReportTableState>): ReportTableState => ({
  ...INITIAL_TABLE_STATE,
  ...overrides,
});

describe('buildReportQuery', () => {
  it.each([
    [
      'first page, sorted by user name',
      state({}),
      { page: 1, perPage: 50, sortField: 'username', sortOrder: 'asc' },
    ],
    [
      'third page of 25, newest warnings first, in a space',
      state({
        pageIndex: 2,
        pageSize: 25,
        sortField: 'warnings',
        sortDirection: 'desc',
        space: 'soc',
      }),
      { page: 3, perPage: 25, sortField: 'warnings', sortOrder: 'desc', space: 'soc' },
    ],
    [
      'sorting by a solution column sorts by level in that solution',
      state({ sortField: 'security', solution: 'security' }),
      { page: 1, perPage: 50, sortField: 'level', sortOrder: 'asc', solution: 'security' },
    ],
    [
      'trimmed search, solution with level, capability and warning',
      state({
        search: '  ali ',
        solution: 'observability',
        level: 'view',
        capability: 'assignable',
        warning: 'no-profile',
      }),
      {
        page: 1,
        perPage: 50,
        sortField: 'username',
        sortOrder: 'asc',
        search: 'ali',
        solution: 'observability',
        level: 'view',
        capability: 'assignable',
        warning: 'no-profile',
      },
    ],
    [
      'a level without a solution is not sent',
      state({ level: 'full', search: '   ' }),
      { page: 1, perPage: 50, sortField: 'username', sortOrder: 'asc' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(buildReportQuery(input)).toEqual(expected);
  });

  it('leaves paging out of the CSV query but keeps filters and order', () => {
    expect(buildCsvQuery(state({ pageIndex: 4, search: 'bob', sortDirection: 'desc' }))).toEqual({
      sortField: 'username',
      sortOrder: 'desc',
      search: 'bob',
    });
  });
});

describe('applyFilterChange', () => {
  it('goes back to the first page', () => {
    expect(applyFilterChange(state({ pageIndex: 3 }), { warning: 'no-profile' }).pageIndex).toBe(0);
  });

  it('drops the level when the solution is cleared', () => {
    const next = applyFilterChange(state({ solution: 'security', level: 'full' }), {
      solution: undefined,
    });
    expect(next.level).toBeUndefined();
  });

  it('falls back to sorting by user name when the sorted solution column is filtered away', () => {
    const next = applyFilterChange(
      state({ solution: 'security', sortField: 'security', sortDirection: 'desc' }),
      { solution: 'management' }
    );
    expect(next).toMatchObject({ sortField: 'username', sortDirection: 'asc' });
  });
});
