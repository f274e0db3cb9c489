/**
 * The CSV a reviewer reads, as the panel exports it: readable headers and values, the space by name, the roles,
 * what grants each capability, and the warnings as text; one row per user and solution shown. Cells go through the
 * shared writer (`csvCell`), which neutralises formulas. The CLI's `--format csv` keeps the machine columns of
 * `csv.ts`.
 */
import { translate } from '../i18n/translate';
import { csvCell } from './csv';
import { CASE_CAPABILITIES, SOLUTIONS } from './types';
import type {
  AccessLevel,
  CaseCapability,
  ConnectorsAccess,
  GrantKey,
  Solution,
  SpaceAccess,
  UserAccess,
} from './types';

const LINE_END = '\r\n';

type Flag = 'assignable' | 'addAlerts' | 'ruleCaseActions' | 'pushToExternal' | 'manageConnectors';
const FLAGS: readonly Flag[] = [
  'assignable',
  'addAlerts',
  'ruleCaseActions',
  'pushToExternal',
  'manageConnectors',
];

const t = (id: string, defaultMessage: string) =>
  translate(`xpack.caseAccess.csv.${id}`, { defaultMessage });

const capabilityHeader: Record<CaseCapability | Flag, () => string> = {
  read: () => t('readHeader', 'View cases'),
  create: () => t('createHeader', 'Create cases'),
  update: () => t('updateHeader', 'Edit cases'),
  push: () => t('pushHeader', '"Push cases" privilege'),
  delete: () => t('deleteHeader', 'Delete cases and comments'),
  settings: () => t('settingsHeader', 'Edit case settings'),
  createComment: () => t('createCommentHeader', 'Add comments and attachments'),
  reopenCase: () => t('reopenCaseHeader', 'Re-open closed cases'),
  assign: () => t('assignHeader', 'Assign users'),
  manageTemplates: () => t('manageTemplatesHeader', 'Manage templates'),
  assignable: () => t('assignableHeader', 'Can be assigned'),
  addAlerts: () => t('addAlertsHeader', 'Add alerts to cases'),
  ruleCaseActions: () => t('ruleCaseActionsHeader', 'Add case actions to rules'),
  pushToExternal: () => t('pushToExternalHeader', 'Push to external systems'),
  manageConnectors: () => t('manageConnectorsHeader', 'Manage connectors'),
};

function solutionName(solution: Solution): string {
  switch (solution) {
    case 'management':
      return t('managementValue', 'Stack Management');
    case 'security':
      return t('securityValue', 'Security');
    case 'observability':
      return t('observabilityValue', 'Observability');
  }
}

function levelName(level: AccessLevel): string {
  switch (level) {
    case 'full':
      return t('fullValue', 'Full');
    case 'custom':
      return t('customValue', 'Custom');
    case 'view':
      return t('viewValue', 'View only');
    case 'none':
      return t('noneValue', 'None');
  }
}

function connectorsName(access: ConnectorsAccess): string {
  if (access === 'all') return t('connectorsAllValue', 'All');
  if (access === 'read') return t('connectorsReadValue', 'Read');
  return t('connectorsNoneValue', 'None');
}

const yesNo = (value: boolean) => (value ? t('yesValue', 'Yes') : t('noValue', 'No'));

export interface ReviewCsvOptions {
  /** The space's name for its id (the space id when unknown). */
  spaceName?: (id: string) => string;
  /** The solutions the table shows: all three, or the filtered one. */
  solutions?: readonly Solution[];
}

export function reviewCsvHeader(): string {
  return line([
    t('userHeader', 'User'),
    t('fullNameHeader', 'Full name'),
    t('emailHeader', 'Email'),
    t('realmHeader', 'Realm'),
    t('userStatusHeader', 'User status'),
    t('profileHeader', 'Profile'),
    t('spaceHeader', 'Space'),
    t('solutionHeader', 'Solution'),
    t('accessHeader', 'Access'),
    t('rolesHeader', 'Roles'),
    ...CASE_CAPABILITIES.map((key) => capabilityHeader[key]()),
    ...FLAGS.map((key) => capabilityHeader[key]()),
    t('connectorsHeader', 'Connectors'),
    t('grantedByHeader', 'Granted by'),
    t('warningsHeader', 'Warnings'),
  ]);
}

function line(cells: ReadonlyArray<string | undefined>): string {
  return cells.map(csvCell).join(',') + LINE_END;
}

/** "View cases: cases_full; Delete cases and comments: cases_full, soc_lead": which roles give each capability. */
function grantedBy(grants: Partial<Record<GrantKey, Array<{ role: string }>>>): string {
  return CASE_CAPABILITIES.filter((key) => (grants[key] ?? []).length > 0)
    .map((key) => {
      const roles = [...new Set((grants[key] ?? []).map((grant) => grant.role))].sort();
      return `${capabilityHeader[key]()}: ${roles.join(', ')}`;
    })
    .join('; ');
}

function profileText(user: UserAccess): string {
  if (!user.profile) return t('noProfileValue', 'Never logged in');
  return user.profile.enabled
    ? t('profileActiveValue', 'Active')
    : t('profileDisabledValue', 'Disabled');
}

function row(user: UserAccess, access: SpaceAccess, solution: Solution, options: ReviewCsvOptions) {
  const cell = access.solutions[solution];
  const warnings = [...new Set([...user.warnings, ...cell.warnings].map((w) => w.message))];
  return line([
    user.username,
    user.fullName,
    user.email,
    user.realm,
    user.enabled ? t('enabledValue', 'Enabled') : t('disabledValue', 'Disabled'),
    profileText(user),
    options.spaceName?.(access.space) ?? access.space,
    solutionName(solution),
    levelName(cell.level),
    user.roles.join('; '),
    ...CASE_CAPABILITIES.map((key) => yesNo(cell.capabilities[key])),
    ...FLAGS.map((key) => yesNo(cell[key])),
    connectorsName(cell.connectors),
    grantedBy(cell.grants),
    warnings.join(' | '),
  ]);
}

/** Every row of one user: each of its spaces, each solution shown. */
export function reviewCsvRows(user: UserAccess, options: ReviewCsvOptions = {}): string {
  let out = '';
  for (const access of user.spaces) {
    for (const solution of options.solutions ?? SOLUTIONS)
      out += row(user, access, solution, options);
  }
  return out;
}

/** `case-access_<space>_<YYYY-MM-DD>[_filtered].csv`: where, when, and whether the table was filtered. */
export function reviewCsvFileName(space: string, date: Date, filtered: boolean): string {
  const day = date.toISOString().slice(0, 10);
  const safeSpace = space.replace(/[^a-zA-Z0-9_-]/g, '_');
  return `case-access_${safeSpace}_${day}${filtered ? '_filtered' : ''}.csv`;
}
