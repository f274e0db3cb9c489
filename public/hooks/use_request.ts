import { useCallback, useEffect, useState } from 'react';
import { isAbortError, toRequestError } from '../lib/http_error';
import type { RequestError } from '../lib/http_error';

export interface RequestState<T> {
  /** The last successful response; kept while a newer request loads so tables do not flash. */
  data?: T;
  error?: RequestError;
  loading: boolean;
  retry: () => void;
}

/**
 * Runs `request` whenever it changes (memoise it with `useCallback`), aborting the previous one so a slow, stale
 * response never overwrites a newer one. `undefined` waits (e.g. until the active space is known).
 */
export function useRequest<T>(
  request: ((signal: AbortSignal) => Promise<T>) | undefined
): RequestState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<RequestState<T>, 'retry'>>({ loading: true });

  useEffect(() => {
    if (!request) return;
    const controller = new AbortController();
    // Marks the request this effect starts as loading (keeping the last data on screen meanwhile).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the fetch is the external system synchronised here
    setState((previous) => ({ data: previous.data, loading: true }));
    request(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState((previous) => ({
          data: previous.data,
          error: toRequestError(error),
          loading: false,
        }));
      }
    );
    return () => controller.abort();
  }, [request, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
