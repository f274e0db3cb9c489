/** Calls to the plugin's internal routes, always through Kibana's http service with the route version. */
import type { HttpFetchQuery, HttpStart } from '@kbn/core/public';
import {
  API_VERSION,
  ME_ROUTE_PATH,
  REPORT_CSV_ROUTE_PATH,
  REPORT_ROUTE_PATH,
  USER_ROUTE_PATH,
} from '../../common/constants';
import type { MeResponse, ReportQuery, ReportResponse } from '../../common/report/api';
import type { UserDetail } from '../../common/report/types';

type Http = Pick<HttpStart, 'get'>;

export function toHttpQuery(query: ReportQuery): HttpFetchQuery {
  const result: HttpFetchQuery = {};
  for (const [key, value] of Object.entries(query) as Array<[string, HttpFetchQuery[string]]>) {
    if (value !== undefined) result[key] = value;
  }
  return result;
}

export function fetchReport(http: Http, query: ReportQuery, signal?: AbortSignal) {
  return http.get<ReportResponse>(REPORT_ROUTE_PATH, {
    query: toHttpQuery(query),
    version: API_VERSION,
    signal,
  });
}

/** `.` and `..` are dot segments that URLs normalise away: those names go in the query. */
const isDotSegment = (username: string) => username === '.' || username === '..';

export function userDetailPath(username: string): string {
  if (isDotSegment(username)) return USER_ROUTE_PATH.replace('/{username}', '');
  return USER_ROUTE_PATH.replace('{username}', encodeURIComponent(username));
}

/** One user's detail; `realm` picks the user when the username is in several realms. */
export function fetchUserDetail(
  http: Http,
  username: string,
  space: string,
  realm: string | undefined,
  signal?: AbortSignal
) {
  return http.get<UserDetail>(userDetailPath(username), {
    query: {
      space,
      ...(isDotSegment(username) ? { username } : {}),
      ...(realm !== undefined ? { realm } : {}),
    },
    version: API_VERSION,
    signal,
  });
}

export function fetchMe(http: Http, signal?: AbortSignal) {
  return http.get<MeResponse>(ME_ROUTE_PATH, { version: API_VERSION, signal });
}

/** Kibana's http service returns a text body as a string and other bodies as a Blob. */
export async function fetchReportCsv(http: Http, query: ReportQuery): Promise<Blob> {
  const body = await http.get<unknown>(REPORT_CSV_ROUTE_PATH, {
    query: toHttpQuery(query),
    version: API_VERSION,
  });
  if (body instanceof Blob) return body;
  return new Blob([typeof body === 'string' ? body : String(body)], {
    type: 'text/csv;charset=utf-8',
  });
}
