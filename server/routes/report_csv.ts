/**
 * `GET /internal/case_access/report.csv`: the report for a space as CSV, streamed. Same filters and order as
 * `/report`, without paging; cells that a spreadsheet would run as formulas are neutralised by the shared writer.
 */
import { Readable } from 'stream';
import {
  API_VERSION,
  CASE_ACCESS_AUDIT_API_TAG,
  REPORT_CSV_ROUTE_PATH,
} from '../../common/constants';
import { csvHeader, csvRows } from '../../common/report/csv';
import type { SpaceEvaluation } from '../../common/engine';
import { queryReportRows } from '../lib/report_page';
import { reportQueryValidator, type ValidReportQuery } from '../lib/report_query_validation';
import type { RouteContext } from './route_context';
import { withSpace } from './with_space';

/** Users per written chunk: large enough to keep the stream cheap, small enough to start sending at once. */
const USERS_PER_CHUNK = 200;

function* csvChunks(evaluation: SpaceEvaluation, query: ValidReportQuery): Generator<string> {
  yield csvHeader();
  let chunk = '';
  let users = 0;
  for (const user of queryReportRows(evaluation, query)) {
    chunk += csvRows(user);
    if (++users % USERS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** A file name safe in a Content-Disposition header. */
function fileName(space: string): string {
  return `case-access-${space.replace(/[^a-z0-9_-]/g, '_')}.csv`;
}

export function defineReportCsvRoute(routeContext: RouteContext): void {
  routeContext.deps.router.versioned
    .get({
      path: REPORT_CSV_ROUTE_PATH,
      access: 'internal',
      summary: "Every user's effective case access in a space, as CSV",
      security: { authz: { requiredPrivileges: [CASE_ACCESS_AUDIT_API_TAG] } },
    })
    .addVersion(
      { version: API_VERSION, validate: { request: { query: reportQueryValidator } } },
      async (context, request, response) => {
        const query = request.query;
        return withSpace(routeContext, { context, request, response }, query, ({ spaceOf }) =>
          response.ok({
            body: Readable.from(csvChunks(spaceOf(query.space), query), { objectMode: false }),
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="${fileName(query.space)}"`,
            },
          })
        );
      }
    );
}
