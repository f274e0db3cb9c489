/** `GET /internal/case_access/users/{username}`: one user's access in a space, with what would grant the rest. */
import { API_VERSION, CASE_ACCESS_AUDIT_API_TAG, USER_ROUTE_PATH } from '../../common/constants';
import { translate } from '../../common/i18n/translate';
import type { UserDetail } from '../../common/report/types';
import { spaceQueryValidator, usernameParamsValidator } from '../lib/report_query_validation';
import type { RouteContext } from './route_context';
import { withSpace } from './with_space';

export function defineUserRoute(routeContext: RouteContext): void {
  routeContext.deps.router.versioned
    .get({
      path: USER_ROUTE_PATH,
      access: 'internal',
      summary: "One user's case access in a space, explained",
      security: { authz: { requiredPrivileges: [CASE_ACCESS_AUDIT_API_TAG] } },
    })
    .addVersion(
      {
        version: API_VERSION,
        validate: { request: { params: usernameParamsValidator, query: spaceQueryValidator } },
      },
      async (context, request, response) => {
        const { username } = request.params;
        const { space } = request.query;
        return withSpace(
          routeContext,
          { context, request, response },
          request.query,
          ({ engine }) => {
            const detail: UserDetail | undefined = engine.explainUser(username, space);
            if (!detail) {
              return response.notFound({
                body: translate('xpack.caseAccess.server.unknownUserErrorMessage', {
                  defaultMessage:
                    '[username]: there is no user "{username}"; check the spelling or refresh the report',
                  values: { username },
                }),
              });
            }
            return response.ok({ body: detail });
          }
        );
      }
    );
}
