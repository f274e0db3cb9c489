/**
 * Security plugin browser contract, as far as this plugin uses it: x-pack/platform/plugins/shared/security/public/plugin.tsx
 * (SecurityPluginStart.authc) and the AuthenticatedUser of src/core/packages/security/common. Type-only.
 */
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
