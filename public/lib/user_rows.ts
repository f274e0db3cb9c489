/** Table rows: one per user of the report page, with the space's access split per solution for sorting. */
import type { SolutionAccess, SpaceAccess, UserAccess } from '../../common/report/types';
import { getSpaceAccess, groupWarnings } from './user_access';

export interface UserRow {
  username: string;
  user: UserAccess;
  access?: SpaceAccess;
  /** Distinct warning ids of the user in the space (user-level and per solution). */
  warnings: number;
  management?: SolutionAccess;
  security?: SolutionAccess;
  observability?: SolutionAccess;
}

export function toUserRows(users: UserAccess[], space: string): UserRow[] {
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
