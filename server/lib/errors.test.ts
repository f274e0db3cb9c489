/**
 * How an error of the Elasticsearch client becomes what the caller reads (status and message) and what the server
 * log keeps (`detail`, `describeError`): one case per kind of failure, with the exact words.
 */
import {
  DirectoryError,
  describeError,
  forbiddenError,
  isAuthorizationError,
  statusOf,
  toDirectoryError,
  unauthenticatedError,
} from './errors';

/** An error shaped as the official client raises it. */
function esError(name: string, message: string, meta?: { statusCode?: number; body?: unknown }) {
  return Object.assign(new Error(message), { name, ...(meta ? { meta } : {}) });
}

const responseError = (statusCode: number, body: unknown, message = 'response error') =>
  esError('ResponseError', message, { statusCode, body });

function mapped(error: unknown, what = 'users') {
  const result = toDirectoryError(error, what);
  if (!(result instanceof DirectoryError)) throw new Error(`not mapped: ${String(result)}`);
  const { kind, statusCode, message, detail, name } = result;
  return { kind, statusCode, message, detail, name };
}

describe('toDirectoryError', () => {
  it('asks the caller to log in again when Elasticsearch answers 401', () => {
    expect(mapped(responseError(401, { error: { reason: 'token expired' } }))).toEqual({
      kind: 'unauthenticated',
      statusCode: 401,
      message:
        'Elasticsearch no longer accepts your credentials (the session or API key may have expired). Log in again.',
      detail: undefined,
      name: 'DirectoryError',
    });
  });

  it('names the read_security privilege when Elasticsearch answers 403', () => {
    expect(mapped(responseError(403, { error: { type: 'security_exception' } }))).toEqual({
      kind: 'forbidden',
      statusCode: 403,
      message:
        "Access denied: you need the read_security cluster privilege to audit other users' case access.",
      detail: undefined,
      name: 'DirectoryError',
    });
  });

  it.each(['ConnectionError', 'NoLivingConnectionsError', 'TimeoutError', 'RequestAbortedError'])(
    'answers 503, Elasticsearch unreachable, for a %s, and keeps the socket text for the log',
    (name) => {
      expect(
        mapped(esError(name, 'connect ECONNREFUSED 10.0.0.1:9200\n    at stack'), 'roles')
      ).toEqual({
        kind: 'unavailable',
        statusCode: 503,
        message: 'Elasticsearch is unreachable while reading roles. Try again later.',
        detail: 'connect ECONNREFUSED 10.0.0.1:9200',
        name: 'DirectoryError',
      });
    }
  );

  it('answers 502 for an answer the client could not read', () => {
    expect(
      mapped(esError('DeserializationError', 'Unexpected end of JSON input'), 'spaces')
    ).toEqual({
      kind: 'upstream',
      statusCode: 502,
      message:
        'Elasticsearch sent an incomplete or unreadable answer while reading spaces. Try again later.',
      detail: 'Unexpected end of JSON input',
      name: 'DirectoryError',
    });
  });

  it('answers 503 when Elasticsearch itself answers 503, with its reason for the log', () => {
    const error = responseError(503, {
      error: { reason: 'no master', type: 'master_not_discovered' },
    });
    expect(mapped(error, 'profiles')).toEqual({
      kind: 'unavailable',
      statusCode: 503,
      message: 'Elasticsearch answered 503 while reading profiles. Try again later.',
      detail: 'no master',
      name: 'DirectoryError',
    });
  });

  it.each([
    [500, { error: { type: 'null_pointer_exception' } }, 'null_pointer_exception'],
    [410, { error: { reason: 'api not available' } }, 'api not available'],
    [400, {}, 'response error'],
  ])('answers 502 naming the status when Elasticsearch answers %i', (status, body, detail) => {
    expect(mapped(responseError(status, body))).toEqual({
      kind: 'upstream',
      statusCode: 502,
      message: `Elasticsearch answered ${status} while reading users. Try again later.`,
      detail,
      name: 'DirectoryError',
    });
  });

  it('leaves other errors (bugs, answers below 400) as they are, and a DirectoryError untouched', () => {
    const bug = new TypeError('x is undefined');
    expect(toDirectoryError(bug, 'users')).toBe(bug);
    const redirect = responseError(302, {});
    expect(toDirectoryError(redirect, 'users')).toBe(redirect);
    const directoryError = forbiddenError();
    expect(toDirectoryError(directoryError, 'users')).toBe(directoryError);
    expect(toDirectoryError('text', 'users')).toBe('text');
  });
});

describe('the helpers the routes use', () => {
  it('statusOf reads a numeric status only', () => {
    expect(statusOf({ meta: { statusCode: 404 } })).toBe(404);
    expect(statusOf({ meta: {} })).toBeUndefined();
    expect(statusOf({})).toBeUndefined();
  });

  it('isAuthorizationError is true for 401 and 403 only', () => {
    expect(
      [401, 403, 404, 500].map((statusCode) => isAuthorizationError({ meta: { statusCode } }))
    ).toEqual([true, true, false, false]);
    expect(isAuthorizationError(new Error('x'))).toBe(false);
  });

  it('describeError gives one line: the status and Elasticsearch’s reason, type or message', () => {
    expect(describeError(responseError(500, { error: { reason: 'disk full\nmore' } }))).toBe(
      '500 disk full'
    );
    expect(describeError(responseError(500, { error: { type: 'illegal_state' } }))).toBe(
      '500 illegal_state'
    );
    expect(describeError(esError('ConnectionError', 'socket hang up'))).toBe('socket hang up');
    expect(describeError(responseError(500, { error: { reason: { nested: true } } }))).toBe(
      '500 {"nested":true}'
    );
    expect(describeError(responseError(500, { error: { reason: 'x'.repeat(400) } }))).toBe(
      `500 ${'x'.repeat(300)}`
    );
    expect(describeError({ name: 'Weird' })).toBe('Weird');
    expect(describeError({})).toBe('unknown error');
  });

  it('unauthenticatedError and forbiddenError carry their statuses', () => {
    expect([unauthenticatedError().statusCode, forbiddenError().statusCode]).toEqual([401, 403]);
  });
});
