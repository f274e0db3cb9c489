/** The `retry` service: Kibana's semantics (retry until success or timeout, then throw the last error). */
import type { RetryOptions, RetryService } from '@kbn/ftr-common-functional-services';

const RETRY_DELAY_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createRetryService(timeouts: { try: number; waitFor: number }): RetryService {
  async function tryForTime<T>(
    timeout: number,
    block: () => Promise<T>,
    retryDelay = RETRY_DELAY_MS
  ) {
    const deadline = Date.now() + timeout;
    let lastError: unknown;
    do {
      try {
        return await block();
      } catch (error) {
        lastError = error;
      }
      await sleep(retryDelay);
    } while (Date.now() < deadline);
    const reason = lastError instanceof Error ? lastError.message : String(lastError);
    throw new Error(`retry timed out after ${timeout}ms: ${reason}`);
  }

  async function waitForWithTimeout(
    description: string,
    timeout: number,
    block: () => Promise<boolean>
  ) {
    await tryForTime(timeout, async () => {
      if (!(await block())) throw new Error(`waiting for ${description}`);
    });
  }

  return {
    try: <T>(block: () => Promise<T>, options?: RetryOptions | (() => Promise<T>)) => {
      const opts = typeof options === 'object' ? options : {};
      return tryForTime(opts.timeout ?? timeouts.try, block, opts.retryDelay);
    },
    tryForTime: (timeout, block) => tryForTime(timeout, block),
    waitFor: (description, block) => waitForWithTimeout(description, timeouts.waitFor, block),
    waitForWithTimeout,
  };
}
