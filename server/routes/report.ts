/** `GET /internal/case_access/report`: one page of every user's case access in a space, with a summary. */
import { API_VERSION, CASE_ACCESS_AUDIT_API_TAG, REPORT_ROUTE_PATH } from '../../common/constants';
import type { ReportResponse } from '../../common/report/api';
import { queryRows, summarize } from '../lib/query_report';
import { reportQueryValidator } from '../lib/report_query';
import { errorResponse } from '../lib/route_errors';
import type { RouteContext } from './route_context';
import { findSpace, unknownSpaceResponse } from './unknown_space';

export function defineReportRoute({ deps, directory, failures }: RouteContext): void {
  deps.router.versioned
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
        try {
          const { engine, rowsOf } = await directory.load(context, request, query.refresh);
          failures.recovered();
          if (!findSpace(engine, query.space)) {
            return unknownSpaceResponse(engine, query.space, response);
          }
          const rows = rowsOf(query.space);
          const { total, users } = queryRows(rows, query);
          const body: ReportResponse = {
            space: query.space,
            spaces: engine.spaces(),
            total,
            page: query.page,
            perPage: query.perPage,
            readiness: engine.readiness(),
            summary: summarize(rows),
            users,
          };
          return response.ok({ body });
        } catch (error) {
          return errorResponse(error, response, failures);
        }
      }
    );
}
