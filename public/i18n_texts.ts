/**
 * Every visible string of the panel, through `translate` with ids `xpack.caseAccess.<area>.<thing><Kind>`.
 * Functions, not constants, so the translator Kibana hands over at start applies.
 */
import { translate } from '../common/i18n/translate';
import type { AccessLevel, ConnectorsAccess, Solution } from '../common/report/types';

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
    translate('xpack.caseAccess.filters.capabilityLabel', { defaultMessage: 'Who can' }),
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
  noSuggestion: () =>
    translate('xpack.caseAccess.flyout.noSuggestionDescription', {
      defaultMessage: 'No privilege of the features in force grants it',
    }),
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
  caption: (space: string) =>
    translate('xpack.caseAccess.myAccess.captionLabel', {
      defaultMessage: 'Your case access in space {space}',
      values: { space },
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
