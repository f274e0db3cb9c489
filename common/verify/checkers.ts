/**
 * The two ways to ask the authority: Kibana's security plugin (`authz.checkUserProfilesPrivileges(uids).atSpace`,
 * types in x-pack/platform/packages/shared/security/plugin_types_server/src/authorization/check_privileges.ts), or
 * Elasticsearch's `POST _security/profile/_has_privileges` directly (the CLI, and the server where the security
 * plugin does not expose the check), naming the space as Kibana names it: resource `space:<id>`.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { CheckUserProfilesPrivileges } from '@kbn/security-plugin/server';
import type { ProfileCheckAnswer, ProfilePrivilegeChecker } from './verify';

function reasons(
  errors: { details: Record<string, { type?: string; reason?: string | null }> } | undefined
): Record<string, string> | undefined {
  if (!errors) return undefined;
  const out: Record<string, string> = {};
  for (const [uid, cause] of Object.entries(errors.details)) {
    out[uid] = cause.reason ?? cause.type ?? 'unknown error';
  }
  return out;
}

export function kibanaProfileChecker(
  checkUserProfilesPrivileges: (uids: Set<string>) => CheckUserProfilesPrivileges,
  space: string
): ProfilePrivilegeChecker {
  return async (uids, actions): Promise<ProfileCheckAnswer> => {
    const result = await checkUserProfilesPrivileges(new Set(uids)).atSpace(space, {
      kibana: actions,
    });
    return { granted: result.hasPrivilegeUids, errors: reasons(result.errors) };
  };
}

export interface ProfileHasPrivilegesClient {
  security: {
    hasPrivilegesUserProfile(
      params: estypes.SecurityHasPrivilegesUserProfileRequest
    ): Promise<estypes.SecurityHasPrivilegesUserProfileResponse>;
  };
}

/**
 * As Kibana's `checkUserProfilesPrivileges` asks it (x-pack/platform/plugins/shared/security/server/authorization/
 * check_privileges.ts): the login action is always required beside the requested actions.
 */
export function elasticsearchProfileChecker(
  client: ProfileHasPrivilegesClient,
  { application, space, loginAction }: { application: string; space: string; loginAction: string }
): ProfilePrivilegeChecker {
  return async (uids, actions): Promise<ProfileCheckAnswer> => {
    const privileges = [...new Set([loginAction, ...actions])];
    const result = await client.security.hasPrivilegesUserProfile({
      uids,
      privileges: {
        application: [{ application, resources: [`space:${space}`], privileges }],
      },
    });
    return { granted: result.has_privilege_uids, errors: reasons(result.errors) };
  };
}
