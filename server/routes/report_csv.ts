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
import {
  reviewCsvFileName,
  reviewCsvHeader,
  reviewCsvRows,
  type ReviewCsvOptions,
} from '../../common/report/review_csv';
import type { SpaceEvaluation } from '../../common/engine';
import { queryReportRows } from '../lib/report_page';
import { reportQueryValidator, type ValidReportQuery } from '../lib/report_query_validation';
import type { RouteContext } from './route_context';
import { withSpace } from './with_space';

/** Users per written chunk: large enough to keep the stream cheap, small enough to start sending at once. */
const USERS_PER_CHUNK = 200;

function* csvChunks(
  evaluation: SpaceEvaluation,
  query: ValidReportQuery,
  options: ReviewCsvOptions
): Generator<string> {
  yield reviewCsvHeader();
  let chunk = '';
  let users = 0;
  for (const user of queryReportRows(evaluation, query)) {
    chunk += reviewCsvRows(user, options);
    if (++users % USERS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Whether the query narrows the space's users (the file name then says "filtered"). */
function isFiltered(query: ValidReportQuery): boolean {
  return Boolean(
    query.search ||
    query.solution ||
    query.level ||
    query.capability ||
    query.warning ||
    query.notAssignable
  );
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
        return withSpace(
          routeContext,
          { context, request, response },
          query,
          ({ engine, spaceOf }) => {
            const spaces = engine.spaces();
            // Exactly what the table shows: the filtered solution only, spaces by name.
            const options: ReviewCsvOptions = {
              spaceName: (id) => spaces.find((s) => s.id === id)?.name ?? id,
              solutions: query.solution ? [query.solution] : undefined,
            };
            const name = reviewCsvFileName(query.space, new Date(), isFiltered(query));
            return response.ok({
              body: Readable.from(csvChunks(spaceOf(query.space), query, options), {
                objectMode: false,
              }),
              headers: {
                'content-type': 'text/csv; charset=utf-8',
                'content-disposition': `attachment; filename="${name}"`,
              },
            });
          }
        );
      }
    );
}
