/**
 * `GET /internal/case_access/snapshot`: the directory as the caller may see it (read now, with their credentials),
 * in the snapshot format, stamped with `takenAt`; the panel saves it for the next access review.
 */
import type { RouteValidationFunction } from '@kbn/core/server';
import {
  API_VERSION,
  CASE_ACCESS_AUDIT_API_TAG,
  SNAPSHOT_ROUTE_PATH,
} from '../../common/constants';
import { errorResponse } from '../lib/route_errors';
import { exportSnapshot } from '../lib/snapshot_export';
import type { RouteContext } from './route_context';

/** No query: a snapshot is always read fresh, so an access review never keeps a copy up to 30 s old. */
const noQuery: RouteValidationFunction<Record<string, never>> = (query, { ok, badRequest }) => {
  const names = Object.keys((query ?? {}) as object);
  return names.length === 0 ? ok({}) : badRequest(`[${names[0]}]: this route takes no parameters`);
};

export function defineSnapshotRoute(routeContext: RouteContext): void {
  routeContext.deps.router.versioned
    .get({
      path: SNAPSHOT_ROUTE_PATH,
      access: 'internal',
      summary: 'The directory as the caller may see it, as a snapshot for later comparison',
      security: { authz: { requiredPrivileges: [CASE_ACCESS_AUDIT_API_TAG] } },
    })
    .addVersion(
      { version: API_VERSION, validate: { request: { query: noQuery } } },
      async (context, request, response) => {
        const { directory, failures } = routeContext;
        try {
          const takenAt = new Date();
          // Fresh: the caller's read_security is checked and the directory read with their credentials, by a read that
          // starts now (not a throttled refresh), so takenAt never predates a change made just before.
          const entry = await directory.load(context, request, 'now');
          failures.recovered();
          return response.ok({
            body: exportSnapshot(entry.snapshot, takenAt),
            headers: { 'cache-control': 'no-store' },
          });
        } catch (error) {
          return errorResponse(error, response, failures);
        }
      }
    );
}
