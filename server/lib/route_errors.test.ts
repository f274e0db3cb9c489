/** Failure answers say what failed in words; addresses, ports and socket text go to the log, once per outage. */
import type { KibanaResponseFactory } from '@kbn/core/server';
import { createLoggerMock } from '../test_utils/logger';
import { toDirectoryError, type DirectoryError } from './errors';
import { FailureLog, errorResponse } from './route_errors';

const response = {
  forbidden: jest.fn((options: { body: string }) => ({ status: 403, payload: options.body })),
  customError: jest.fn((options: { statusCode: number; body: string }) => ({
    status: options.statusCode,
    payload: options.body,
  })),
} as unknown as KibanaResponseFactory;

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 10.20.30.40:9200'), { name: 'ConnectionError' });

describe('failure answers', () => {
  it('keeps the address and socket text out of a 503 body', () => {
    const mapped = toDirectoryError(refused(), 'users') as DirectoryError;
    expect(mapped.statusCode).toBe(503);
    expect(mapped.message).toBe(
      'Elasticsearch is unreachable while reading users. Try again later.'
    );
    expect(mapped.message).not.toMatch(/ECONNREFUSED|10\.20|9200/);
    expect(mapped.detail).toContain('ECONNREFUSED 10.20.30.40:9200');
  });

  it('logs the details once per outage, not once per request', () => {
    const logger = createLoggerMock();
    const failures = new FailureLog(logger);
    const answers = [1, 2, 3].map(() => errorResponse(refused(), response, failures));
    expect(answers.map((answer) => JSON.stringify(answer))).toEqual(
      Array(3).fill(
        JSON.stringify({
          status: 503,
          payload: 'Elasticsearch is unreachable while reading the directory. Try again later.',
        })
      )
    );
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toContain('ECONNREFUSED 10.20.30.40:9200');
    failures.recovered();
    errorResponse(refused(), response, failures);
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });

  it('answers 502 for a body the client could not parse', () => {
    const cut = Object.assign(new Error('Unexpected end of JSON input'), {
      name: 'DeserializationError',
    });
    const mapped = toDirectoryError(cut, 'roles') as DirectoryError;
    expect([mapped.statusCode, mapped.message]).toEqual([
      502,
      'Elasticsearch sent an incomplete or unreadable answer while reading roles. Try again later.',
    ]);
  });
});
