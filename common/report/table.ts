/** The report as a plain-text table for terminals: readiness first, then one table per space. */
import { translate } from '../i18n/translate';
import {
  SOLUTIONS,
  type AccessLevel,
  type ConnectorsAccess,
  type Report,
  type Solution,
} from './types';

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

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column].length))
  );
  const render = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [render(header), rule, ...rows.map(render)].join('\n');
}

/** Formats a report; `spaceNames` maps space ids to names for the headings. */
export function formatReportTable(report: Report, spaceNames: Record<string, string> = {}): string {
  const parts: string[] = [];
  if (report.readiness.length > 0) {
    parts.push(
      translate('xpack.caseAccess.table.readinessTitle', { defaultMessage: 'Readiness' }),
      ...report.readiness.map(
        (warning) => `  [${warning.severity}] ${warning.id}: ${warning.message}`
      ),
      ''
    );
  }
  const spaceIds = report.users[0]?.spaces.map((space) => space.space) ?? [];
  const header = [
    translate('xpack.caseAccess.table.userColumn', { defaultMessage: 'User' }),
    ...SOLUTIONS.map(solutionLabel),
    translate('xpack.caseAccess.table.assignableColumn', { defaultMessage: 'Assignable' }),
    translate('xpack.caseAccess.table.connectorsColumn', { defaultMessage: 'Connectors' }),
    translate('xpack.caseAccess.table.warningsColumn', { defaultMessage: 'Warnings' }),
  ];
  spaceIds.forEach((spaceId, index) => {
    const rows = report.users.map((user) => {
      const space = user.spaces[index];
      const cells = SOLUTIONS.map((solution) => space.solutions[solution]);
      const warnings = new Set([
        ...user.warnings.map((warning) => warning.id),
        ...cells.flatMap((cell) => cell.warnings.map((warning) => warning.id)),
      ]);
      return [
        user.username,
        ...cells.map((cell) => levelLabel(cell.level)),
        yesNo(cells.some((cell) => cell.assignable)),
        connectorsLabel(cells[0].connectors),
        [...warnings].join(', '),
      ];
    });
    parts.push(
      translate('xpack.caseAccess.table.spaceTitle', {
        defaultMessage: 'Space {name} ({id})',
        values: { name: spaceNames[spaceId] ?? spaceId, id: spaceId },
      }),
      renderTable(header, rows),
      ''
    );
  });
  if (report.users.length === 0) {
    parts.push(translate('xpack.caseAccess.table.noUsersMessage', { defaultMessage: 'No users.' }));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
