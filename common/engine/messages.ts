/**
 * Every warning message of the engine: what breaks and what fixes it, in the terms of Kibana's role editor and
 * settings. All visible text goes through `translate`.
 */
import { translate } from '../i18n/translate';
import type { LicenseType } from '@kbn/features-plugin/common';

/** Lists at most a few names in a message, then "and N more". */
export function listNames(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max
    ? translate('xpack.caseAccess.engine.listMore', {
        defaultMessage: '{shown} and {count} more',
        values: { shown, count: names.length - max },
      })
    : shown;
}

export const messages = {
  publicBaseUrlMissing: () =>
    translate('xpack.caseAccess.engine.publicBaseUrlMissingMessage', {
      defaultMessage:
        'server.publicBaseUrl is not set: case assignment emails and incidents pushed to external systems will not link back to Kibana. Set server.publicBaseUrl in kibana.yml to the address users open Kibana with.',
    }),
  emailServiceUnavailable: () =>
    translate('xpack.caseAccess.engine.emailServiceUnavailableMessage', {
      defaultMessage:
        'No email service is available for notifications: users assigned to a case are not notified. Add a preconfigured email connector and name it in notifications.connectors.default.email in kibana.yml.',
    }),
  licenseBelowPlatinum: (type: LicenseType) =>
    translate('xpack.caseAccess.engine.licenseBelowPlatinumMessage', {
      defaultMessage:
        'The {type} license does not include case assignment: nobody can be assigned to a case. Upgrade to Platinum or higher.',
      values: { type },
    }),
  licenseBelowGold: (type: LicenseType, roles: readonly string[]) =>
    translate('xpack.caseAccess.engine.licenseBelowGoldMessage', {
      defaultMessage:
        'The {type} license does not include sub-feature privileges or external incident connectors: customised Cases privileges (Delete, Case settings, Re-open, ...) grant nothing{count, plural, =0 {} one { (used by role {roles})} other { (used by roles {roles})}}, and cases cannot be pushed to external systems. Upgrade to Gold or higher, or give those roles All for Cases.',
      values: { type, count: roles.length, roles: listNames(roles) },
    }),
  licenseExpired: (type: LicenseType) =>
    translate('xpack.caseAccess.engine.licenseExpiredMessage', {
      defaultMessage:
        'The {type} license has expired: assigning users to cases and pushing cases to external systems are off, as on Basic. Renew the license in Stack Management → License Management.',
      values: { type },
    }),
  deprecatedFeaturePrivileges: (roles: readonly string[]) =>
    translate('xpack.caseAccess.engine.deprecatedFeaturePrivilegesMessage', {
      defaultMessage:
        '{count, plural, one {Role {roles} uses} other {Roles {roles} use}} deprecated Cases feature privileges: they still grant access, but will be removed in a future version. Open each role in Stack Management → Roles and save it to move it to the current Cases feature.',
      values: { count: roles.length, roles: listNames(roles) },
    }),
  deprecatedFeaturePrivilegesUser: (roles: readonly string[]) =>
    translate('xpack.caseAccess.engine.deprecatedFeaturePrivilegesUserMessage', {
      defaultMessage:
        'Access comes partly from deprecated Cases privileges ({roles}). Open the role in Stack Management → Roles and save it to move it to the current Cases feature.',
      values: { roles: listNames(roles) },
    }),
  unknownPrivileges: (roles: readonly string[]) =>
    translate('xpack.caseAccess.engine.unknownPrivilegesMessage', {
      defaultMessage:
        '{count, plural, one {Role {roles} names} other {Roles {roles} name}} Kibana privileges that do not exist in this deployment: they grant nothing. Edit the roles in Stack Management → Roles and choose privileges in the editor.',
      values: { count: roles.length, roles: listNames(roles) },
    }),
  unknownPrivilegesUser: (role: string, privileges: readonly string[]) =>
    translate('xpack.caseAccess.engine.unknownPrivilegesUserMessage', {
      defaultMessage:
        'Role {role} names privileges this deployment does not know ({privileges}); they grant nothing. Edit the role in Stack Management → Roles.',
      values: { role, privileges: listNames(privileges) },
    }),
  missingRole: (users: readonly string[]) =>
    translate('xpack.caseAccess.engine.missingRoleMessage', {
      defaultMessage:
        '{count, plural, one {User {users} holds} other {Users {users} hold}} roles that do not exist: access is computed without them. Create the roles in Stack Management → Roles, or remove them from the users.',
      values: { count: users.length, users: listNames(users) },
    }),
  missingRoleUser: (roles: readonly string[]) =>
    translate('xpack.caseAccess.engine.missingRoleUserMessage', {
      defaultMessage:
        '{count, plural, one {Role {roles} does} other {Roles {roles} do}} not exist, so {count, plural, one {it grants} other {they grant}} nothing. Create {count, plural, one {it} other {them}} in Stack Management → Roles, or remove {count, plural, one {it} other {them}} from the user.',
      values: { count: roles.length, roles: listNames(roles) },
    }),
  partialDirectory: (parts: ReadonlyArray<{ part: string; reason: string }>) =>
    translate('xpack.caseAccess.engine.partialDirectoryMessage', {
      defaultMessage:
        'Part of the directory could not be read ({details}): the report may miss users, roles or profiles, and assignability may be wrong. Give the Kibana server the Elasticsearch privileges it needs (read_security, manage_user_profile) and refresh.',
      values: { details: parts.map(({ part, reason }) => `${part}: ${reason}`).join('; ') },
    }),
  noProfile: () =>
    translate('xpack.caseAccess.engine.noProfileMessage', {
      defaultMessage:
        'Has not logged in to Kibana yet, so has no user profile and cannot be assigned to cases. Ask the user to log in once.',
    }),
  profileDisabled: (uid: string) =>
    translate('xpack.caseAccess.engine.profileDisabledMessage', {
      defaultMessage:
        'The user profile is disabled, so the user cannot be assigned to cases. Enable it (POST _security/profile/{uid}/_enable) or let the user log in again.',
      values: { uid },
    }),
  userDisabled: () =>
    translate('xpack.caseAccess.engine.userDisabledMessage', {
      defaultMessage:
        'The user is disabled in Elasticsearch: they cannot log in, but while their user profile is enabled Kibana still offers them as a case assignee. Enable the user in Stack Management → Users, or disable the profile to stop assignments.',
    }),
  pushWithoutConnectors: (space: string) =>
    translate('xpack.caseAccess.engine.pushWithoutConnectorsMessage', {
      defaultMessage:
        'Can push cases but has no access to connectors, so pushing to external systems fails. Grant Management → Actions and Connectors → Read in space {space}.',
      values: { space },
    }),
  commentWithoutAlerts: (solutionLabel: string, space: string) =>
    translate('xpack.caseAccess.engine.commentWithoutAlertsMessage', {
      defaultMessage:
        'Can add comments but cannot read {solution} alerts, so cannot add alerts to cases. Grant Read for a {solution} feature with alerts (such as Alerts or Rules) in space {space}.',
      values: { solution: solutionLabel, space },
    }),
  commentWithoutStackAlerts: (space: string) =>
    translate('xpack.caseAccess.engine.commentWithoutStackAlertsMessage', {
      defaultMessage:
        'Can add comments but cannot read any alerts that Stack Management cases take, so cannot add alerts to cases. Grant Read for a feature with alerts outside Security (such as Stack Rules, Machine Learning or an Observability feature) in space {space}.',
      values: { space },
    }),
  featureDisabledInSpace: (grants: string, features: string, space: string) =>
    translate('xpack.caseAccess.engine.featureDisabledInSpaceMessage', {
      defaultMessage:
        '{grants} would grant case access, but {features} is turned off in space {space} (its feature visibility or solution view). Turn the feature on in Stack Management → Spaces → {space}, or use another space.',
      values: { grants, features, space },
    }),
  serverlessObservabilityEditor: () =>
    translate('xpack.caseAccess.engine.serverlessObservabilityEditorMessage', {
      defaultMessage:
        'On Observability projects, creating and managing cases needs the Editor role or higher, which this user does not have. Assign the Editor (or Admin) role in the project members settings.',
    }),
  assignNotCounted: (type: LicenseType) =>
    translate('xpack.caseAccess.engine.assignNotCountedMessage', {
      defaultMessage:
        'The role grants assigning users to cases, but it does not count: Kibana refuses every assignment without an active Platinum license or higher (this one is {type}).',
      values: { type },
    }),
  rolesChangedSinceLogin: (profileRead: boolean, space: string) =>
    translate('xpack.caseAccess.engine.rolesChangedSinceLoginMessage', {
      defaultMessage:
        '{profileRead, select, true {The roles stored at the last login can read cases in space {space}, but the current roles cannot: the user is still offered as an assignee until the next login.} other {The current roles can read cases in space {space}, but the roles stored at the last login cannot: the user is offered as an assignee only after the next login.}} The change applies at the next login.',
      values: { profileRead: String(profileRead), space },
    }),
  roleDisabledByLicense: (roles: readonly string[]) =>
    translate('xpack.caseAccess.engine.roleDisabledByLicenseMessage', {
      defaultMessage:
        '{count, plural, one {Role {roles} uses} other {Roles {roles} use}} document- or field-level security, which the license does not include: Elasticsearch disables {count, plural, one {it} other {them}} (transient_metadata.enabled is false) and {count, plural, one {it grants} other {they grant}} nothing. Upgrade the license, or remove the document and field restrictions from the {count, plural, one {role} other {roles}}.',
      values: { count: roles.length, roles: listNames(roles) },
    }),
  roleDisabledByLicenseUser: (roles: readonly string[]) =>
    translate('xpack.caseAccess.engine.roleDisabledByLicenseUserMessage', {
      defaultMessage:
        '{count, plural, one {Role {roles} is} other {Roles {roles} are}} disabled by Elasticsearch for the license (document- or field-level security) and grant nothing to this user.',
      values: { count: roles.length, roles: listNames(roles) },
    }),
  roleNotReadable: (users: readonly string[]) =>
    translate('xpack.caseAccess.engine.roleNotReadableMessage', {
      defaultMessage:
        '{count, plural, one {User {users} holds} other {Users {users} hold}} roles that the role API does not show: their access is not counted. Such roles may be defined in a roles file (roles.yml) on the Elasticsearch nodes or by a custom role provider; if they are defined nowhere, remove them from the users.',
      values: { count: users.length, users: listNames(users) },
    }),
  roleNotReadableUser: (roles: readonly string[]) =>
    translate('xpack.caseAccess.engine.roleNotReadableUserMessage', {
      defaultMessage:
        '{count, plural, one {Role {roles} is} other {Roles {roles} are}} not shown by the role API, so {count, plural, one {its} other {their}} access is not counted here. {count, plural, one {It} other {They}} may be defined in a roles file (roles.yml) or by a custom role provider.',
      values: { count: roles.length, roles: listNames(roles) },
    }),
  hiddenNotRevoked: (features: string, space: string) =>
    translate('xpack.caseAccess.engine.hiddenNotRevokedMessage', {
      defaultMessage:
        'Cases are hidden in space {space} ({features} turned off), but this user’s privileges still let them read or change cases there through the Cases API. Hiding a feature is not revoking it: remove the privileges from the role to revoke access.',
      values: { features, space },
    }),
  hiddenNotRevokedSpace: (space: string, users: number) =>
    translate('xpack.caseAccess.engine.hiddenNotRevokedSpaceMessage', {
      defaultMessage:
        'Space {space} hides Cases features, but {users, plural, one {# user} other {# users}} can still act on cases there through the Cases API. Hiding a feature is not revoking it: remove the privileges from the roles to revoke access.',
      values: { space, users },
    }),
  commentWithoutAlertIndex: (space: string, index: string) =>
    translate('xpack.caseAccess.engine.commentWithoutAlertIndexMessage', {
      defaultMessage:
        'Can add comments and holds a Security feature with alerts, but no role grants read on the index {index}, so Security alerts cannot be searched and added to cases in space {space}. Grant the read index privilege on {index} (or .alerts-security.alerts-*) in the role.',
      values: { space, index },
    }),
};
