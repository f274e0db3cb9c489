/** `GET /internal/case_access/users/{username}`: one user's access in a space, with what would grant the rest. */
import { API_VERSION, CASE_ACCESS_AUDIT_API_TAG, USER_ROUTE_PATH } from '../../common/constants';
import { translate } from '../../common/i18n/translate';
import { describeGrant } from '../../common/engine';
import { SOLUTIONS } from '../../common/report/types';
import type {
  AccessLevel,
  Grant,
  Solution,
  SpaceLevels,
  UserAccess,
  UserDetail,
} from '../../common/report/types';
import { spaceQueryValidator, usernameParamsValidator } from '../lib/report_query_validation';
import type { RouteContext } from './route_context';
import { withSpace } from './with_space';

/** The user with each grant described in the role editor's words (a copy: the engine's rows stay untouched). */
function withGrantLabels(user: UserAccess, label: (grant: Grant) => Grant): UserAccess {
  return {
    ...user,
    spaces: user.spaces.map((access) => ({
      ...access,
      solutions: Object.fromEntries(
        SOLUTIONS.map((solution) => {
          const cell = access.solutions[solution];
          const grants = Object.fromEntries(
            Object.entries(cell.grants).map(([key, list]) => [key, (list ?? []).map(label)])
          );
          return [solution, { ...cell, grants }];
        })
      ) as UserAccess['spaces'][number]['solutions'],
    })),
  };
}

export function defineUserRoute(routeContext: RouteContext): void {
  routeContext.deps.router.versioned
    .get({
      // The name may be in the query instead (`.` and `..` cannot be path segments).
      path: USER_ROUTE_PATH.replace('{username}', '{username?}'),
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
        const { space, realm } = request.query;
        const fromPath = request.params.username;
        const fromQuery = request.query.username;
        if ((fromPath === undefined) === (fromQuery === undefined)) {
          return response.badRequest({
            body: translate('xpack.caseAccess.server.usernameWhereErrorMessage', {
              defaultMessage:
                '[username]: name the user either in the path or in the query (for the names . and ..), not both',
            }),
          });
        }
        const username = (fromPath ?? fromQuery) as string;
        return withSpace(
          routeContext,
          { context, request, response },
          request.query,
          ({ engine }) => {
            const detail: UserDetail | undefined = engine.explainUser(username, space, realm);
            if (!detail) {
              return response.notFound({
                body: translate('xpack.caseAccess.server.unknownUserErrorMessage', {
                  defaultMessage:
                    '[username]: there is no user "{username}"; check the spelling or refresh the report',
                  values: { username },
                }),
              });
            }
            const spaces = engine.spaces();
            const everywhere = engine.evaluateUser(
              username,
              spaces.map((s) => s.id),
              realm
            );
            const allSpaces: SpaceLevels[] = (everywhere?.spaces ?? []).map((access) => ({
              space: access.space,
              name: spaces.find((s) => s.id === access.space)?.name ?? access.space,
              levels: Object.fromEntries(
                SOLUTIONS.map((solution) => [solution, access.solutions[solution].level])
              ) as Record<Solution, AccessLevel>,
            }));
            const spaceName = (id: string) => spaces.find((s) => s.id === id)?.name ?? id;
            const label = (grant: Grant): Grant => ({
              ...grant,
              label: describeGrant(engine.catalog, grant, spaceName),
            });
            return response.ok({
              body: { ...detail, user: withGrantLabels(detail.user, label), allSpaces },
            });
          }
        );
      }
    );
}
