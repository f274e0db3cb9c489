/** Every visible string of the access review (snapshots, comparisons, simulations), ids `xpack.caseAccess.review.*`. */
import { translate } from '../common/i18n/translate';

export const reviewTexts = {
  menu: () =>
    translate('xpack.caseAccess.review.menuButtonText', {
      defaultMessage: 'Access review',
    }),
  downloadSnapshot: () =>
    translate('xpack.caseAccess.review.downloadSnapshotButtonText', {
      defaultMessage: 'Download snapshot',
    }),
  downloadFailed: () =>
    translate('xpack.caseAccess.review.downloadFailedErrorMessage', {
      defaultMessage: 'Could not download the snapshot',
    }),
  compare: () =>
    translate('xpack.caseAccess.review.compareButtonText', {
      defaultMessage: 'Compare with a snapshot',
    }),
  comparePrompt: () =>
    translate('xpack.caseAccess.review.comparePromptDescription', {
      defaultMessage:
        'Pick a snapshot downloaded earlier. It is read in your browser and compared with the directory as it is now; nothing is uploaded or saved.',
    }),
  filePicker: () =>
    translate('xpack.caseAccess.review.filePickerLabel', {
      defaultMessage: 'Select or drag a snapshot file (.json)',
    }),
  fileTooLarge: (name: string, limitMb: number) =>
    translate('xpack.caseAccess.review.fileTooLargeErrorMessage', {
      defaultMessage:
        '{name} is larger than {limitMb} MB, so it is not read. Pick a snapshot downloaded from Case access.',
      values: { name, limitMb },
    }),
  fileInvalid: (name: string, reason: string) =>
    translate('xpack.caseAccess.review.fileInvalidErrorMessage', {
      defaultMessage: '{name} is not a valid snapshot: {reason}',
      values: { name, reason },
    }),
  compareFailedTitle: () =>
    translate('xpack.caseAccess.review.compareFailedTitle', {
      defaultMessage: 'Could not compare',
    }),
  changesSince: (date: string) =>
    translate('xpack.caseAccess.review.changesSinceTitle', {
      defaultMessage: 'Changes since {date}',
      values: { date },
    }),
  changesSinceUnknown: () =>
    translate('xpack.caseAccess.review.changesSinceUnknownTitle', {
      defaultMessage: 'Changes since the snapshot',
    }),
  summary: (changes: number, users: number) =>
    translate('xpack.caseAccess.review.summaryDescription', {
      defaultMessage:
        '{changes, plural, one {# change} other {# changes}} for {users, plural, one {# user} other {# users}}',
      values: { changes, users },
    }),
  noChanges: () =>
    translate('xpack.caseAccess.review.noChangesDescription', {
      defaultMessage: 'No change in case access.',
    }),
  directionLegend: () =>
    translate('xpack.caseAccess.review.directionLegend', { defaultMessage: 'Show changes' }),
  all: () => translate('xpack.caseAccess.review.allOptionLabel', { defaultMessage: 'All' }),
  gained: () =>
    translate('xpack.caseAccess.review.gainedOptionLabel', { defaultMessage: 'Gained' }),
  lost: () => translate('xpack.caseAccess.review.lostOptionLabel', { defaultMessage: 'Lost' }),
  subjectFilter: () =>
    translate('xpack.caseAccess.review.subjectFilterLabel', { defaultMessage: 'Capability' }),
  anySubject: () =>
    translate('xpack.caseAccess.review.anySubjectOptionLabel', { defaultMessage: 'Any' }),
  exportCsv: () =>
    translate('xpack.caseAccess.review.exportCsvButtonText', { defaultMessage: 'Export CSV' }),
  tableCaption: () =>
    translate('xpack.caseAccess.review.changesTableCaption', {
      defaultMessage: 'Changes in case access, each with its cause',
    }),
  userColumn: () =>
    translate('xpack.caseAccess.review.userColumnTitle', { defaultMessage: 'User' }),
  spaceColumn: () =>
    translate('xpack.caseAccess.review.spaceColumnTitle', { defaultMessage: 'Space' }),
  solutionColumn: () =>
    translate('xpack.caseAccess.review.solutionColumnTitle', { defaultMessage: 'Solution' }),
  subjectColumn: () =>
    translate('xpack.caseAccess.review.subjectColumnTitle', { defaultMessage: 'What' }),
  changeColumn: () =>
    translate('xpack.caseAccess.review.changeColumnTitle', { defaultMessage: 'Change' }),
  causeColumn: () =>
    translate('xpack.caseAccess.review.causeColumnTitle', { defaultMessage: 'Cause' }),
  everySpace: () =>
    translate('xpack.caseAccess.review.everySpaceLabel', { defaultMessage: 'every space' }),
  change: (before: string, after: string) =>
    translate('xpack.caseAccess.review.changeDescription', {
      defaultMessage: '{before} → {after}',
      values: { before, after },
    }),
  yes: () => translate('xpack.caseAccess.review.yesLabel', { defaultMessage: 'Yes' }),
  no: () => translate('xpack.caseAccess.review.noLabel', { defaultMessage: 'No' }),
  close: () => translate('xpack.caseAccess.review.closeButtonText', { defaultMessage: 'Close' }),
  // Simulating a user's roles
  simulate: () =>
    translate('xpack.caseAccess.review.simulateButtonText', {
      defaultMessage: 'Simulate a change',
    }),
  simulateDescription: () =>
    translate('xpack.caseAccess.review.simulateDescription', {
      defaultMessage:
        "Add or remove roles for this user and see the resulting access beside today's. Nothing is saved.",
    }),
  addRoles: () =>
    translate('xpack.caseAccess.review.addRolesLabel', { defaultMessage: 'Add roles' }),
  removeRoles: () =>
    translate('xpack.caseAccess.review.removeRolesLabel', { defaultMessage: 'Remove roles' }),
  run: () => translate('xpack.caseAccess.review.runButtonText', { defaultMessage: 'Simulate' }),
  simulateFailed: () =>
    translate('xpack.caseAccess.review.simulateFailedTitle', {
      defaultMessage: 'Could not simulate the change',
    }),
  today: () => translate('xpack.caseAccess.review.todayColumnTitle', { defaultMessage: 'Today' }),
  after: () =>
    translate('xpack.caseAccess.review.afterColumnTitle', { defaultMessage: 'After the change' }),
  capability: () =>
    translate('xpack.caseAccess.review.capabilityColumnTitle', { defaultMessage: 'Capability' }),
  changed: () => translate('xpack.caseAccess.review.changedLabel', { defaultMessage: 'Changed' }),
  comparisonCaption: (solution: string) =>
    translate('xpack.caseAccess.review.comparisonCaption', {
      defaultMessage: '{solution}: access today and after the change',
      values: { solution },
    }),
  level: () => translate('xpack.caseAccess.review.levelRowLabel', { defaultMessage: 'Access' }),
  userSubject: () =>
    translate('xpack.caseAccess.review.userSubjectLabel', { defaultMessage: 'User account' }),
  present: () => translate('xpack.caseAccess.review.presentLabel', { defaultMessage: 'Present' }),
  absent: () => translate('xpack.caseAccess.review.absentLabel', { defaultMessage: 'Absent' }),
  // Who would a role change affect?
  roleImpact: () =>
    translate('xpack.caseAccess.review.roleImpactButtonText', {
      defaultMessage: 'Who would a role change affect?',
    }),
  roleImpactTitle: () =>
    translate('xpack.caseAccess.review.roleImpactTitle', {
      defaultMessage: 'Who would this change affect?',
    }),
  roleImpactDescription: (space: string) =>
    translate('xpack.caseAccess.review.roleImpactDescription', {
      defaultMessage:
        "Choose a role and its new Cases and Connectors privileges. The role's other privileges stay as they are. Users whose access in space {space} would change are listed; nothing is saved.",
      values: { space },
    }),
  role: () => translate('xpack.caseAccess.review.roleLabel', { defaultMessage: 'Role' }),
  casesOf: (solution: string) =>
    translate('xpack.caseAccess.review.casesPrivilegeLegend', {
      defaultMessage: '{solution} → Cases',
      values: { solution },
    }),
  connectors: () =>
    translate('xpack.caseAccess.review.connectorsPrivilegeLegend', {
      defaultMessage: 'Connectors',
    }),
  none: () => translate('xpack.caseAccess.review.noneOptionLabel', { defaultMessage: 'None' }),
  read: () => translate('xpack.caseAccess.review.readOptionLabel', { defaultMessage: 'Read' }),
  allPrivilege: () =>
    translate('xpack.caseAccess.review.allPrivilegeOptionLabel', { defaultMessage: 'All' }),
  subPrivilege: (id: string) =>
    ({
      cases_delete: translate('xpack.caseAccess.review.subDeleteLabel', {
        defaultMessage: 'Delete cases and comments',
      }),
      cases_settings: translate('xpack.caseAccess.review.subSettingsLabel', {
        defaultMessage: 'Edit case settings',
      }),
      create_comment: translate('xpack.caseAccess.review.subCommentLabel', {
        defaultMessage: 'Add comments',
      }),
      case_reopen: translate('xpack.caseAccess.review.subReopenLabel', {
        defaultMessage: 'Re-open closed cases',
      }),
      cases_assign: translate('xpack.caseAccess.review.subAssignLabel', {
        defaultMessage: 'Assign users to cases',
      }),
    })[id] ?? id,
  spaces: () => translate('xpack.caseAccess.review.spacesLabel', { defaultMessage: 'At spaces' }),
  allSpaces: () =>
    translate('xpack.caseAccess.review.allSpacesPlaceholder', { defaultMessage: 'All spaces' }),
  evaluated: (users: number) =>
    translate('xpack.caseAccess.review.evaluatedDescription', {
      defaultMessage: '{users, plural, one {# user holds} other {# users hold}} this role.',
      values: { users },
    }),
  loadingDirectory: () =>
    translate('xpack.caseAccess.review.loadingDirectoryLabel', {
      defaultMessage: 'Reading the directory',
    }),
};
