/** `GET /internal/case_access/me`: the caller's own case access in every space they can see. */
import type { AuthenticatedUser } from '@kbn/core/server';
import { API_VERSION, CASE_ACCESS_READ_OWN_API_TAG, ME_ROUTE_PATH } from '../../common/constants';
import type { DirectorySnapshot } from '../../common/snapshot';
import { readKibanaSide } from '../directory/read_directory';
import { kibanaSideSources } from '../lib/directory_service';
import { authoritativeMyAccess, myAccessFromRoles } from '../lib/my_access';
import { emptyQueryValidator } from '../lib/report_query_validation';
import { errorResponse } from '../lib/route_errors';
import type { RouteContext } from './route_context';

/** With security disabled in Elasticsearch and Kibana nobody is restricted: the caller is treated as a superuser. */
const UNRESTRICTED_USER: AuthenticatedUser = {
  username: 'anonymous',
  roles: ['superuser'],
  enabled: true,
  authentication_realm: { name: '__anonymous', type: 'anonymous' },
  lookup_realm: { name: '__anonymous', type: 'anonymous' },
  authentication_provider: { type: 'anonymous', name: 'anonymous' },
  authentication_type: 'anonymous',
  elastic_cloud_user: false,
};
const UNRESTRICTED_ROLES: DirectorySnapshot['roles'] = {
  superuser: {
    cluster: ['all'],
    indices: [],
    applications: [{ application: '*', privileges: ['*'], resources: ['*'] }],
    run_as: [],
    metadata: { _reserved: true },
  },
};

export function defineMeRoute({ deps, directory, failures }: RouteContext): void {
  deps.router.versioned
    .get({
      path: ME_ROUTE_PATH,
      access: 'internal',
      summary: 'The caller’s own case access',
      security: { authz: { requiredPrivileges: [CASE_ACCESS_READ_OWN_API_TAG] } },
    })
    .addVersion(
      { version: API_VERSION, validate: { request: { query: emptyQueryValidator } } },
      async (context, request, response) => {
        try {
          const [coreStart, plugins] = await deps.getStartServices();
          const sources = kibanaSideSources(deps, coreStart, plugins, request);
          // A licence or spaces read that fails gives a partial answer saying so, as /report does.
          const { license, spaces, features, pending } = await readKibanaSide(sources);
          const snapshot: DirectorySnapshot = {
            kibana: { ...sources.kibana, spaces, ...(features ? { features } : {}) },
            license,
            users: {},
            roles: {},
            profiles: [],
            ...(pending.length > 0 ? { partial: pending } : {}),
          };
          const caller = await directory.currentUser(context, request);
          const security = plugins.security;
          if (security && caller) {
            const body = await authoritativeMyAccess(
              { user: caller, snapshot },
              security.authz.checkPrivilegesWithRequest(request),
              security.authz.actions
            );
            return response.ok({ body });
          }
          if (!caller) {
            return response.ok({
              body: myAccessFromRoles({ user: UNRESTRICTED_USER, snapshot }, UNRESTRICTED_ROLES),
            });
          }
          const roles =
            caller.roles.length === 0
              ? {}
              : await coreStart.elasticsearch.client.asInternalUser.security
                  .getRole({ name: [...caller.roles] })
                  .catch((error: { meta?: { statusCode?: number } }) => {
                    if (error?.meta?.statusCode === 404) return {};
                    throw error;
                  });
          return response.ok({ body: myAccessFromRoles({ user: caller, snapshot }, roles) });
        } catch (error) {
          return errorResponse(error, response, failures);
        }
      }
    );
}
