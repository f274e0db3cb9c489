import React from 'react';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { Solution } from '../../common/report/types';
import type { VerifyResponse } from '../../common/verify/types';
import { connectorsLabel, solutionLabel, tableTexts } from '../i18n_texts';
import { noReason } from '../lib/no_reasons';
import { rowNoReasons } from '../lib/row_no_reasons';
import { flagInSolutions, getConnectorsAccess } from '../lib/user_access';
import type { SolutionFlag } from '../lib/user_access';
import type { UserRow } from '../lib/user_rows';
import { AccessLevelBadge } from './access_level_badge';
import { UserCell } from './user_cell';
import { verificationColumn } from './verification_column';
import { YesNo } from './yes_no';

export interface UserColumnsOptions {
  /** Solutions shown: all three, or the one the solution filter selects. */
  solutions: readonly Solution[];
  onOpen: (username: string, realm?: string) => void;
  verification?: VerifyResponse;
}

function flagColumn(
  flag: SolutionFlag,
  name: string,
  testSubj: string,
  solutions: readonly Solution[]
): EuiBasicTableColumn<UserRow> {
  return {
    name,
    render: (row: UserRow) => {
      const { value, solutions: holding } = flagInSolutions(row.access, solutions, flag);
      // With several solutions shown, "Yes" means in at least one; the tooltip names them. "No" says why.
      const hint = !value
        ? noReason(flag, row.user, row.access, solutions)
        : solutions.length > 1
          ? tableTexts.anySolutionHint(holding.map(solutionLabel).join(', '))
          : undefined;
      return (
        <YesNo
          value={value}
          hint={hint}
          data-test-subj={`${testSubj}-${row.username}`}
          hintTestSubj={`${testSubj}Reason-${row.username}`}
        />
      );
    },
  };
}

/** Columns of the users table; a solution's level is sortable when it is the only solution shown. */
export function buildUserColumns({
  solutions,
  onOpen,
  verification,
}: UserColumnsOptions): Array<EuiBasicTableColumn<UserRow>> {
  return [
    {
      field: 'username',
      name: tableTexts.user(),
      sortable: true,
      width: '16em',
      render: (_: string, row: UserRow) => (
        <UserCell
          user={row.user}
          onOpen={onOpen}
          noReasons={rowNoReasons(row, solutions).map((reason) => reason.text)}
        />
      ),
    },
    ...(verification ? [verificationColumn(verification)] : []),
    ...solutions.map((solution): EuiBasicTableColumn<UserRow> => ({
      field: solution,
      name: solutionLabel(solution),
      sortable: solutions.length === 1,
      render: (_: unknown, row: UserRow) => (
        <AccessLevelBadge
          level={row[solution]?.level ?? 'none'}
          data-test-subj={`caseAccessLevel-${row.username}-${solution}`}
        />
      ),
    })),
    flagColumn('assignable', tableTexts.assignable(), 'caseAccessAssignable', solutions),
    flagColumn('addAlerts', tableTexts.addAlerts(), 'caseAccessAddAlerts', solutions),
    flagColumn('pushToExternal', tableTexts.push(), 'caseAccessPush', solutions),
    {
      name: tableTexts.connectors(),
      render: (row: UserRow) => (
        <span data-test-subj={`caseAccessConnectors-${row.username}`}>
          {connectorsLabel(getConnectorsAccess(row.access))}
        </span>
      ),
    },
    {
      field: 'warnings',
      name: tableTexts.warnings(),
      sortable: true,
      align: 'right',
      render: (count: number, row: UserRow) => (
        <span data-test-subj={`caseAccessWarningsCount-${row.username}`}>{count}</span>
      ),
    },
  ];
}
