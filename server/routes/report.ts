/** `GET /internal/case_access/report`: one page of every user's case access in a space, with a summary. */
import { API_VERSION, CASE_ACCESS_AUDIT_API_TAG, REPORT_ROUTE_PATH } from '../../common/constants';
import type { ReportResponse } from '../../common/report/api';
import { queryReport } from '../lib/report_page';
import { reportQueryValidator } from '../lib/report_query_validation';
import type { RouteContext } from './route_context';
import { withSpace } from './with_space';

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
            const { total, users, summary } = queryReport(spaceOf(query.space), query);
            const body: ReportResponse = {
              space: query.space,
              spaces: engine.spaces(),
              total,
              page: query.page,
              perPage: query.perPage,
              readiness: engine.readiness(),
              summary,
              users,
            };
            return response.ok({ body });
          }
        );
      }
    );
}
