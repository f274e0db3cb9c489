/**
 * `checkPrivilegesWithRequest` as Kibana's security plugin implements it: one `_has_privileges` call as the
 * caller, for Kibana actions at `space:<id>` (or `*` globally), with the login action required by default. As in
 * Kibana, the answer names each space by its id (no resource for a global check), and each entry says whether
 * Elasticsearch granted that privilege; a refused login only makes `hasAllRequested` false.
 */
import type { Client } from '@elastic/elasticsearch';
import type { KibanaRequest } from '@kbn/core/server';
import type {
  Actions,
  CheckPrivileges,
  CheckPrivilegesPayload,
  CheckPrivilegesResponse,
  CheckPrivilegesWithRequest,
} from '@kbn/security-plugin/server';

export interface CheckPrivilegesDeps {
  application: string;
  actions: Actions;
  /** The unscoped Elasticsearch client; each check passes the caller's credentials with the call. */
  client: Client;
  /** The `authorization` header of the caller of `request`; undefined when unauthenticated. */
  authorizationOf: (request: KibanaRequest) => string | undefined;
}

const spaceResource = (spaceId: string) => ({ resource: `space:${spaceId}`, spaceId });

export function createCheckPrivilegesWithRequest({
  application,
  actions,
  client,
  authorizationOf,
}: CheckPrivilegesDeps): CheckPrivilegesWithRequest {
  return (request) => {
    const check = async (
      resources: Array<{ resource: string; spaceId?: string }>,
      { kibana = [], elasticsearch }: CheckPrivilegesPayload,
      requireLoginAction = true
    ): Promise<CheckPrivilegesResponse> => {
      const requested = Array.isArray(kibana) ? kibana : [kibana];
      const privileges = [
        ...new Set(requireLoginAction ? [actions.login, ...requested] : requested),
      ];
      const authorization = authorizationOf(request);
      const response = await client.security.hasPrivileges(
        {
          application: [
            { application, resources: resources.map(({ resource }) => resource), privileges },
          ],
          cluster: elasticsearch?.cluster,
          index: Object.entries(elasticsearch?.index ?? {}).map(([names, privs]) => ({
            names: [names],
            privileges: privs,
          })),
        },
        authorization ? { headers: { authorization } } : undefined
      );
      const byResource = response.application?.[application] ?? {};
      const kibanaResults: CheckPrivilegesResponse['privileges']['kibana'] = [];
      let hasAll = true;
      for (const { resource, spaceId } of resources) {
        const results = byResource[resource] ?? {};
        const loggedIn = !requireLoginAction || results[actions.login] === true;
        for (const privilege of requested) {
          const authorized = results[privilege] === true;
          hasAll &&= authorized;
          kibanaResults.push({ resource: spaceId, privilege, authorized });
        }
        hasAll &&= loggedIn;
      }
      const cluster = Object.entries(response.cluster ?? {}).map(([privilege, authorized]) => ({
        privilege,
        authorized,
      }));
      const index: CheckPrivilegesResponse['privileges']['elasticsearch']['index'] = {};
      for (const [name, privs] of Object.entries(response.index ?? {})) {
        index[name] = Object.entries(privs).map(([privilege, authorized]) => ({
          privilege,
          authorized,
        }));
      }
      return {
        hasAllRequested: hasAll && response.has_all_requested !== false ? hasAll : false,
        username: response.username,
        privileges: { kibana: kibanaResults, elasticsearch: { cluster, index } },
      };
    };
    const checker: CheckPrivileges = {
      atSpace: (spaceId, payload, options) =>
        check([spaceResource(spaceId)], payload, options?.requireLoginAction ?? true),
      atSpaces: (spaceIds, payload, options) =>
        check(spaceIds.map(spaceResource), payload, options?.requireLoginAction ?? true),
      globally: (payload, options) =>
        check([{ resource: '*' }], payload, options?.requireLoginAction ?? true),
    };
    return checker;
  };
}
