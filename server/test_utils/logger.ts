import type { Logger } from '@kbn/core/server';

/** A Logger whose methods are Jest mocks; `get` returns the same logger. */
export function createLoggerMock(): jest.Mocked<Logger> {
  const logger: jest.Mocked<Logger> = {
    trace: jest.fn(),
    debug: jest.fn(),
    info: jest.fn(),
    warn: jest.fn(),
    error: jest.fn(),
    fatal: jest.fn(),
    get: jest.fn(),
  };
  logger.get.mockReturnValue(logger);
  return logger;
}
