/**
 * `POST /internal/case_access/simulate`: what a change of a user's roles, or of a role's Kibana privileges, would
 * change in a space, evaluated on the caller's cached directory for the affected users only. Nothing is saved.
 */
import type { RouteValidationFunction } from '@kbn/core/server';
import {
  API_VERSION,
  CASE_ACCESS_AUDIT_API_TAG,
  SIMULATE_ROUTE_PATH,
} from '../../common/constants';
import {
  DiffError,
  MAX_SIMULATION_BODY_BYTES,
  parseSimulationRequest,
  simulate,
  type SimulationRequest,
} from '../../common/diff';
import type { RouteContext } from './route_context';
import { withSpace } from './with_space';

const bodyValidator: RouteValidationFunction<SimulationRequest> = (body, { ok, badRequest }) => {
  try {
    return ok(parseSimulationRequest(body));
  } catch (error) {
    return badRequest(error instanceof Error ? error.message : String(error));
  }
};

export function defineSimulateRoute(routeContext: RouteContext): void {
  routeContext.deps.router.versioned
    .post({
      path: SIMULATE_ROUTE_PATH,
      access: 'internal',
      summary: "What a change of a user's roles or a role's privileges would change",
      security: { authz: { requiredPrivileges: [CASE_ACCESS_AUDIT_API_TAG] } },
      options: { body: { maxBytes: MAX_SIMULATION_BODY_BYTES, accepts: 'application/json' } },
    })
    .addVersion(
      { version: API_VERSION, validate: { request: { body: bodyValidator } } },
      async (context, request, response) => {
        const body = request.body;
        return withSpace(
          routeContext,
          { context, request, response },
          { space: body.space, refresh: false },
          ({ snapshot }) => {
            try {
              return response.ok({ body: simulate(snapshot, body) });
            } catch (error) {
              if (error instanceof DiffError) return response.badRequest({ body: error.message });
              throw error;
            }
          }
        );
      }
    );
}
