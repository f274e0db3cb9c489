/**
 * The reasons behind every "No" of a table row (Assignable, Add alerts, Push to external systems), in column
 * order: shown beside the row's one tab stop when the keyboard reaches it, as each cell shows its own on hover.
 */
import type { Solution } from '../../common/report/types';
import { tableTexts } from '../i18n_texts';
import { noReason } from './no_reasons';
import { flagInSolutions } from './user_access';
import type { SolutionFlag } from './user_access';
import type { UserRow } from './user_rows';

/** The flag columns of the table, in their order, with their titles. */
export const FLAG_COLUMNS: ReadonlyArray<{ flag: SolutionFlag; title: () => string }> = [
  { flag: 'assignable', title: tableTexts.assignable },
  { flag: 'addAlerts', title: tableTexts.addAlerts },
  { flag: 'pushToExternal', title: tableTexts.push },
];

export interface RowNoReason {
  flag: SolutionFlag;
  /** "Assignable — No: Never logged in, so no user profile yet" */
  text: string;
}

export function rowNoReasons(row: UserRow, solutions: readonly Solution[]): RowNoReason[] {
  return FLAG_COLUMNS.filter(({ flag }) => !flagInSolutions(row.access, solutions, flag).value).map(
    ({ flag, title }) => ({
      flag,
      text: tableTexts.rowNoReason(title(), noReason(flag, row.user, row.access, solutions)),
    })
  );
}
