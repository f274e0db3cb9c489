/**
 * Readiness: what is not ready in the deployment as a whole (licence, settings, roles the directory cannot count),
 * each warning with its severity, most severe first; and the one warning about a space (`hidden-not-revoked`).
 */
import { WARNING_IDS, type ReadinessWarning, type Warning, type WarningId } from '../report/types';
import type { DirectorySnapshot } from '../snapshot/types';
import type { DirectoryIndex } from './directory';
import { allowsAssignment, allowsSubFeaturePrivileges } from './license';
import { messages } from './messages';
import type { RoleInfo } from './roles';

const SEVERITY: Partial<Record<WarningId, ReadinessWarning['severity']>> = {
  'partial-directory': 'critical',
  'license-expired': 'critical',
  'license-below-gold': 'warning',
  'license-below-platinum': 'warning',
  'public-base-url-missing': 'warning',
  'email-service-unavailable': 'warning',
  'missing-role': 'warning',
  'role-not-readable': 'warning',
  'role-disabled-by-license': 'warning',
  'hidden-not-revoked': 'warning',
  'unknown-privileges': 'warning',
  'deprecated-feature-privileges': 'info',
};
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;
const WARNING_ORDER = new Map<WarningId, number>(WARNING_IDS.map((id, index) => [id, index]));

/** Warnings in the order of `WARNING_IDS`, the order every list of a user's warnings keeps. */
export function byWarningId(a: Warning, b: Warning): number {
  return (WARNING_ORDER.get(a.id) ?? 0) - (WARNING_ORDER.get(b.id) ?? 0);
}

export interface DeploymentReadinessInput {
  snapshot: DirectorySnapshot;
  /** Every role of the directory, by role number. */
  roles: readonly RoleInfo[];
  index: DirectoryIndex;
  /** The unknown privilege names of a role worth reporting (see the engine's `reportableUnknown`). */
  reportableUnknown: (info: RoleInfo) => string[];
}

/** The deployment's readiness warnings, most severe first, then in the order of `WARNING_IDS`. */
export function deploymentReadiness({
  snapshot,
  roles,
  index,
  reportableUnknown,
}: DeploymentReadinessInput): ReadinessWarning[] {
  const found: Array<{ id: WarningId; message: string; roles?: string[] }> = [];
  const { kibana, license } = snapshot;
  if (snapshot.partial && snapshot.partial.length > 0) {
    found.push({ id: 'partial-directory', message: messages.partialDirectory(snapshot.partial) });
  }
  if (license.status === 'expired') {
    found.push({ id: 'license-expired', message: messages.licenseExpired(license.type) });
  }
  if (!allowsSubFeaturePrivileges(license.type)) {
    const voided = roles.filter((info) => info.licenseVoided.length > 0).map((info) => info.name);
    found.push({
      id: 'license-below-gold',
      message: messages.licenseBelowGold(license.type, voided),
      ...(voided.length > 0 ? { roles: voided } : {}),
    });
  }
  if (!allowsAssignment(license.type)) {
    found.push({
      id: 'license-below-platinum',
      message: messages.licenseBelowPlatinum(license.type),
    });
  }
  if (kibana.buildFlavor === 'traditional' && !kibana.publicBaseUrl) {
    found.push({ id: 'public-base-url-missing', message: messages.publicBaseUrlMissing() });
  }
  if (!kibana.emailServiceAvailable) {
    found.push({ id: 'email-service-unavailable', message: messages.emailServiceUnavailable() });
  }
  const withMissingRoles = [...index.missingRoles.keys()].map((u) => index.usernames[u]);
  if (withMissingRoles.length > 0) {
    found.push({ id: 'role-not-readable', message: messages.roleNotReadable(withMissingRoles) });
  }
  const disabledRoles = roles.filter((info) => info.disabledByLicense).map((i) => i.name);
  if (disabledRoles.length > 0) {
    found.push({
      id: 'role-disabled-by-license',
      message: messages.roleDisabledByLicense(disabledRoles),
    });
  }
  // Reserved roles are Elastic's to change, not the administrator's: they are not named as theirs to fix.
  const adminRoles = roles.filter(
    (info) => snapshot.roles[info.name]?.metadata?._reserved !== true
  );
  const unknownRoles = adminRoles
    .filter((info) => reportableUnknown(info).length > 0)
    .map((i) => i.name);
  if (unknownRoles.length > 0) {
    found.push({
      id: 'unknown-privileges',
      message: messages.unknownPrivileges(unknownRoles),
      roles: unknownRoles,
    });
  }
  const deprecatedRoles = adminRoles
    .filter((info) => info.deprecated.length > 0)
    .map((i) => i.name);
  if (deprecatedRoles.length > 0) {
    found.push({
      id: 'deprecated-feature-privileges',
      message: messages.deprecatedFeaturePrivileges(deprecatedRoles),
      roles: deprecatedRoles,
    });
  }
  return found
    .map(({ id, message, roles: named }) => ({
      id,
      severity: SEVERITY[id] ?? 'warning',
      message,
      ...(named ? { roles: named } : {}),
    }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (WARNING_ORDER.get(a.id) ?? 0) - (WARNING_ORDER.get(b.id) ?? 0)
    );
}

/** A space's readiness: `hidden-not-revoked` when `users` can still reach a Cases feature the space hides. */
export function spaceReadinessWarnings(spaceName: string, users: number): ReadinessWarning[] {
  if (users === 0) return [];
  return [
    {
      id: 'hidden-not-revoked',
      severity: SEVERITY['hidden-not-revoked'] ?? 'warning',
      message: messages.hiddenNotRevokedSpace(spaceName, users),
    },
  ];
}
