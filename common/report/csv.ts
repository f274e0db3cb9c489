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
 * Cells a spreadsheet could run as a formula (OWASP "CSV injection"): the first visible character is `=`, `+`,
 * `-` or `@`, or one of their full-width, small or minus-sign forms, which some spreadsheets read as the ASCII
 * ones. Spreadsheets skip what comes before it: spaces of any kind, control characters (tab, CR, LF, NUL, ...) and
 * invisible format characters (zero-width spaces and joiners, bidi marks and overrides, the byte order mark).
 * A cell that starts with a control or format character is neutralised too, whatever follows.
 */
const FORMULA_START =
  /^[\s\p{Cc}\p{Cf}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212]|^[\p{Cc}\p{Cf}]/u;

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

/**
 * Every row of one user, one at a time: each of its spaces, each solution. A writer hands each row on by itself,
 * so a user with a name of hundreds of megabytes never makes a string of all their rows.
 */
export function* csvRowsOf(user: UserAccess): Generator<string> {
  for (const space of user.spaces) {
    for (const solution of SOLUTIONS) yield csvRow(user, space, solution);
  }
}

/** Every row of one user as one string. */
export function csvRows(user: UserAccess): string {
  let out = '';
  for (const row of csvRowsOf(user)) out += row;
  return out;
}

export function toCsv(users: readonly UserAccess[]): string {
  return csvHeader() + users.map(csvRows).join('');
}
