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
import type { UserAccess } from '../../common/report/types';
import { queryRows } from '../lib/query_report';
import { reportQueryValidator } from '../lib/report_query';
import { errorResponse } from '../lib/route_errors';
import type { RouteContext } from './route_context';
import { findSpace, unknownSpaceResponse } from './unknown_space';

/** Users per written chunk: large enough to keep the stream cheap, small enough to start sending at once. */
const USERS_PER_CHUNK = 200;

function* csvChunks(users: readonly UserAccess[]): Generator<string> {
  yield csvHeader();
  for (let start = 0; start < users.length; start += USERS_PER_CHUNK) {
    yield users
      .slice(start, start + USERS_PER_CHUNK)
      .map(csvRows)
      .join('');
  }
}

/** A file name safe in a Content-Disposition header. */
function fileName(space: string): string {
  return `case-access-${space.replace(/[^a-z0-9_-]/g, '_')}.csv`;
}

export function defineReportCsvRoute({ deps, directory, failures }: RouteContext): void {
  deps.router.versioned
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
        try {
          const { engine, rowsOf } = await directory.load(context, request, query.refresh);
          failures.recovered();
          if (!findSpace(engine, query.space)) {
            return unknownSpaceResponse(engine, query.space, response);
          }
          const { users } = queryRows(rowsOf(query.space), query, false);
          return response.ok({
            body: Readable.from(csvChunks(users), { objectMode: false }),
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="${fileName(query.space)}"`,
            },
          });
        } catch (error) {
          return errorResponse(error, response, failures);
        }
      }
    );
}
