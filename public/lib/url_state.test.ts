import { INITIAL_TABLE_STATE } from './report_query';
import type { ReportTableState } from './report_query';
import { formatUrlState, parseUrlState } from './url_state';

const table = (overrides: Partial<ReportTableState>): ReportTableState => ({
  ...INITIAL_TABLE_STATE,
  ...overrides,
});

describe('the panel state in the URL', () => {
  it.each([
    [{}],
    [{ space: 'soc' }],
    [{ search: 'alice', solution: 'security', level: 'custom' }],
    [{ capability: 'delete', capabilityMatch: 'cannot' }],
    [{ solution: 'observability', notAssignable: true }],
    [{ warning: 'no-profile', sortField: 'warnings', sortDirection: 'desc' }],
    [{ sortField: 'security', pageIndex: 3, pageSize: 100 }],
  ] as Array<[Partial<ReportTableState>]>)('keeps %j through a reload', (overrides) => {
    const state = { table: table(overrides), user: 'bob' };
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });

  it('keeps the open user\'s realm, and only with a user', () => {
    const state = { table: INITIAL_TABLE_STATE, user: 'alice', realm: 'saml1' };
    expect(formatUrlState(state)).toBe('?user=alice&realm=saml1');
    expect(parseUrlState('?user=alice&realm=saml1')).toEqual(state);
    expect(formatUrlState({ table: INITIAL_TABLE_STATE, realm: 'saml1' })).toBe('');
    expect(parseUrlState('?realm=saml1')).toEqual({ table: INITIAL_TABLE_STATE });
  });

  it('writes nothing for the defaults and reads the defaults from an empty query', () => {
    expect(formatUrlState({ table: INITIAL_TABLE_STATE })).toBe('');
    expect(parseUrlState('')).toEqual({ table: INITIAL_TABLE_STATE });
  });

  it('ignores what it does not understand, so a hand-edited link still opens', () => {
    const { table: parsed } = parseUrlState(
      '?space=Bad%20Space&solution=nope&level=full&capability=fly&match=maybe&sort=x&page=-2&perPage=99999'
    );
    expect(parsed).toEqual(INITIAL_TABLE_STATE);
  });
});
