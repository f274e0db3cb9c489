import { useCallback } from 'react';
import type { ReportQuery, ReportResponse } from '../../common/report/api';
import { fetchReport } from '../lib/api';
import { buildReportQuery } from '../lib/report_query';
import type { ReportTableState } from '../lib/report_query';
import { useServices } from '../services';
import { useRequest } from './use_request';
import type { RequestState } from './use_request';

/** The report page for the table state; waits while `ready` is false (the active space is being looked up). */
export function useReport(state: ReportTableState, ready: boolean): RequestState<ReportResponse> {
  const { http } = useServices();
  // Re-request only when the query itself changes, not on every new state object.
  const key = JSON.stringify(buildReportQuery(state));
  const request = useCallback(
    (signal: AbortSignal) => fetchReport(http, JSON.parse(key) as ReportQuery, signal),
    [http, key]
  );
  return useRequest<ReportResponse>(ready ? request : undefined);
}
