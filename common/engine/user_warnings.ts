/**
 * A user's own warnings, those that hold in every space: the account or profile is disabled, a role cannot be read
 * or was disabled by the licence, a role names unknown or deprecated privileges. Two forms from the same rules:
 * the warnings of one user (with messages, for rows), and id bits with counts for every user (for compact
 * evaluation, without building a message).
 */
import type { Warning } from '../report/types';
import {
  USER_ENABLED,
  USER_HAS_PROFILE,
  USER_PROFILE_ENABLED,
  type DirectoryIndex,
  type DirectoryUser,
} from './directory';
import { messages } from './messages';
import { byWarningId } from './readiness';
import type { RoleInfo } from './roles';
import { warningBit, type StaticUserWarnings } from './space_evaluation';

// Local copies: compiled to CommonJS, each use of an imported binding is a getter call, too dear in loops.
const USER_ENABLED_STATE = USER_ENABLED;
const USER_HAS_PROFILE_STATE = USER_HAS_PROFILE;
const USER_PROFILE_ENABLED_STATE = USER_PROFILE_ENABLED;
const USER_DISABLED_BIT = warningBit('user-disabled');
const PROFILE_DISABLED_BIT = warningBit('profile-disabled');
const NOT_READABLE_BIT = warningBit('role-not-readable');
const DISABLED_BY_LICENSE_BIT = warningBit('role-disabled-by-license');
const UNKNOWN_PRIVILEGES_BIT = warningBit('unknown-privileges');
const DEPRECATED_BIT = warningBit('deprecated-feature-privileges');

export interface UserWarnings {
  /** One user's own warnings, in the order of `WARNING_IDS` (kept per user; do not change the list). */
  of: (user: DirectoryUser) => Warning[];
  /** Every user's own warnings as id bits and counts, counted as `of` builds them (computed once). */
  compact: () => StaticUserWarnings;
}

export function createUserWarnings({
  roles,
  roleInfos,
  index,
  reportableUnknown,
}: {
  /** Every role, by role number. */
  roles: readonly RoleInfo[];
  roleInfos: ReadonlyMap<string, RoleInfo>;
  index: DirectoryIndex;
  reportableUnknown: (info: RoleInfo) => string[];
}): UserWarnings {
  const kept = new WeakMap<DirectoryUser, Warning[]>();
  /** Per role: the unknown-privileges warning it causes, if any (computed once per role). */
  const roleUnknownWarning = new Map<string, Warning | undefined>();
  function unknownWarningOf(role: string): Warning | undefined {
    if (roleUnknownWarning.has(role)) return roleUnknownWarning.get(role);
    const info = roleInfos.get(role);
    const unknown = info ? reportableUnknown(info) : [];
    const warning =
      unknown.length > 0
        ? {
            id: 'unknown-privileges' as const,
            message: messages.unknownPrivilegesUser(role, unknown),
          }
        : undefined;
    roleUnknownWarning.set(role, warning);
    return warning;
  }

  function of(user: DirectoryUser): Warning[] {
    let warnings = kept.get(user);
    if (warnings) return warnings;
    warnings = [];
    if (!user.enabled) warnings.push({ id: 'user-disabled', message: messages.userDisabled() });
    if (user.profile && !user.profile.enabled) {
      warnings.push({
        id: 'profile-disabled',
        message: messages.profileDisabled(user.profile.uid),
      });
    }
    if (user.missingRoles.length > 0) {
      warnings.push({
        id: 'role-not-readable',
        message: messages.roleNotReadableUser(user.missingRoles),
      });
    }
    const disabledRoles = user.existingRoles.filter(
      (role) => roleInfos.get(role)?.disabledByLicense === true
    );
    if (disabledRoles.length > 0) {
      warnings.push({
        id: 'role-disabled-by-license',
        message: messages.roleDisabledByLicenseUser(disabledRoles),
      });
    }
    const deprecatedRoles: string[] = [];
    for (const role of user.existingRoles) {
      const unknown = unknownWarningOf(role);
      if (unknown) warnings.push(unknown);
      if ((roleInfos.get(role)?.deprecated.length ?? 0) > 0) deprecatedRoles.push(role);
    }
    if (deprecatedRoles.length > 0) {
      warnings.push({
        id: 'deprecated-feature-privileges',
        message: messages.deprecatedFeaturePrivilegesUser(deprecatedRoles),
      });
    }
    if (warnings.length > 1) warnings.sort(byWarningId);
    kept.set(user, warnings);
    return warnings;
  }

  let compactCache: StaticUserWarnings | undefined;
  function compact(): StaticUserWarnings {
    if (compactCache) return compactCache;
    const roleFlags = new Uint8Array(roles.length);
    roles.forEach((info, number) => {
      if (unknownWarningOf(info.name)) roleFlags[number] |= 1;
      if (info.deprecated.length > 0) roleFlags[number] |= 2;
      if (info.disabledByLicense) roleFlags[number] |= 4;
    });
    const bits = new Uint32Array(index.count);
    const counts = new Uint32Array(index.count);
    for (let u = 0; u < index.count; u++) {
      const state = index.state[u];
      let own = 0;
      let count = 0;
      if ((state & USER_ENABLED_STATE) === 0) {
        own |= USER_DISABLED_BIT;
        count++;
      }
      if ((state & USER_HAS_PROFILE_STATE) !== 0 && (state & USER_PROFILE_ENABLED_STATE) === 0) {
        own |= PROFILE_DISABLED_BIT;
        count++;
      }
      if (index.missingRoles.has(u)) {
        own |= NOT_READABLE_BIT;
        count++;
      }
      let deprecated = false;
      let disabledByLicense = false;
      for (let i = index.roleStart[u]; i < index.roleStart[u + 1]; i++) {
        const flags = roleFlags[index.roleIds[i]];
        if ((flags & 1) !== 0) {
          own |= UNKNOWN_PRIVILEGES_BIT;
          count++;
        }
        if ((flags & 2) !== 0) deprecated = true;
        if ((flags & 4) !== 0) disabledByLicense = true;
      }
      if (disabledByLicense) {
        own |= DISABLED_BY_LICENSE_BIT;
        count++;
      }
      if (deprecated) {
        own |= DEPRECATED_BIT;
        count++;
      }
      bits[u] = own;
      counts[u] = count;
    }
    compactCache = { bits, counts };
    return compactCache;
  }

  return { of, compact };
}
