/**
 * Titles of readiness and user warnings: what breaks, in a few words. The engine's message says why and for whom.
 * Shared by the panel and the CLI's table.
 */
import { translate } from '../i18n/translate';
import type { WarningId } from './types';

/** Partial: a warning id this build does not know yet is shown with the server's message. */
const titles: Partial<Record<WarningId, () => string>> = {
  'public-base-url-missing': () =>
    translate('xpack.caseAccess.warnings.publicBaseUrlMissingTitle', {
      defaultMessage: 'Case emails and pushed incidents will not link back to Kibana',
    }),
  'email-service-unavailable': () =>
    translate('xpack.caseAccess.warnings.emailServiceUnavailableTitle', {
      defaultMessage: 'Assignees are not notified by email',
    }),
  'license-below-platinum': () =>
    translate('xpack.caseAccess.warnings.licenseBelowPlatinumTitle', {
      defaultMessage: 'Users cannot be assigned to cases on this license',
    }),
  'license-below-gold': () =>
    translate('xpack.caseAccess.warnings.licenseBelowGoldTitle', {
      defaultMessage:
        'Sub-feature privileges and external connectors are unavailable on this license',
    }),
  'license-expired': () =>
    translate('xpack.caseAccess.warnings.licenseExpiredTitle', {
      defaultMessage: 'The license has expired',
    }),
  'deprecated-feature-privileges': () =>
    translate('xpack.caseAccess.warnings.deprecatedFeaturePrivilegesTitle', {
      defaultMessage: 'Roles use deprecated Cases privileges',
    }),
  'unknown-privileges': () =>
    translate('xpack.caseAccess.warnings.unknownPrivilegesTitle', {
      defaultMessage: 'Roles name features or privileges that do not exist',
    }),
  'missing-role': () =>
    translate('xpack.caseAccess.warnings.missingRoleTitle', {
      defaultMessage: 'Users hold roles that do not exist',
    }),
  'no-profile': () =>
    translate('xpack.caseAccess.warnings.noProfileTitle', {
      defaultMessage: 'Cannot be assigned until the first login',
    }),
  'profile-disabled': () =>
    translate('xpack.caseAccess.warnings.profileDisabledTitle', {
      defaultMessage: 'User profile disabled',
    }),
  'user-disabled': () =>
    translate('xpack.caseAccess.warnings.userDisabledTitle', { defaultMessage: 'User disabled' }),
  'push-without-connectors': () =>
    translate('xpack.caseAccess.warnings.pushWithoutConnectorsTitle', {
      defaultMessage: 'Cannot push to external systems: no Connectors access',
    }),
  'comment-without-alerts': () =>
    translate('xpack.caseAccess.warnings.commentWithoutAlertsTitle', {
      defaultMessage: 'Cannot add alerts to cases: no access to alerts',
    }),
  'feature-disabled-in-space': () =>
    translate('xpack.caseAccess.warnings.featureDisabledInSpaceTitle', {
      defaultMessage: 'Privileges voided by a feature disabled in the space',
    }),
  'serverless-observability-editor': () =>
    translate('xpack.caseAccess.warnings.serverlessObservabilityEditorTitle', {
      defaultMessage: 'Observability cases need the Editor role or higher',
    }),
  'partial-directory': () =>
    translate('xpack.caseAccess.warnings.partialDirectoryTitle', {
      defaultMessage: 'Part of the directory could not be read',
    }),
  'roles-changed-since-login': () =>
    translate('xpack.caseAccess.warnings.rolesChangedSinceLoginTitle', {
      defaultMessage: 'Roles changed since the last login: assignment follows at the next login',
    }),
  'hidden-not-revoked': () =>
    translate('xpack.caseAccess.warnings.hiddenNotRevokedTitle', {
      defaultMessage: 'Cases hidden in the space but still reachable through the API',
    }),
  'role-disabled-by-license': () =>
    translate('xpack.caseAccess.warnings.roleDisabledByLicenseTitle', {
      defaultMessage: 'Roles disabled by Elasticsearch for the license grant nothing',
    }),
  'role-not-readable': () =>
    translate('xpack.caseAccess.warnings.roleNotReadableTitle', {
      defaultMessage: 'Roles the role API does not show are not counted',
    }),
};

/** The title of a warning; for an id without one, the first sentence of the server's message, else the id. */
export function warningTitle(id: WarningId, message?: string): string {
  const title = titles[id];
  if (title) return title();
  const sentence = message?.split(/(?<=\.)\s/)[0];
  return sentence || id;
}
