/** How a failure reaches the caller (status and message) and the server log (each distinct reason once). */
import type { KibanaResponseFactory, Logger } from '@kbn/core/server';
import { DirectoryError } from './errors';
import { errorResponse, FailureLog } from './route_errors';

function recordingLogger() {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) } as unknown as Logger;
  return { logger, warnings };
}

/** A response factory that returns what the route would send: status and body. */
const response = {
  forbidden: ({ body }: { body: string }) => ({ status: 403, payload: body }),
  customError: ({ statusCode, body }: { statusCode: number; body: string }) => ({
    status: statusCode,
    payload: body,
  }),
} as unknown as KibanaResponseFactory;

describe('FailureLog', () => {
  it('logs each distinct reason once until reads recover, then again', () => {
    const { logger, warnings } = recordingLogger();
    const log = new FailureLog(logger);
    log.once('Elasticsearch is down');
    log.once('Elasticsearch is down');
    log.once('Elasticsearch answered 500');
    expect(warnings).toEqual(['Elasticsearch is down', 'Elasticsearch answered 500']);
    log.recovered();
    log.once('Elasticsearch is down');
    expect(warnings).toEqual([
      'Elasticsearch is down',
      'Elasticsearch answered 500',
      'Elasticsearch is down',
    ]);
  });
});

describe('errorResponse', () => {
  it('answers 403 with the message, without logging: the caller lacks a privilege', () => {
    const { logger, warnings } = recordingLogger();
    const answer = errorResponse(
      new DirectoryError('forbidden', 403, 'you need read_security'),
      response,
      new FailureLog(logger)
    );
    expect(answer).toEqual({ status: 403, payload: 'you need read_security' });
    expect(warnings).toEqual([]);
  });

  it('answers 503 when Elasticsearch gives no answer, and logs the reason once', () => {
    const { logger, warnings } = recordingLogger();
    const failures = new FailureLog(logger);
    const error = Object.assign(new Error('connect ECONNREFUSED'), { name: 'ConnectionError' });
    const first = errorResponse(error, response, failures);
    errorResponse(error, response, failures);
    // The body says what failed in words; the socket's text goes to the log only, once.
    expect(first).toEqual({
      status: 503,
      payload: 'Elasticsearch is unreachable while reading the directory. Try again later.',
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('ECONNREFUSED');
  });

  it('answers 502 when Elasticsearch fails with another 5xx', () => {
    const { logger } = recordingLogger();
    const error = Object.assign(new Error('boom'), { meta: { statusCode: 500, body: {} } });
    expect(errorResponse(error, response, new FailureLog(logger))).toEqual({
      status: 502,
      payload: 'Elasticsearch answered 500 while reading the directory. Try again later.',
    });
  });

  it('answers 500 without internals for a bug, and logs what it was', () => {
    const { logger, warnings } = recordingLogger();
    const answer = errorResponse(new TypeError('x is undefined'), response, new FailureLog(logger));
    expect(answer).toEqual({
      status: 500,
      payload: 'Case access could not answer; the Kibana server log has the reason.',
    });
    expect(warnings).toEqual(['Case access failed: x is undefined']);
  });

  it('logs a thrown value that is not an Error as text', () => {
    const { logger, warnings } = recordingLogger();
    errorResponse('plain text', response, new FailureLog(logger));
    expect(warnings).toEqual(['Case access failed: plain text']);
  });
});
