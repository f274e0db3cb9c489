/**
 * The report routes' query validation, called directly: the exact values a valid query becomes (defaults filled in)
 * and the exact 400 message a user reads for each mistake, naming the parameter and what it accepts.
 * (`server/routes/route_failures.test.ts` checks, through HTTP, that these messages reach the caller as a 400.)
 */
import type { RouteValidationFunction, RouteValidationResultFactory } from '@kbn/core/server';
import {
  emptyQueryValidator,
  parseReportQuery,
  parseSpaceQuery,
  reportQueryValidator,
  usernameParamsValidator,
} from './report_query_validation';

const DEFAULTS = {
  space: 'default',
  page: 1,
  perPage: 50,
  sortField: 'username',
  sortOrder: 'asc',
  capabilityMatch: 'can',
  notAssignable: false,
  refresh: false,
};

const ALLOWED =
  'space, page, perPage, sortField, sortOrder, search, solution, level, capability, capabilityMatch, ' +
  'notAssignable, warning, refresh';

/** The message of the 400 `parse` answers for `query`. */
function rejection(parse: (data: unknown) => unknown, query: unknown): string {
  try {
    parse(query);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(query)} was accepted`);
}

describe('parseReportQuery', () => {
  it('fills in the defaults for an empty or missing query', () => {
    expect(parseReportQuery({})).toEqual(DEFAULTS);
    expect(parseReportQuery(undefined)).toEqual(DEFAULTS);
    expect(parseReportQuery(null)).toEqual(DEFAULTS);
  });

  it('reads every parameter a user can set', () => {
    expect(
      parseReportQuery({
        space: 'soc-2_a',
        page: '3',
        perPage: '500',
        sortField: 'warnings',
        sortOrder: 'desc',
        search: '  Ann Smith ',
        solution: 'security',
        level: 'custom',
        capability: 'assignable',
        capabilityMatch: 'cannot',
        notAssignable: 'true',
        warning: 'no-profile',
        refresh: 'true',
      })
    ).toEqual({
      space: 'soc-2_a',
      page: 3,
      perPage: 500,
      sortField: 'warnings',
      sortOrder: 'desc',
      search: 'Ann Smith',
      solution: 'security',
      level: 'custom',
      capability: 'assignable',
      capabilityMatch: 'cannot',
      notAssignable: true,
      warning: 'no-profile',
      refresh: true,
    });
  });

  it('takes numbers and booleans as the strings they stand for', () => {
    expect(parseReportQuery({ page: 2, perPage: 1, refresh: true, notAssignable: false })).toEqual({
      ...DEFAULTS,
      page: 2,
      perPage: 1,
      refresh: true,
    });
  });

  it('treats an empty space as the default space and a blank search as none', () => {
    expect(parseReportQuery({ space: '', search: '   ' })).toEqual(DEFAULTS);
    expect(parseReportQuery({ search: 'x'.repeat(256) }).search).toHaveLength(256);
    expect(parseReportQuery({ search: ` ${'x'.repeat(256)} ` }).search).toHaveLength(256);
  });

  it('accepts a space id of 1024 characters and page numbers beyond any report', () => {
    expect(parseReportQuery({ space: 'a'.repeat(1024) }).space).toHaveLength(1024);
    expect(parseReportQuery({ page: String(Number.MAX_SAFE_INTEGER) }).page).toBe(
      Number.MAX_SAFE_INTEGER
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a repeated parameter',
      { space: ['a', 'b', 'c'] },
      '[space]: give the parameter once, not 3 times',
    ],
    ['an object', { search: { $ne: 1 } }, '[search]: expected a single value'],
    ['a page of 0', { page: '0' }, '[page]: "0" is not allowed; use a whole number 1 or more'],
    ['an empty page', { page: '' }, '[page]: "" is not allowed; use a whole number 1 or more'],
    [
      'a negative page',
      { page: '-1' },
      '[page]: "-1" is not allowed; use a whole number 1 or more',
    ],
    [
      'a page past the safe integers',
      { page: '9007199254740992' },
      '[page]: "9007199254740992" is not allowed; use a whole number 1 or more',
    ],
    [
      'a fraction',
      { perPage: '1.5' },
      '[perPage]: "1.5" is not allowed; use a whole number from 1 to 500',
    ],
    [
      'too many per page',
      { perPage: '501' },
      '[perPage]: "501" is not allowed; use a whole number from 1 to 500',
    ],
    [
      'no rows per page',
      { perPage: '0' },
      '[perPage]: "0" is not allowed; use a whole number from 1 to 500',
    ],
    [
      'a sort field it cannot sort by',
      { sortField: 'email' },
      '[sortField]: "email" is not allowed; use one of username, level, warnings',
    ],
    [
      'an upper-case order',
      { sortOrder: 'ASC' },
      '[sortOrder]: "ASC" is not allowed; use one of asc, desc',
    ],
    [
      'an unknown solution',
      { solution: 'search' },
      '[solution]: "search" is not allowed; use one of management, security, observability',
    ],
    [
      'an unknown level',
      { level: 'all' },
      '[level]: "all" is not allowed; use one of full, custom, view, none',
    ],
    [
      'an unknown capability match',
      { capabilityMatch: 'must' },
      '[capabilityMatch]: "must" is not allowed; use one of can, cannot',
    ],
    [
      'a yes for a boolean',
      { refresh: 'yes' },
      '[refresh]: "yes" is not allowed; use one of true, false',
    ],
    [
      'a 1 for a boolean',
      { notAssignable: '1' },
      '[notAssignable]: "1" is not allowed; use one of true, false',
    ],
    [
      'an upper-case space id',
      { space: 'Default' },
      '[space]: "Default" is not a space id; use lower-case letters, digits, "_" and "-"',
    ],
    [
      'a space id of 1025 characters',
      { space: 'a'.repeat(1025) },
      `[space]: "${'a'.repeat(1025)}" is not a space id; use lower-case letters, digits, "_" and "-"`,
    ],
    [
      'a search of 257 characters',
      { search: 'x'.repeat(257) },
      '[search]: use at most 256 characters',
    ],
    [
      'an unknown parameter',
      { page: '1', sort: 'level' },
      `[sort]: unknown parameter; the allowed parameters are ${ALLOWED}`,
    ],
  ])('rejects %s with a message naming the parameter', (_, query, message) => {
    expect(rejection(parseReportQuery, query)).toBe(message);
  });

  it('rejects a capability or warning it does not know, listing the ones it does', () => {
    expect(rejection(parseReportQuery, { capability: 'fly' })).toMatch(
      /^\[capability\]: "fly" is not allowed; use one of read, create, update, push, delete, .*, assignable, /
    );
    expect(rejection(parseReportQuery, { warning: 'nope' })).toMatch(
      /^\[warning\]: "nope" is not allowed; use one of public-base-url-missing, email-service-unavailable, /
    );
  });
});

describe('parseSpaceQuery (the user route)', () => {
  it('fills in the default space and reads refresh, realm and username', () => {
    expect(parseSpaceQuery(undefined)).toEqual({ space: 'default', refresh: false });
    expect(
      parseSpaceQuery({ space: 'ops', refresh: 'true', realm: 'saml1', username: '..' })
    ).toEqual({ space: 'ops', refresh: true, realm: 'saml1', username: '..' });
    expect(parseSpaceQuery({ realm: 'r'.repeat(1024) }).realm).toHaveLength(1024);
    expect(parseSpaceQuery({ username: 'u'.repeat(1024) }).username).toHaveLength(1024);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a report parameter',
      { page: '2' },
      '[page]: unknown parameter; the allowed parameters are space, refresh, realm, username',
    ],
    [
      'an empty realm',
      { realm: '' },
      '[realm]: give the realm name, 1 to 1024 characters, or leave it out',
    ],
    [
      'a realm of 1025 characters',
      { realm: 'r'.repeat(1025) },
      '[realm]: give the realm name, 1 to 1024 characters, or leave it out',
    ],
    [
      'a repeated realm',
      { realm: ['a', 'b'] },
      '[realm]: give the realm name, 1 to 1024 characters, or leave it out',
    ],
    [
      'an empty username',
      { username: '' },
      '[username]: give the user name in the query, 1 to 1024 characters',
    ],
    [
      'a username of 1025 characters',
      { username: 'u'.repeat(1025) },
      '[username]: give the user name in the query, 1 to 1024 characters',
    ],
  ])('rejects %s', (_, query, message) => {
    expect(rejection(parseSpaceQuery, query)).toBe(message);
  });
});

/** What a Kibana route validation function answers: `{ ok: value }` or `{ badRequest: message }`. */
function validate<T>(validator: RouteValidationFunction<T>, data: unknown): unknown {
  // The router's factory wraps values as `{ value }` and messages as `{ error }`; this one tells them apart plainly.
  const factory = {
    ok: (value: unknown) => ({ ok: value }),
    badRequest: (message: Error | string) => ({ badRequest: String(message) }),
  } as unknown as RouteValidationResultFactory;
  return validator(data, factory);
}

describe('the route validation functions', () => {
  it('hand a valid query on and turn a mistake into a 400 message', () => {
    expect(validate(reportQueryValidator, { perPage: '10' })).toEqual({
      ok: { ...DEFAULTS, perPage: 10 },
    });
    expect(validate(reportQueryValidator, { perPage: 'ten' })).toEqual({
      badRequest: '[perPage]: "ten" is not allowed; use a whole number from 1 to 500',
    });
  });

  it('let other errors through rather than calling them a bad request', () => {
    const query = {
      get space(): string {
        throw new TypeError('boom');
      },
    };
    expect(() => validate(reportQueryValidator, query)).toThrow('boom');
  });

  it('check the user named in the path', () => {
    expect(validate(usernameParamsValidator, undefined)).toEqual({ ok: {} });
    expect(validate(usernameParamsValidator, { username: 'ann' })).toEqual({
      ok: { username: 'ann' },
    });
    expect(validate(usernameParamsValidator, { username: '' })).toEqual({
      badRequest: '[username]: give the user name in the path, 1 to 1024 characters',
    });
    expect(validate(usernameParamsValidator, { username: 42 })).toEqual({
      badRequest: '[username]: give the user name in the path, 1 to 1024 characters',
    });
  });

  it('let /me take no parameters at all', () => {
    expect(validate(emptyQueryValidator, undefined)).toEqual({ ok: {} });
    expect(validate(emptyQueryValidator, {})).toEqual({ ok: {} });
    expect(validate(emptyQueryValidator, { space: 'ops' })).toEqual({
      badRequest: '[space]: unknown parameter; this route takes no parameters, remove it',
    });
  });
});
