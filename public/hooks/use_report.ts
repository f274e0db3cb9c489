import { useCallback, useRef, useState } from 'react';
import type { ReportQuery, ReportResponse } from '../../common/report/api';
import { fetchReport } from '../lib/api';
import { buildReportQuery } from '../lib/report_query';
import type { ReportTableState } from '../lib/report_query';
import { useServices } from '../services';
import { useRequest } from './use_request';
import type { RequestState } from './use_request';

export interface ReportState extends RequestState<ReportResponse> {
  /** Reads the directory again from Elasticsearch, bypassing the server's short-lived cache. */
  refresh: () => void;
}

/**
 * The report page for the table state; waits while `ready` is false (the active space is being looked up).
 * The first request after the page opens, and each `refresh()`, ask the server for fresh directory data
 * (`refresh=true`): an administrator who just changed a role must not see the cached answer. Paging, sorting and
 * filtering then reuse the server's cache.
 */
export function useReport(state: ReportTableState, ready: boolean): ReportState {
  const { http } = useServices();
  const [reloads, setReloads] = useState(0);
  const fresh = useRef(true);
  // Re-request only when the query itself changes, not on every new state object.
  const key = JSON.stringify(buildReportQuery(state));
  const request = useCallback(
    (signal: AbortSignal) => {
      const query = JSON.parse(key) as ReportQuery;
      if (fresh.current) {
        query.refresh = true;
        fresh.current = false;
      }
      return fetchReport(http, query, signal);
    },
    // `reloads` makes a refresh issue a new request even when the query is unchanged.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new callback is the point (see above)
    [http, key, reloads]
  );
  const refresh = useCallback(() => {
    fresh.current = true;
    setReloads((n) => n + 1);
  }, []);
  return { ...useRequest<ReportResponse>(ready ? request : undefined), refresh };
}
