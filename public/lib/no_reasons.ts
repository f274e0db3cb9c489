/**
 * The one-line reason behind a "No" in the table's Assignable, Add alerts and Push columns, from the same facts the
 * engine used (see common/engine/solution_access.ts): the capabilities held, Connectors access, the user and profile
 * state, and the warnings of the cell.
 */
import type { ReportRow, ReportSpaceAccess } from '../../common/report/api';
import type { CaseCapability, Solution } from '../../common/report/types';
import { noReasonTexts, solutionLabel } from '../i18n_texts';
import type { SolutionFlag } from './user_access';

function hasWarning(user: ReportRow, access: ReportSpaceAccess, solution: Solution, id: string) {
  return (
    user.warnings.some((w) => w.id === id) ||
    access.solutions[solution].warnings.some((w) => w.id === id)
  );
}

function reasonIn(
  flag: SolutionFlag,
  user: ReportRow,
  access: ReportSpaceAccess,
  solution: Solution
): string {
  const cell = access.solutions[solution];
  const name = solutionLabel(solution);
  switch (flag) {
    case 'assignable':
      if (!cell.capabilities.read) return noReasonTexts.cannotView(name);
      if (!user.enabled) return noReasonTexts.userDisabled();
      if (!user.profile) return noReasonTexts.noProfile();
      if (!user.profile.enabled) return noReasonTexts.profileDisabled();
      // Kibana checks the roles saved in the profile at the last login, not the user's roles now.
      if (hasWarning(user, access, solution, 'roles-changed-since-login'))
        return noReasonTexts.rolesChangedSinceLogin();
      return noReasonTexts.licenseAssign();
    case 'addAlerts':
      if (!cell.capabilities.createComment) return noReasonTexts.cannotComment(name);
      return noReasonTexts.noAlerts(name);
    case 'pushToExternal':
      if (!cell.capabilities.push) return noReasonTexts.noPushPrivilege(name);
      if (
        cell.connectors === 'none' ||
        hasWarning(user, access, solution, 'push-without-connectors')
      )
        return noReasonTexts.noConnectors();
      return noReasonTexts.licensePush();
  }
}

/** What brings a user closer to each flag, most advanced first. */
const PROGRESS: Record<SolutionFlag, ReadonlyArray<CaseCapability>> = {
  assignable: ['read'],
  addAlerts: ['createComment', 'read'],
  pushToExternal: ['push', 'read'],
};

/**
 * Why the flag does not hold. With several solutions shown, the reason of the solution closest to having it (e.g.
 * for Add alerts, one where the user can comment), else of the first shown.
 */
export function noReason(
  flag: SolutionFlag,
  user: ReportRow,
  access: ReportSpaceAccess | undefined,
  solutions: readonly Solution[]
): string {
  if (!access || solutions.length === 0) return noReasonTexts.noAccessInSpace();
  let closest = solutions[0];
  for (const capability of [...PROGRESS[flag]].reverse()) {
    closest = solutions.find((s) => access.solutions[s].capabilities[capability]) ?? closest;
  }
  if (solutions.length > 1 && !access.solutions[closest].capabilities.read) {
    return noReasonTexts.cannotViewAny();
  }
  return reasonIn(flag, user, access, closest);
}
