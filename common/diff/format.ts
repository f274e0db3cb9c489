/**
 * A diff as text: each cause in words, and the whole diff as CSV (cells neutralised against formula injection by
 * the report's writer), NDJSON (one change per line) or a text table.
 */
import { translate } from '../i18n/translate';
import { csvCell } from '../report/csv';
import { escapeControl } from '../text/escape';
import type { AccessChange, ChangeCause, ChangeValue, DirectoryDiff } from './types';

/** One cause in words, e.g. "role soc_analyst added to the user". */
export function describeCause(cause: ChangeCause): string {
  switch (cause.kind) {
    case 'roleAdded':
      return translate('xpack.caseAccess.diff.causeRoleAddedText', {
        defaultMessage: 'role {role} added to the user',
        values: { role: cause.role },
      });
    case 'roleRemoved':
      return translate('xpack.caseAccess.diff.causeRoleRemovedText', {
        defaultMessage: 'role {role} removed from the user',
        values: { role: cause.role },
      });
    case 'privilegeAdded':
      return translate('xpack.caseAccess.diff.causePrivilegeAddedText', {
        defaultMessage: 'privilege {privilege} at {resource} added to role {role}',
        values: { privilege: cause.privilege, resource: cause.resource, role: cause.role },
      });
    case 'privilegeRemoved':
      return translate('xpack.caseAccess.diff.causePrivilegeRemovedText', {
        defaultMessage: 'privilege {privilege} at {resource} removed from role {role}',
        values: { privilege: cause.privilege, resource: cause.resource, role: cause.role },
      });
    case 'roleCreated':
      return translate('xpack.caseAccess.diff.causeRoleCreatedText', {
        defaultMessage: 'role {role} created',
        values: { role: cause.role },
      });
    case 'roleDeleted':
      return translate('xpack.caseAccess.diff.causeRoleDeletedText', {
        defaultMessage: 'role {role} deleted',
        values: { role: cause.role },
      });
    case 'license':
      return translate('xpack.caseAccess.diff.causeLicenseText', {
        defaultMessage: 'license changed from {before} to {after}',
        values: { before: cause.before, after: cause.after },
      });
    case 'spaceSettings':
      return translate('xpack.caseAccess.diff.causeSpaceSettingsText', {
        defaultMessage: 'settings of space {space} changed from "{before}" to "{after}"',
        values: { space: cause.space, before: cause.before, after: cause.after },
      });
    case 'spaceAdded':
      return translate('xpack.caseAccess.diff.causeSpaceAddedText', {
        defaultMessage: 'space {space} created',
        values: { space: cause.space },
      });
    case 'spaceRemoved':
      return translate('xpack.caseAccess.diff.causeSpaceRemovedText', {
        defaultMessage: 'space {space} deleted',
        values: { space: cause.space },
      });
    case 'features':
      return translate('xpack.caseAccess.diff.causeFeaturesText', {
        defaultMessage: 'feature definitions changed from {before} to {after}',
        values: { before: cause.before, after: cause.after },
      });
    case 'userEnabled':
      return cause.after
        ? translate('xpack.caseAccess.diff.causeUserEnabledText', {
            defaultMessage: 'user enabled',
          })
        : translate('xpack.caseAccess.diff.causeUserDisabledText', {
            defaultMessage: 'user disabled',
          });
    case 'profile':
      return translate('xpack.caseAccess.diff.causeProfileText', {
        defaultMessage: 'user profile changed from {before} to {after}',
        values: { before: cause.before, after: cause.after },
      });
    case 'userAdded':
      return translate('xpack.caseAccess.diff.causeUserAddedText', {
        defaultMessage: 'user added',
      });
    case 'userRemoved':
      return translate('xpack.caseAccess.diff.causeUserRemovedText', {
        defaultMessage: 'user removed',
      });
  }
}

export function describeCauses(causes: readonly ChangeCause[]): string {
  return causes.map(describeCause).join('; ');
}

function value(change: ChangeValue): string {
  return String(change);
}

export const DIFF_CSV_COLUMNS: readonly string[] = [
  'username',
  'space',
  'solution',
  'subject',
  'before',
  'after',
  'direction',
  'causes',
];

function csvLine(cells: ReadonlyArray<string | null>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function diffCsvRow(change: AccessChange): string {
  return csvLine([
    change.username,
    change.space,
    change.solution,
    change.subject,
    value(change.before),
    value(change.after),
    change.direction,
    describeCauses(change.causes),
  ]);
}

/** The changes as CSV, one row per change. */
export function diffToCsv(changes: readonly AccessChange[]): string {
  return csvLine(DIFF_CSV_COLUMNS) + changes.map(diffCsvRow).join('');
}

/** One JSON object per line: the changes, each with a `description` of its causes. */
export function diffToNdjson(diff: DirectoryDiff): string {
  return diff.changes
    .map(
      (change) => `${JSON.stringify({ ...change, description: describeCauses(change.causes) })}\n`
    )
    .join('');
}

/** The diff as a text table, with a summary line. */
export function diffToTable(diff: DirectoryDiff): string {
  const header = [
    translate('xpack.caseAccess.diff.userColumn', { defaultMessage: 'User' }),
    translate('xpack.caseAccess.diff.spaceColumn', { defaultMessage: 'Space' }),
    translate('xpack.caseAccess.diff.solutionColumn', { defaultMessage: 'Solution' }),
    translate('xpack.caseAccess.diff.subjectColumn', { defaultMessage: 'What' }),
    translate('xpack.caseAccess.diff.changeColumn', { defaultMessage: 'Change' }),
    translate('xpack.caseAccess.diff.causeColumn', { defaultMessage: 'Cause' }),
  ];
  // Names come from the directory: control characters are shown escaped, never sent to the terminal.
  const rows = diff.changes.map((change) =>
    [
      change.username,
      change.space ?? '*',
      change.solution ?? '-',
      change.subject,
      `${value(change.before)} -> ${value(change.after)} (${change.direction})`,
      describeCauses(change.causes),
    ].map(escapeControl)
  );
  const summary =
    diff.changes.length === 0
      ? translate('xpack.caseAccess.diff.noChangesMessage', {
          defaultMessage: 'No change in case access.',
        })
      : translate('xpack.caseAccess.diff.summaryMessage', {
          defaultMessage:
            '{changes, plural, one {# change} other {# changes}} for {users, plural, one {# user} other {# users}}.',
          values: { changes: diff.changes.length, users: diff.usersChanged },
        });
  if (rows.length === 0) return `${summary}\n`;
  // A loop, not Math.max(...rows): a spread of every row overflows the stack on a large diff.
  const widths = header.map((cell) => cell.length);
  for (const row of rows) {
    for (let column = 0; column < widths.length; column++) {
      widths[column] = Math.max(widths[column], row[column].length);
    }
  }
  const render = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [render(header), rule, ...rows.map(render), '', summary, ''].join('\n');
}
