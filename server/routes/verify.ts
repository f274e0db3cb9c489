/**
 * `GET /internal/case_access/verify`: every cell of a space's report for the users with a profile, checked by
 * Elasticsearch through the security plugin's `authz.checkUserProfilesPrivileges(uids).atSpace(space, ...)` with
 * the action strings of `authz.actions`, and each difference explained. Each `model-mismatch` is logged once at
 * warn level: it is a defect of this plugin's model to report.
 */
import type { Logger } from '@kbn/core/server';
import {
  API_VERSION,
  CASE_ACCESS_AUDIT_API_TAG,
  KIBANA_APPLICATION,
  VERIFY_ROUTE_PATH,
} from '../../common/constants';
import { translate } from '../../common/i18n/translate';
import {
  elasticsearchProfileChecker,
  kibanaProfileChecker,
  verifySpace,
  type VerifyDifference,
} from '../../common/verify';
import { spaceQueryValidator } from '../lib/report_query_validation';
import type { RouteContext } from './route_context';
import { withSpace } from './with_space';

/** Mismatches already logged; bounded so a large, broken directory cannot grow it without end. */
const MAX_LOGGED_MISMATCHES = 10_000;

export class MismatchLog {
  private readonly logged = new Set<string>();

  constructor(private readonly logger: Logger) {}

  report(space: string, difference: VerifyDifference): void {
    if (difference.reason !== 'model-mismatch') return;
    const { username, solution, capability, model, elasticsearch, actions } = difference;
    const key = JSON.stringify([space, username, solution, capability, model]);
    if (this.logged.has(key)) return;
    if (this.logged.size >= MAX_LOGGED_MISMATCHES) this.logged.clear();
    this.logged.add(key);
    this.logger.warn(
      `Case access model mismatch: user "${username}" in space "${space}", ${solution ?? 'connectors'} ` +
        `capability "${capability}": the report says ${model ? 'granted' : 'not granted'}, Elasticsearch ` +
        `says ${elasticsearch ? 'granted' : 'not granted'} for actions [${actions.join(', ')}]. ` +
        'This is a defect of the Case access plugin; please report it.'
    );
  }
}

export function defineVerifyRoute(routeContext: RouteContext): void {
  const mismatches = new MismatchLog(routeContext.deps.logger);
  routeContext.deps.router.versioned
    .get({
      path: VERIFY_ROUTE_PATH,
      access: 'internal',
      summary: "Every cell of a space's case access report, checked by Elasticsearch",
      security: { authz: { requiredPrivileges: [CASE_ACCESS_AUDIT_API_TAG] } },
    })
    .addVersion(
      { version: API_VERSION, validate: { request: { query: spaceQueryValidator } } },
      async (context, request, response) => {
        const { space } = request.query;
        return withSpace(
          routeContext,
          { context, request, response },
          request.query,
          async ({ snapshot, engine }) => {
            const [coreStart, plugins] = await routeContext.deps.getStartServices();
            const authz = plugins.security?.authz;
            if (!authz) {
              return response.badRequest({
                body: translate('xpack.caseAccess.server.verifyWithoutSecurityErrorMessage', {
                  defaultMessage:
                    'Verification needs Kibana security: enable the security plugin and Elasticsearch security.',
                }),
              });
            }
            const check = authz.checkUserProfilesPrivileges
              ? kibanaProfileChecker(authz.checkUserProfilesPrivileges, space)
              : elasticsearchProfileChecker(coreStart.elasticsearch.client.asInternalUser, {
                  application: KIBANA_APPLICATION,
                  space,
                  loginAction: authz.actions.login,
                });
            const body = await verifySpace({
              snapshot,
              engine,
              space,
              actions: authz.actions,
              check,
            });
            for (const difference of body.differences) mismatches.report(space, difference);
            return response.ok({ body });
          }
        );
      }
    );
}
