/** Table rows: one per user of the report page, with the space's access split per solution for sorting. */
import type { ReportCell, ReportRow, ReportSpaceAccess } from '../../common/report/api';
import { getSpaceAccess, groupWarnings } from './user_access';

export interface UserRow {
  username: string;
  user: ReportRow;
  access?: ReportSpaceAccess;
  /** Distinct warning ids of the user in the space (user-level and per solution). */
  warnings: number;
  management?: ReportCell;
  security?: ReportCell;
  observability?: ReportCell;
}

export function toUserRows(users: ReportRow[], space: string): UserRow[] {
  return users.map((user) => {
    const access = getSpaceAccess(user, space) ?? getSpaceAccess(user);
    return {
      username: user.username,
      user,
      access,
      warnings: groupWarnings(user, access).length,
      management: access?.solutions.management,
      security: access?.solutions.security,
      observability: access?.solutions.observability,
    };
  });
}
