/**
 * Every visible string of the panel, through `translate` with ids `xpack.caseAccess.<area>.<thing><Kind>`.
 * Functions, not constants, so the translator Kibana hands over at start applies.
 */
import { translate } from '../common/i18n/translate';
import type { AccessLevel, ConnectorsAccess, Severity, Solution } from '../common/report/types';

export const appTexts = {
  title: () => translate('xpack.caseAccess.app.pageTitle', { defaultMessage: 'Case access' }),
  description: () =>
    translate('xpack.caseAccess.app.pageDescription', {
      defaultMessage:
        "Each user's effective access to cases in a space, where it comes from, and what is not ready yet.",
    }),
  refresh: () => translate('xpack.caseAccess.app.refreshButtonText', { defaultMessage: 'Refresh' }),
  exportCsv: () =>
    translate('xpack.caseAccess.app.exportCsvButtonText', { defaultMessage: 'Export CSV' }),
  exportFailed: () =>
    translate('xpack.caseAccess.app.exportFailedErrorMessage', {
      defaultMessage: 'Could not export the report',
    }),
  readinessTitle: () =>
    translate('xpack.caseAccess.app.readinessRegionLabel', { defaultMessage: 'Readiness' }),
  viewingSpace: (space: string) =>
    translate('xpack.caseAccess.app.viewingSpaceDescription', {
      defaultMessage: 'Viewing space: {space}',
      values: { space },
    }),
  help: () =>
    translate('xpack.caseAccess.app.helpButtonText', {
      defaultMessage: 'How access is computed',
    }),
  clearFilters: () =>
    translate('xpack.caseAccess.app.clearFiltersButtonText', { defaultMessage: 'Clear filters' }),
};

export const readinessTexts = {
  summary: (count: number, bySeverity: string) =>
    translate('xpack.caseAccess.readiness.summaryTitle', {
      defaultMessage:
        '{count, plural, one {# thing is} other {# things are}} not ready: {bySeverity}',
      values: { count, bySeverity },
    }),
  count: (severity: Severity, count: number) => {
    switch (severity) {
      case 'critical':
        return translate('xpack.caseAccess.readiness.criticalCountLabel', {
          defaultMessage: '{count} critical',
          values: { count },
        });
      case 'warning':
        return translate('xpack.caseAccess.readiness.warningCountLabel', {
          defaultMessage: '{count, plural, one {# warning} other {# warnings}}',
          values: { count },
        });
      case 'info':
        return translate('xpack.caseAccess.readiness.infoCountLabel', {
          defaultMessage: '{count, plural, one {# notice} other {# notices}}',
          values: { count },
        });
    }
  },
  severity: (severity: Severity) => {
    switch (severity) {
      case 'critical':
        return translate('xpack.caseAccess.readiness.criticalLabel', {
          defaultMessage: 'critical',
        });
      case 'warning':
        return translate('xpack.caseAccess.readiness.warningLabel', { defaultMessage: 'warning' });
      case 'info':
        return translate('xpack.caseAccess.readiness.infoLabel', { defaultMessage: 'notice' });
    }
  },
  show: () =>
    translate('xpack.caseAccess.readiness.showButtonText', { defaultMessage: 'Show details' }),
  hide: () =>
    translate('xpack.caseAccess.readiness.hideButtonText', { defaultMessage: 'Hide details' }),
  listLabel: () =>
    translate('xpack.caseAccess.readiness.listAriaLabel', {
      defaultMessage: 'What is not ready and where to fix it',
    }),
  editRole: (role: string) =>
    translate('xpack.caseAccess.readiness.editRoleLinkText', {
      defaultMessage: 'Edit role {role}',
      values: { role },
    }),
};

export const stateTexts = {
  loading: () =>
    translate('xpack.caseAccess.states.loadingLabel', { defaultMessage: 'Loading case access' }),
  empty: () =>
    translate('xpack.caseAccess.states.emptyDescription', {
      defaultMessage: 'No users match the search and filters.',
    }),
  errorTitle: () =>
    translate('xpack.caseAccess.states.errorTitle', {
      defaultMessage: 'Could not load case access',
    }),
  retry: () => translate('xpack.caseAccess.states.retryButtonText', { defaultMessage: 'Retry' }),
  forbiddenTitle: () =>
    translate('xpack.caseAccess.states.forbiddenTitle', {
      defaultMessage: 'You need permission to see case access',
    }),
  forbiddenDescription: () =>
    translate('xpack.caseAccess.states.forbiddenDescription', {
      defaultMessage:
        'Case access is granted by the "Case access" feature privilege: All shows every user\'s access, Read shows your own. Ask an administrator to add it to one of your roles.',
    }),
};

export const spaceTexts = {
  label: () => translate('xpack.caseAccess.space.selectLabel', { defaultMessage: 'Space' }),
};

export const summaryTexts = {
  title: () =>
    translate('xpack.caseAccess.summary.regionTitle', { defaultMessage: 'Users per access level' }),
  notAssignable: () =>
    translate('xpack.caseAccess.summary.notAssignableLabel', {
      defaultMessage: 'Not assignable yet',
    }),
  filterNotAssignable: (solution: string) =>
    translate('xpack.caseAccess.summary.filterNotAssignableAriaLabel', {
      defaultMessage: 'Show users who can view cases in {solution} but cannot be assigned yet',
      values: { solution },
    }),
  filterBy: (solution: string, level: string) =>
    translate('xpack.caseAccess.summary.filterByAriaLabel', {
      defaultMessage: 'Show users with {level} access in {solution}',
      values: { solution, level },
    }),
};

export const filterTexts = {
  search: () =>
    translate('xpack.caseAccess.filters.searchPlaceholder', {
      defaultMessage: 'Search by user name, full name or email',
    }),
  searchLabel: () =>
    translate('xpack.caseAccess.filters.searchAriaLabel', { defaultMessage: 'Search users' }),
  solution: () =>
    translate('xpack.caseAccess.filters.solutionLabel', { defaultMessage: 'Solution' }),
  level: () => translate('xpack.caseAccess.filters.levelLabel', { defaultMessage: 'Access' }),
  levelNeedsSolution: () =>
    translate('xpack.caseAccess.filters.levelNeedsSolutionDescription', {
      defaultMessage: 'Choose a solution to filter by access level.',
    }),
  warning: () => translate('xpack.caseAccess.filters.warningLabel', { defaultMessage: 'Warning' }),
  capability: () =>
    translate('xpack.caseAccess.filters.capabilityLabel', { defaultMessage: 'Capability' }),
  match: () =>
    translate('xpack.caseAccess.filters.matchLegend', { defaultMessage: 'Who can or cannot' }),
  can: () => translate('xpack.caseAccess.filters.canButtonText', { defaultMessage: 'Who can' }),
  cannot: () =>
    translate('xpack.caseAccess.filters.cannotButtonText', { defaultMessage: 'Who cannot' }),
  notAssignable: (solution?: string) =>
    solution
      ? translate('xpack.caseAccess.filters.notAssignableInSolutionLabel', {
          defaultMessage: 'Not assignable yet in {solution}',
          values: { solution },
        })
      : translate('xpack.caseAccess.filters.notAssignableLabel', {
          defaultMessage: 'Not assignable yet',
        }),
  removeNotAssignable: () =>
    translate('xpack.caseAccess.filters.removeNotAssignableAriaLabel', {
      defaultMessage: 'Remove the "Not assignable yet" filter',
    }),
  any: () => translate('xpack.caseAccess.filters.anyOptionLabel', { defaultMessage: 'Any' }),
};

export const tableTexts = {
  caption: (space: string) =>
    translate('xpack.caseAccess.table.captionLabel', {
      defaultMessage: 'Users and their access to cases in space {space}',
      values: { space },
    }),
  user: () => translate('xpack.caseAccess.table.userColumnTitle', { defaultMessage: 'User' }),
  assignable: () =>
    translate('xpack.caseAccess.table.assignableColumnTitle', { defaultMessage: 'Assignable' }),
  addAlerts: () =>
    translate('xpack.caseAccess.table.addAlertsColumnTitle', { defaultMessage: 'Add alerts' }),
  push: () =>
    translate('xpack.caseAccess.table.pushColumnTitle', {
      defaultMessage: 'Push to external systems',
    }),
  connectors: () =>
    translate('xpack.caseAccess.table.connectorsColumnTitle', { defaultMessage: 'Connectors' }),
  warnings: () =>
    translate('xpack.caseAccess.table.warningsColumnTitle', { defaultMessage: 'Warnings' }),
  rowNoReason: (column: string, reason: string) =>
    translate('xpack.caseAccess.table.rowNoReasonDescription', {
      defaultMessage: '{column} — No: {reason}',
      values: { column, reason },
    }),
  anySolutionHint: (solutions: string) =>
    translate('xpack.caseAccess.table.anySolutionDescription', {
      defaultMessage: 'In: {solutions}',
      values: { solutions },
    }),
  noProfile: () =>
    translate('xpack.caseAccess.table.noProfileLabel', { defaultMessage: 'No profile yet' }),
  profileActive: () =>
    translate('xpack.caseAccess.table.profileActiveLabel', { defaultMessage: 'Profile active' }),
  profileDisabled: () =>
    translate('xpack.caseAccess.table.profileDisabledLabel', {
      defaultMessage: 'Profile disabled',
    }),
  userDisabled: () =>
    translate('xpack.caseAccess.table.userDisabledLabel', { defaultMessage: 'User disabled' }),
  showDetails: (username: string) =>
    translate('xpack.caseAccess.table.showDetailsAriaLabel', {
      defaultMessage: 'Show case access of {username}',
      values: { username },
    }),
};

export const flyoutTexts = {
  title: (username: string) =>
    translate('xpack.caseAccess.flyout.title', {
      defaultMessage: 'Case access of {username}',
      values: { username },
    }),
  inSpace: (space: string) =>
    translate('xpack.caseAccess.flyout.spaceDescription', {
      defaultMessage: 'In space {space}',
      values: { space },
    }),
  close: () => translate('xpack.caseAccess.flyout.closeButtonText', { defaultMessage: 'Close' }),
  capability: () =>
    translate('xpack.caseAccess.flyout.capabilityColumnTitle', { defaultMessage: 'Capability' }),
  status: () =>
    translate('xpack.caseAccess.flyout.statusColumnTitle', { defaultMessage: 'Status' }),
  source: () =>
    translate('xpack.caseAccess.flyout.sourceColumnTitle', {
      defaultMessage: 'Granted by / would be granted by',
    }),
  granted: () => translate('xpack.caseAccess.flyout.grantedLabel', { defaultMessage: 'Granted' }),
  notGranted: () =>
    translate('xpack.caseAccess.flyout.notGrantedLabel', { defaultMessage: 'Not granted' }),
  grant: (role: string, privilege: string, resource: string) =>
    translate('xpack.caseAccess.flyout.grantDescription', {
      defaultMessage: 'Role {role}: {privilege} at {resource}',
      values: { role, privilege, resource },
    }),
  missing: (label: string) =>
    translate('xpack.caseAccess.flyout.missingDescription', {
      defaultMessage: 'Add {label}',
      values: { label },
    }),
  noSuggestion: (solution: string) =>
    translate('xpack.caseAccess.flyout.noSuggestionDescription', {
      defaultMessage:
        '{solution} Cases is turned off in this space, or this license does not offer it',
      values: { solution },
    }),
  rawPrivilege: (privilege: string, resource: string) =>
    translate('xpack.caseAccess.flyout.rawPrivilegeDescription', {
      defaultMessage: 'Elasticsearch privilege {privilege} at {resource}',
      values: { privilege, resource },
    }),
  rawPrivilegeLabel: () =>
    translate('xpack.caseAccess.flyout.rawPrivilegeAriaLabel', {
      defaultMessage: 'Show the raw privilege',
    }),
  headlineFull: (solution: string) =>
    translate('xpack.caseAccess.flyout.headlineFullDescription', {
      defaultMessage: 'Full access to {solution} cases: nothing is missing.',
      values: { solution },
    }),
  headlineMissing: (level: string, missing: string) =>
    translate('xpack.caseAccess.flyout.headlineMissingDescription', {
      defaultMessage: '{level}. Missing: {missing}.',
      values: { level, missing },
    }),
  headlineNone: (solution: string) =>
    translate('xpack.caseAccess.flyout.headlineNoneDescription', {
      defaultMessage: 'No access: cannot view {solution} cases.',
      values: { solution },
    }),
  changeResave: (roles: string) =>
    translate('xpack.caseAccess.flyout.changeResaveDescription', {
      defaultMessage:
        'To fix: re-save role {roles} in Stack Management → Roles. It holds deprecated Cases privileges that Kibana moves to the current feature on save.',
      values: { roles },
    }),
  changeAdd: (privileges: string, role: string) =>
    translate('xpack.caseAccess.flyout.changeAddDescription', {
      defaultMessage: 'Smallest change: add {privileges} to role {role}.',
      values: { privileges, role },
    }),
  changeAddAnyRole: (privileges: string) =>
    translate('xpack.caseAccess.flyout.changeAddAnyRoleDescription', {
      defaultMessage: 'Smallest change: add {privileges} to one of their roles, or to a new role.',
      values: { privileges },
    }),
  changeUnavailable: (solution: string) =>
    translate('xpack.caseAccess.flyout.changeUnavailableDescription', {
      defaultMessage:
        '{solution} Cases is turned off in this space, or this license does not offer it: no role change can give it here.',
      values: { solution },
    }),
  capabilitiesToggle: (solution: string) =>
    translate('xpack.caseAccess.flyout.capabilitiesToggleLabel', {
      defaultMessage: 'Each capability in {solution}',
      values: { solution },
    }),
  alsoHas: (spaces: string) =>
    translate('xpack.caseAccess.flyout.alsoHasDescription', {
      defaultMessage: 'Also has case access in: {spaces}',
      values: { spaces },
    }),
  noOtherSpaces: () =>
    translate('xpack.caseAccess.flyout.noOtherSpacesDescription', {
      defaultMessage: 'No case access in any other space.',
    }),
  spaceLevel: (space: string, level: string) =>
    translate('xpack.caseAccess.flyout.spaceLevelLabel', {
      defaultMessage: '{space} ({level})',
      values: { space, level },
    }),
  allSpaces: () =>
    translate('xpack.caseAccess.flyout.allSpacesTitle', { defaultMessage: 'All spaces' }),
  allSpacesCaption: (username: string) =>
    translate('xpack.caseAccess.flyout.allSpacesCaptionLabel', {
      defaultMessage: 'Case access of {username} in every space, per solution',
      values: { username },
    }),
  spaceColumn: () =>
    translate('xpack.caseAccess.flyout.spaceColumnTitle', { defaultMessage: 'Space' }),
  derived: () =>
    translate('xpack.caseAccess.flyout.derivedDescription', {
      defaultMessage: 'Follows from the capabilities above',
    }),
  matrixCaption: (solution: string) =>
    translate('xpack.caseAccess.flyout.matrixCaptionLabel', {
      defaultMessage: 'Case capabilities in {solution}',
      values: { solution },
    }),
  warnings: () =>
    translate('xpack.caseAccess.flyout.warningsTitle', { defaultMessage: 'Warnings' }),
  roles: () =>
    translate('xpack.caseAccess.flyout.rolesTitle', { defaultMessage: 'Roles granting access' }),
  noRoles: () =>
    translate('xpack.caseAccess.flyout.noRolesDescription', {
      defaultMessage: 'No role grants case access in this space.',
    }),
  editRole: (role: string) =>
    translate('xpack.caseAccess.flyout.editRoleLinkText', {
      defaultMessage: 'Edit role {role}',
      values: { role },
    }),
};

export const myAccessTexts = {
  title: () =>
    translate('xpack.caseAccess.myAccess.pageTitle', { defaultMessage: 'My case access' }),
  description: (username: string) =>
    translate('xpack.caseAccess.myAccess.pageDescription', {
      defaultMessage: 'What {username} can do with cases in each space.',
      values: { username },
    }),
  estimated: () =>
    translate('xpack.caseAccess.myAccess.estimatedDescription', {
      defaultMessage:
        "Computed from your roles; Kibana's authorisation service could not confirm it for this request.",
    }),
  spaceTitle: (space: string) =>
    translate('xpack.caseAccess.myAccess.spaceTitle', {
      defaultMessage: 'Space {space}',
      values: { space },
    }),
  solution: () =>
    translate('xpack.caseAccess.myAccess.solutionColumnTitle', { defaultMessage: 'Solution' }),
  access: () =>
    translate('xpack.caseAccess.myAccess.accessColumnTitle', { defaultMessage: 'Access' }),
  whatIsMissing: (solution: string) =>
    translate('xpack.caseAccess.myAccess.whatIsMissingButtonText', {
      defaultMessage: 'Custom in {solution}: what is missing',
      values: { solution },
    }),
  askAdministrator: () =>
    translate('xpack.caseAccess.myAccess.askAdministratorDescription', {
      defaultMessage:
        'An administrator can add these to one of your roles in Stack Management → Roles.',
    }),
  caption: (space: string) =>
    translate('xpack.caseAccess.myAccess.captionLabel', {
      defaultMessage: 'Your case access in space {space}',
      values: { space },
    }),
};

export const noReasonTexts = {
  noAccessInSpace: () =>
    translate('xpack.caseAccess.noReason.noAccessInSpaceDescription', {
      defaultMessage: 'No case access in this space',
    }),
  cannotView: (solution: string) =>
    translate('xpack.caseAccess.noReason.cannotViewDescription', {
      defaultMessage: 'Cannot view cases in {solution}',
      values: { solution },
    }),
  cannotViewAny: () =>
    translate('xpack.caseAccess.noReason.cannotViewAnyDescription', {
      defaultMessage: 'Cannot view cases in any solution',
    }),
  userDisabled: () =>
    translate('xpack.caseAccess.noReason.userDisabledDescription', {
      defaultMessage: 'The user is disabled',
    }),
  noProfile: () =>
    translate('xpack.caseAccess.noReason.noProfileDescription', {
      defaultMessage: 'Has never logged in, so has no user profile yet',
    }),
  profileDisabled: () =>
    translate('xpack.caseAccess.noReason.profileDisabledDescription', {
      defaultMessage: 'The user profile is disabled',
    }),
  rolesChangedSinceLogin: () =>
    translate('xpack.caseAccess.noReason.rolesChangedSinceLoginDescription', {
      defaultMessage:
        'The roles saved at the last login cannot view these cases; the roles now can, from the next login',
    }),
  licenseAssign: () =>
    translate('xpack.caseAccess.noReason.licenseAssignDescription', {
      defaultMessage: 'Assigning users to cases needs a Platinum license or higher',
    }),
  cannotComment: (solution: string) =>
    translate('xpack.caseAccess.noReason.cannotCommentDescription', {
      defaultMessage: 'Cannot add comments to cases in {solution}',
      values: { solution },
    }),
  noAlerts: (solution: string) =>
    translate('xpack.caseAccess.noReason.noAlertsDescription', {
      defaultMessage: 'Cannot read alerts in {solution}',
      values: { solution },
    }),
  noPushPrivilege: (solution: string) =>
    translate('xpack.caseAccess.noReason.noPushPrivilegeDescription', {
      defaultMessage: 'No "Push cases" privilege in {solution}',
      values: { solution },
    }),
  noConnectors: () =>
    translate('xpack.caseAccess.noReason.noConnectorsDescription', {
      defaultMessage: 'No Connectors access in this space (Read is enough)',
    }),
  licensePush: () =>
    translate('xpack.caseAccess.noReason.licensePushDescription', {
      defaultMessage: 'The license does not allow external incident connectors',
    }),
};

export const helpTexts = {
  title: () =>
    translate('xpack.caseAccess.help.titleTitle', {
      defaultMessage: 'How access is computed',
    }),
  close: () =>
    translate('xpack.caseAccess.help.closeButtonText', {
      defaultMessage: 'Close',
    }),
  intro: () =>
    translate('xpack.caseAccess.help.introDescription', {
      defaultMessage:
        "Case access reads every user's roles and resolves them through the feature privileges Kibana has in force in the space (Cases in Stack Management, Security and Observability, Connectors, and the licence), as Kibana does when the user opens Cases.",
    }),
  levelsTitle: () =>
    translate('xpack.caseAccess.help.levelsTitle', {
      defaultMessage: 'Levels, per solution',
    }),
  full: () =>
    translate('xpack.caseAccess.help.fullDescription', {
      defaultMessage:
        'Full: every case capability the Cases feature can grant, including re-opening, deleting and settings.',
    }),
  custom: () =>
    translate('xpack.caseAccess.help.customDescription', {
      defaultMessage:
        'Custom: can view cases and do some, but not all, of the rest. The user flyout says what is missing and which role would give it.',
    }),
  view: () =>
    translate('xpack.caseAccess.help.viewDescription', {
      defaultMessage: 'View only: can view cases and nothing more.',
    }),
  none: () =>
    translate('xpack.caseAccess.help.noneDescription', {
      defaultMessage: 'None: cannot view cases in that solution.',
    }),
  flagsTitle: () =>
    translate('xpack.caseAccess.help.flagsTitle', {
      defaultMessage: 'What the other columns need',
    }),
  assignable: () =>
    translate('xpack.caseAccess.help.assignableDescription', {
      defaultMessage:
        'Assignable: can view cases in the solution, has logged in at least once (a user profile), and the license is Platinum or higher.',
    }),
  addAlerts: () =>
    translate('xpack.caseAccess.help.addAlertsDescription', {
      defaultMessage:
        'Add alerts: can add comments to cases and can read alerts the cases take: Security or Observability alerts in their solution, and for Stack Management cases the alerts of any rule type outside Security (Stack rules, Machine Learning, Observability). Security alerts also need read on the alerts index.',
    }),
  push: () =>
    translate('xpack.caseAccess.help.pushDescription', {
      defaultMessage:
        'Push to external systems: the "Push cases" privilege, Connectors access in the space, and a license that allows an external incident connector.',
    }),
  differsTitle: () =>
    translate('xpack.caseAccess.help.differsTitle', {
      defaultMessage: 'Where Kibana allows more than the documentation says',
    }),
  readAssignable: () =>
    translate('xpack.caseAccess.help.readAssignableDescription', {
      defaultMessage:
        'Read is enough to be assigned: the documentation asks for All, but Kibana offers any user who can view cases and has a profile.',
    }),
  connectorsReadPush: () =>
    translate('xpack.caseAccess.help.connectorsReadPushDescription', {
      defaultMessage:
        'Connectors Read is enough to push: the documentation asks for Connectors All, which is needed only to create or change connectors.',
    }),
  docLink: () =>
    translate('xpack.caseAccess.help.docLinkText', {
      defaultMessage: 'Read "Configure access to cases"',
    }),
};

export const yesNoTexts = {
  yes: () => translate('xpack.caseAccess.labels.yesLabel', { defaultMessage: 'Yes' }),
  no: () => translate('xpack.caseAccess.labels.noLabel', { defaultMessage: 'No' }),
};

export function solutionLabel(solution: Solution): string {
  switch (solution) {
    case 'management':
      return translate('xpack.caseAccess.labels.managementSolutionLabel', {
        defaultMessage: 'Stack Management',
      });
    case 'security':
      return translate('xpack.caseAccess.labels.securitySolutionLabel', {
        defaultMessage: 'Security',
      });
    case 'observability':
      return translate('xpack.caseAccess.labels.observabilitySolutionLabel', {
        defaultMessage: 'Observability',
      });
  }
}

export function levelLabel(level: AccessLevel): string {
  switch (level) {
    case 'full':
      return translate('xpack.caseAccess.labels.fullLevelLabel', { defaultMessage: 'Full' });
    case 'custom':
      return translate('xpack.caseAccess.labels.customLevelLabel', { defaultMessage: 'Custom' });
    case 'view':
      return translate('xpack.caseAccess.labels.viewLevelLabel', { defaultMessage: 'View only' });
    case 'none':
      return translate('xpack.caseAccess.labels.noneLevelLabel', { defaultMessage: 'None' });
  }
}

export function connectorsLabel(access: ConnectorsAccess): string {
  switch (access) {
    case 'all':
      return translate('xpack.caseAccess.labels.connectorsAllLabel', { defaultMessage: 'All' });
    case 'read':
      return translate('xpack.caseAccess.labels.connectorsReadLabel', { defaultMessage: 'Read' });
    case 'none':
      return translate('xpack.caseAccess.labels.connectorsNoneLabel', { defaultMessage: 'None' });
  }
}
