/**
 * The report as a plain-text table for terminals: readiness first, then one table per space.
 *
 * Made for any directory: rows are written one user at a time (column widths come from the usernames alone, so no
 * user's row is held), lines fit the terminal's width (long usernames and messages wrap), each user's warnings go
 * on an indented line below the row, and every name and message has its control characters escaped, so a
 * directory cannot move the cursor, retitle the window or reorder text on the reader's terminal.
 */
import { translate } from '../i18n/translate';
import { escapeControl } from '../text/escape';
import {
  SOLUTIONS,
  type AccessLevel,
  type ConnectorsAccess,
  type ReadinessWarning,
  type Report,
  type Solution,
  type UserAccess,
  type WarningId,
} from './types';
import { warningTitle } from './warning_titles';

const levelLabel = (level: AccessLevel): string =>
  ({
    full: translate('xpack.caseAccess.table.levelFullLabel', { defaultMessage: 'Full' }),
    custom: translate('xpack.caseAccess.table.levelCustomLabel', { defaultMessage: 'Custom' }),
    view: translate('xpack.caseAccess.table.levelViewLabel', { defaultMessage: 'View only' }),
    none: translate('xpack.caseAccess.table.levelNoneLabel', { defaultMessage: 'None' }),
  })[level];

const connectorsLabel = (access: ConnectorsAccess): string =>
  ({
    all: translate('xpack.caseAccess.table.connectorsAllLabel', { defaultMessage: 'All' }),
    read: translate('xpack.caseAccess.table.connectorsReadLabel', { defaultMessage: 'Read' }),
    none: translate('xpack.caseAccess.table.connectorsNoneLabel', { defaultMessage: 'None' }),
  })[access];

const yesNo = (value: boolean): string =>
  value
    ? translate('xpack.caseAccess.table.yesLabel', { defaultMessage: 'Yes' })
    : translate('xpack.caseAccess.table.noLabel', { defaultMessage: 'No' });

const solutionLabel = (solution: Solution): string =>
  ({
    management: translate('xpack.caseAccess.table.managementColumn', {
      defaultMessage: 'Management',
    }),
    security: translate('xpack.caseAccess.table.securityColumn', { defaultMessage: 'Security' }),
    observability: translate('xpack.caseAccess.table.observabilityColumn', {
      defaultMessage: 'Observability',
    }),
  })[solution];

/** Width used when the output is not a terminal and `COLUMNS` is not set. */
export const DEFAULT_TABLE_WIDTH = 120;
/** Narrowest user column: below this, names wrap into too many lines to read. */
const MIN_USER_WIDTH = 12;
const GAP = '  ';
const INDENT = '    ';

function headerCells(): string[] {
  return [
    translate('xpack.caseAccess.table.userColumn', { defaultMessage: 'User' }),
    ...SOLUTIONS.map(solutionLabel),
    translate('xpack.caseAccess.table.assignableColumn', { defaultMessage: 'Assignable' }),
    translate('xpack.caseAccess.table.addAlertsColumn', { defaultMessage: 'Add alerts' }),
    translate('xpack.caseAccess.table.pushColumn', { defaultMessage: 'Push' }),
    translate('xpack.caseAccess.table.connectorsColumn', { defaultMessage: 'Connectors' }),
  ];
}

/** The widest value each fixed column (all but User) can show. */
function fixedWidths(header: string[]): number[] {
  const values = [
    ...SOLUTIONS.map(() =>
      ['full', 'custom', 'view', 'none'].map((l) => levelLabel(l as AccessLevel))
    ),
    [yesNo(true), yesNo(false)],
    [yesNo(true), yesNo(false)],
    [yesNo(true), yesNo(false)],
    ['all', 'read', 'none'].map((c) => connectorsLabel(c as ConnectorsAccess)),
  ];
  return values.map((labels, i) => Math.max(header[i + 1].length, ...labels.map((l) => l.length)));
}

/** `text` cut into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(' ', limit);
    const cut = space > limit / 2 ? space : limit;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  lines.push(rest);
  return lines;
}

/**
 * The column layout of one table. Wide enough: one line per user, the user column fitted to `width`. Narrower
 * (`stacked`): each user's name on a line of its own, the other cells on an indented line below it.
 */
export interface TableLayout {
  header: string[];
  widths: number[];
  width: number;
  stacked: boolean;
}

const STACK_INDENT = '  ';
const STACK_GAP = ' ';

/** Lays out a table for usernames up to `longestUsername` characters (as escaped) in `width` characters. */
export function tableLayout(longestUsername: number, width = DEFAULT_TABLE_WIDTH): TableLayout {
  const header = headerCells();
  const fixed = fixedWidths(header);
  const fixedTotal = fixed.reduce((sum, w) => sum + w + GAP.length, 0);
  const room = width - fixedTotal;
  const userWidth = Math.max(header[0].length, longestUsername);
  if (room < Math.min(userWidth, MIN_USER_WIDTH)) {
    return { header, widths: [width, ...fixed], width, stacked: true };
  }
  return { header, widths: [Math.min(userWidth, room), ...fixed], width, stacked: false };
}

function renderLine(cells: string[], layout: TableLayout): string {
  const { widths } = layout;
  // The user cell may span several lines; the other cells sit on its first line, or on a line of their own.
  const userLines = wrap(cells[0], widths[0]);
  if (layout.stacked) {
    const rest = cells
      .slice(1)
      .map((cell, column) => cell.padEnd(widths[column + 1]))
      .join(STACK_GAP)
      .trimEnd();
    return [...userLines, STACK_INDENT + rest].join('\n');
  }
  const first = [userLines[0], ...cells.slice(1)]
    .map((cell, column) => cell.padEnd(widths[column]))
    .join(GAP)
    .trimEnd();
  return [first, ...userLines.slice(1)].join('\n');
}

/** The heading line and the rule of a space's table. */
export function tableHead(layout: TableLayout, spaceId: string, spaceName: string): string {
  const title = translate('xpack.caseAccess.table.spaceTitle', {
    defaultMessage: 'Space {name} ({id})',
    values: { name: escapeControl(spaceName), id: escapeControl(spaceId) },
  });
  const rule = layout.stacked
    ? '-'.repeat(layout.width)
    : layout.widths.map((width) => '-'.repeat(width)).join(GAP);
  return [...wrap(title, layout.width), renderLine(layout.header, layout), rule].join('\n');
}

/** One user's row in the table of `spaceIndex`, with the titles of the user's warnings on indented lines below it. */
export function tableRow(layout: TableLayout, user: UserAccess, spaceIndex = 0): string {
  const space = user.spaces[spaceIndex];
  const cells = SOLUTIONS.map((solution) => space.solutions[solution]);
  const row = renderLine(
    [
      escapeControl(user.username),
      ...cells.map((cell) => levelLabel(cell.level)),
      yesNo(cells.some((cell) => cell.assignable)),
      yesNo(cells.some((cell) => cell.addAlerts)),
      yesNo(cells.some((cell) => cell.pushToExternal)),
      connectorsLabel(cells[0].connectors),
    ],
    layout
  );
  const warnings = new Map<WarningId, string | undefined>();
  for (const warning of user.warnings) warnings.set(warning.id, warning.message);
  for (const cell of cells) {
    for (const warning of cell.warnings) {
      if (!warnings.has(warning.id)) warnings.set(warning.id, warning.message);
    }
  }
  if (warnings.size === 0) return row;
  const titles = [...warnings].map(([id, message]) => escapeControl(warningTitle(id, message)));
  const text = translate('xpack.caseAccess.table.userWarningsLabel', {
    defaultMessage: 'Warnings: {titles}',
    values: { titles: titles.join('; ') },
  });
  const lines = wrap(text, layout.width - INDENT.length).map((line) => INDENT + line);
  return `${row}\n${lines.join('\n')}`;
}

/** The readiness block (with a blank line after it), or '' when there is nothing to say. */
export function readinessBlock(
  readiness: readonly ReadinessWarning[],
  width = DEFAULT_TABLE_WIDTH
): string {
  if (readiness.length === 0) return '';
  const lines = [
    translate('xpack.caseAccess.table.readinessTitle', { defaultMessage: 'Readiness' }),
  ];
  for (const warning of readiness) {
    const text = `[${warning.severity}] ${warning.id}: ${escapeControl(warning.message)}`;
    const [first, ...rest] = wrap(text, width - INDENT.length);
    lines.push(`  ${first}`, ...rest.map((line) => `${INDENT}${line}`));
  }
  return `${lines.join('\n')}\n\n`;
}

export function noUsersLine(): string {
  return `${translate('xpack.caseAccess.table.noUsersMessage', { defaultMessage: 'No users.' })}\n`;
}

/** The longest username, as printed (escaped). */
export function longestName(usernames: Iterable<string>): number {
  let longest = 0;
  for (const name of usernames) longest = Math.max(longest, escapeControl(name).length);
  return longest;
}

/**
 * Formats a whole report; `spaceNames` maps space ids to names for the headings, `width` is the terminal's.
 * The CLI writes the same text a row at a time with the functions above.
 */
export function formatReportTable(
  report: Report,
  spaceNames: Record<string, string> = {},
  width = DEFAULT_TABLE_WIDTH
): string {
  let out = readinessBlock(report.readiness, width);
  if (report.users.length === 0) return out + noUsersLine();
  const layout = tableLayout(longestName(report.users.map((user) => user.username)), width);
  const spaceIds = report.users[0].spaces.map((space) => space.space);
  spaceIds.forEach((spaceId, index) => {
    if (index > 0) out += '\n';
    const name = Object.hasOwn(spaceNames, spaceId) ? spaceNames[spaceId] : spaceId;
    out += `${tableHead(layout, spaceId, name)}\n`;
    for (const user of report.users) out += `${tableRow(layout, user, index)}\n`;
  });
  return out;
}
