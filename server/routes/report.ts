/** `GET /internal/case_access/report`: one page of every user's case access in a space, with a summary. */
import { API_VERSION, CASE_ACCESS_AUDIT_API_TAG, REPORT_ROUTE_PATH } from '../../common/constants';
import type { ReportResponse } from '../../common/report/api';
import type { SpaceEvaluation } from '../../common/engine';
import { queryReport } from '../lib/report_page';
import { reportQueryValidator } from '../lib/report_query_validation';
import type { RouteContext } from './route_context';
import { withSpace } from './with_space';

/**
 * Pages kept per space evaluation, already serialised and encoded: a page asked again costs its bytes, nothing else
 * (no string to measure and encode as UTF-8 on every answer).
 */
const PAGES_PER_SPACE = 16;
const pages = new WeakMap<SpaceEvaluation, Map<string, Buffer>>();

function keptPage(evaluation: SpaceEvaluation, key: string, render: () => string): Buffer {
  let kept = pages.get(evaluation);
  if (!kept) pages.set(evaluation, (kept = new Map<string, Buffer>()));
  let page = kept.get(key);
  if (page === undefined) {
    page = Buffer.from(render(), 'utf8');
    kept.set(key, page);
    if (kept.size > PAGES_PER_SPACE) kept.delete(kept.keys().next().value as string);
  }
  return page;
}

export function defineReportRoute(routeContext: RouteContext): void {
  routeContext.deps.router.versioned
    .get({
      path: REPORT_ROUTE_PATH,
      access: 'internal',
      summary: "Every user's effective case access in a space",
      security: { authz: { requiredPrivileges: [CASE_ACCESS_AUDIT_API_TAG] } },
    })
    .addVersion(
      { version: API_VERSION, validate: { request: { query: reportQueryValidator } } },
      async (context, request, response) => {
        const query = request.query;
        return withSpace(
          routeContext,
          { context, request, response },
          query,
          ({ engine, spaceOf }) => {
            const evaluation = spaceOf(query.space);
            // The page depends only on the cached directory and the query (refresh aside).
            const bytes = keptPage(evaluation, JSON.stringify({ ...query, refresh: false }), () => {
              const { total, users, summary } = queryReport(evaluation, query);
              const body: ReportResponse = {
                space: query.space,
                spaces: engine.spaces(),
                total,
                page: query.page,
                perPage: query.perPage,
                readiness: [...engine.readiness(), ...engine.spaceReadiness(query.space)],
                summary,
                users,
              };
              return JSON.stringify(body);
            });
            return response.ok({
              body: bytes,
              headers: { 'content-type': 'application/json; charset=utf-8' },
            });
          }
        );
      }
    );
}
