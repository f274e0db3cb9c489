/**
 * The report as CSV: one row per user, space and solution. Streaming-friendly: write `csvHeader()` once, then
 * `csvRows(user)` per user. Cells that a spreadsheet would run as a formula are neutralised.
 */
import {
  CASE_CAPABILITIES,
  SOLUTIONS,
  type Solution,
  type SpaceAccess,
  type UserAccess,
} from './types';

const LINE_END = '\r\n';

export const CSV_COLUMNS: readonly string[] = [
  'username',
  'full_name',
  'email',
  'enabled',
  'realm',
  'profile',
  'space',
  'solution',
  'level',
  ...CASE_CAPABILITIES,
  'assignable',
  'addAlerts',
  'ruleCaseActions',
  'pushToExternal',
  'manageConnectors',
  'connectors',
  'readAlerts',
  'warnings',
];

/**
 * Cells a spreadsheet could run as a formula (OWASP "CSV injection"): starting with `=`, `+`, `-` or `@`, also
 * after leading spaces or control characters (which some spreadsheets skip), or with a tab, CR, LF or NUL.
 */
const FORMULA_START = /^[\s\0]*[=+\-@]|^[\t\r\n\0]/;

/** One CSV cell: prefixed with `'` when it could start a formula, quoted when it holds separators. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return cells.map(csvCell).join(',') + LINE_END;
}

export function csvHeader(): string {
  return line(CSV_COLUMNS);
}

/** The row of one user, space and solution. */
export function csvRow(user: UserAccess, space: SpaceAccess, solution: Solution): string {
  const cell = space.solutions[solution];
  const warnings = [...user.warnings, ...cell.warnings].map((warning) => warning.id);
  const profile = user.profile === null ? 'none' : user.profile.enabled ? 'enabled' : 'disabled';
  return line([
    user.username,
    user.fullName,
    user.email,
    user.enabled,
    user.realm,
    profile,
    space.space,
    solution,
    cell.level,
    ...CASE_CAPABILITIES.map((capability) => cell.capabilities[capability]),
    cell.assignable,
    cell.addAlerts,
    cell.ruleCaseActions,
    cell.pushToExternal,
    cell.manageConnectors,
    cell.connectors,
    cell.readAlerts,
    [...new Set(warnings)].join(';'),
  ]);
}

/** Every row of one user: each of its spaces, each solution. */
export function csvRows(user: UserAccess): string {
  let out = '';
  for (const space of user.spaces) {
    for (const solution of SOLUTIONS) out += csvRow(user, space, solution);
  }
  return out;
}

export function toCsv(users: readonly UserAccess[]): string {
  return csvHeader() + users.map(csvRows).join('');
}
