/** Security plugin browser contract (x-pack/platform/plugins/shared/security/public), as far as this plugin uses it. */
export interface AuthenticatedUser {
  username: string;
  full_name?: string;
  email?: string;
  roles: readonly string[];
  enabled: boolean;
  profile_uid?: string;
}

export interface SecurityPluginStart {
  authc: { getCurrentUser(): Promise<AuthenticatedUser> };
}
