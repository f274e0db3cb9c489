/**
 * Security plugin contracts, as far as this plugin uses them: x-pack/platform/plugins/shared/security/server/plugin.ts,
 * with the authorization types of x-pack/platform/packages/shared/security/plugin_types_server/src/authorization
 * (check_privileges.ts: CheckPrivilegesPayload, CheckPrivilegesResponse). Type-only.
 */
import type { AuthenticatedUser, KibanaRequest } from '@kbn/core/server';

export interface CheckPrivilegesPayload {
  kibana?: string | string[];
  elasticsearch?: {
    cluster: string[];
    index: Record<string, string[]>;
  };
}

export interface CheckPrivilegesResponse {
  hasAllRequested: boolean;
  username: string;
  privileges: {
    kibana: Array<{ resource?: string; privilege: string; authorized: boolean }>;
    elasticsearch: {
      cluster: Array<{ privilege: string; authorized: boolean }>;
      index: Record<string, Array<{ privilege: string; authorized: boolean }>>;
    };
  };
}

export interface CheckPrivilegesOptions {
  requireLoginAction?: boolean;
}

export interface CheckPrivileges {
  atSpace(
    spaceId: string,
    privileges: CheckPrivilegesPayload,
    options?: CheckPrivilegesOptions
  ): Promise<CheckPrivilegesResponse>;
  atSpaces(
    spaceIds: string[],
    privileges: CheckPrivilegesPayload,
    options?: CheckPrivilegesOptions
  ): Promise<CheckPrivilegesResponse>;
  globally(
    privileges: CheckPrivilegesPayload,
    options?: CheckPrivilegesOptions
  ): Promise<CheckPrivilegesResponse>;
}

export type CheckPrivilegesWithRequest = (request: KibanaRequest) => CheckPrivileges;

export interface Actions {
  readonly version: string;
  readonly api: { get(operation: string): string };
  readonly app: { get(appId: string): string };
  readonly cases: { get(owner: string, operation: string): string };
  readonly login: string;
  readonly savedObject: { get(type: string, operation: string): string };
  readonly ui: { get(featureId: string, ...uiCapabilityParts: string[]): string };
}

/**
 * Checks of other users' privileges through their profiles (only Kibana privileges, one space at a time):
 * x-pack/platform/packages/shared/security/plugin_types_server/src/authorization/check_privileges.ts.
 */
export interface CheckUserProfilesPrivilegesPayload {
  kibana: string[];
}

export interface CheckUserProfilesPrivilegesResponse {
  /** The requested uids whose users hold every requested privilege. */
  hasPrivilegeUids: string[];
  errors?: {
    count: number;
    details: Record<string, { type: string; reason: string }>;
  };
}

export interface CheckUserProfilesPrivileges {
  atSpace(
    spaceId: string,
    privileges: CheckUserProfilesPrivilegesPayload
  ): Promise<CheckUserProfilesPrivilegesResponse>;
}

export interface AuthorizationServiceSetup {
  actions: Actions;
  checkPrivilegesWithRequest: CheckPrivilegesWithRequest;
  /**
   * The security plugin's `authz.checkUserProfilesPrivileges(uids)`
   * (x-pack/platform/plugins/shared/security/server/authorization/authorization_service.tsx). Optional here: older
   * contracts keep it internal, and the plugin then asks Elasticsearch's `_security/profile/_has_privileges` itself.
   */
  checkUserProfilesPrivileges?: (uids: Set<string>) => CheckUserProfilesPrivileges;
  mode: { useRbacForRequest(request: KibanaRequest): boolean };
}

export interface AuthenticationServiceStart {
  getCurrentUser(request: KibanaRequest): AuthenticatedUser | null;
}

export interface SecurityPluginSetup {
  authz: AuthorizationServiceSetup;
}

export interface SecurityPluginStart {
  authc: AuthenticationServiceStart;
  authz: AuthorizationServiceSetup;
}
