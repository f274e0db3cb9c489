/**
 * Turning granted capabilities into a `SolutionAccess`: level, derived flags and per-solution warnings. Pure, so
 * the engine (from roles) and the server's authoritative `/me` path (from Kibana's privilege check) agree.
 */
import type { LicenseType } from '@kbn/features-plugin/common';
import { APP_CATEGORIES } from '../features/categories';
import type {
  AccessLevel,
  CaseCapability,
  ConnectorsAccess,
  Grant,
  GrantKey,
  ProfileSummary,
  Solution,
  SolutionAccess,
  Warning,
} from '../report/types';
import { CASE_CAPABILITIES } from '../report/types';
import type { BuildFlavor } from '../snapshot/types';
import {
  ASSIGN_BIT,
  CAPABILITY_BITS,
  caseActionBits,
  countedBits,
  EXECUTE_CONNECTORS_BIT,
  MANAGE_CONNECTORS_BIT,
  READ_ALERTS_BIT,
  READ_BIT,
  bitOf,
  maskOf,
} from './bits';
import { allowsAssignment, allowsExternalIncidentConnectors } from './license';
import { messages } from './messages';

/** Serverless Observability roles that may create and manage cases ("Editor or higher"). */
export const SERVERLESS_OBSERVABILITY_EDITOR_ROLES: readonly string[] = ['editor', 'admin'];

export interface SolutionAccessContext {
  solution: Solution;
  space: string;
  /** The space's name, for the messages people read (the id when omitted). */
  spaceName?: string;
  /** The effective licence (see `effectiveLicenseType`). */
  licenseType: LicenseType;
  buildFlavor: BuildFlavor;
  /**
   * Whether the Cases system action of this Kibana version also requires `assign` (see
   * `caseActionRequiresAssign`); absent: as the newest release, which does.
   */
  caseActionRequiresAssign?: boolean;
  /**
   * `read` judged from the roles stored in the user's profile at the last login, which is what the assignee picker
   * checks (Elasticsearch's `_security/profile/_has_privileges`); absent: the current roles decide.
   */
  profileRead?: boolean;
  /** The Security alerts index the user may not search, though a Kibana privilege grants alerts. */
  alertIndexMissing?: string;
  user: {
    enabled: boolean;
    profile: ProfileSummary | null;
    roles: readonly string[];
  };
}

const assignmentAllowed = (type: LicenseType) => allowsAssignment(type);
const externalAllowed = (type: LicenseType) => allowsExternalIncidentConnectors(type);
const PUSH_BIT = bitOf('push');
const CREATE_COMMENT_BIT = bitOf('createComment');

/** Warnings that depend only on their message arguments are built once and shared. */
const warningCache = new Map<string, Warning>();
function cachedWarning(id: Warning['id'], key: string, message: () => string): Warning {
  const cacheKey = `${id}\u0000${key}`;
  let warning = warningCache.get(cacheKey);
  if (!warning) {
    warning = Object.freeze({ id, message: message() });
    warningCache.set(cacheKey, warning);
  }
  return warning;
}

const capabilitiesCache = new Map<number, Record<CaseCapability, boolean>>();

/** Capability records are shared between cells with the same grants; treat them as read-only. */
function capabilitiesRecord(mask: number): Record<CaseCapability, boolean> {
  const key = mask & CAPABILITY_BITS;
  let record = capabilitiesCache.get(key);
  if (!record) {
    record = Object.freeze(
      Object.fromEntries(CASE_CAPABILITIES.map((cap) => [cap, (key & bitOf(cap)) !== 0]))
    ) as Record<CaseCapability, boolean>;
    capabilitiesCache.set(key, record);
  }
  return record;
}

/**
 * Full: every capability the features in force can grant here; view: read alone; custom: read and some others;
 * none: no read.
 */
export function accessLevel(mask: number, availableMask: number): AccessLevel {
  if ((mask & READ_BIT) === 0) return 'none';
  const available = availableMask & CAPABILITY_BITS;
  const held = mask & available;
  if (held === available) return 'full';
  return (mask & CAPABILITY_BITS) === READ_BIT ? 'view' : 'custom';
}

export function connectorsAccess(mask: number): ConnectorsAccess {
  if ((mask & MANAGE_CONNECTORS_BIT) !== 0) return 'all';
  return (mask & EXECUTE_CONNECTORS_BIT) !== 0 ? 'read' : 'none';
}

/**
 * Whether a user can be offered as an assignee: an enabled profile, `read` judged from the profile's stored roles,
 * and an active Platinum licence or higher. The user account's own `enabled` does not matter to the picker
 * (x-pack/platform/plugins/shared/cases/server/routes/api/internal/suggest_user_profiles.ts asks the security
 * plugin's `userProfiles.suggest` with `requiredPrivileges`, which checks profiles, not users).
 */
export function isAssignable(
  profile: ProfileSummary | null,
  profileRead: boolean,
  licenseType: LicenseType
): boolean {
  return profileRead && profile !== null && profile.enabled && assignmentAllowed(licenseType);
}

/**
 * The Cases system action on a rule: an active Platinum licence or higher (the action type's
 * `minimumLicenseRequired` in x-pack/platform/plugins/shared/cases/server/connectors/cases/index.ts), Connectors
 * execute, and every case operation the action runs (`CASE_ACTION_BITS`).
 */
export function allowsRuleCaseActions(
  mask: number,
  licenseType: LicenseType,
  requiresAssign: boolean
): boolean {
  const needed = caseActionBits(requiresAssign);
  return assignmentAllowed(licenseType) && (mask & needed) === needed;
}

/** The engine's form: grants as a bit mask (see bits.ts). */
export function solutionAccessFromMask(
  grantedMask: number,
  grantedAvailable: number,
  context: SolutionAccessContext,
  grants: Partial<Record<GrantKey, Grant[]>>,
  extraWarnings: readonly Warning[] = []
): SolutionAccess {
  const { solution, space, licenseType, buildFlavor, user } = context;
  // Below an active Platinum, `assign` stays in the provenance but does not count.
  const counted = countedBits(assignmentAllowed(licenseType));
  const mask = grantedMask & counted;
  const availableMask = grantedAvailable & counted;
  const where = context.spaceName || space;
  const read = (mask & READ_BIT) !== 0;
  const readAlerts = (mask & READ_ALERTS_BIT) !== 0;
  const executeConnectors = (mask & EXECUTE_CONNECTORS_BIT) !== 0;
  const warnings: Warning[] = [];
  if ((mask & PUSH_BIT) !== 0 && !executeConnectors) {
    warnings.push(
      cachedWarning('push-without-connectors', `${space}\u0000${where}`, () =>
        messages.pushWithoutConnectors(where)
      )
    );
  }
  if ((mask & CREATE_COMMENT_BIT) !== 0 && !readAlerts) {
    const index = context.alertIndexMissing;
    warnings.push(
      index
        ? cachedWarning('comment-without-alerts', `index\u0000${index}\u0000${where}`, () =>
            messages.commentWithoutAlertIndex(where, index)
          )
        : cachedWarning('comment-without-alerts', `${solution}\u0000${space}\u0000${where}`, () =>
            // Stack Management cases take the alerts of every feature outside Security (catalog.ts).
            solution === 'management'
              ? messages.commentWithoutStackAlerts(where)
              : messages.commentWithoutAlerts(APP_CATEGORIES[solution].label, where)
          )
    );
  }
  if (
    buildFlavor === 'serverless' &&
    solution === 'observability' &&
    read &&
    !user.roles.some((role) => SERVERLESS_OBSERVABILITY_EDITOR_ROLES.includes(role))
  ) {
    warnings.push(
      cachedWarning('serverless-observability-editor', '', messages.serverlessObservabilityEditor)
    );
  }
  const profileRead = context.profileRead ?? read;
  if (user.profile !== null && profileRead !== read) {
    warnings.push(
      cachedWarning('roles-changed-since-login', `${profileRead}\u0000${space}\u0000${where}`, () =>
        messages.rolesChangedSinceLogin(profileRead, where)
      )
    );
  }
  for (const warning of extraWarnings) warnings.push(warning);
  const cell: SolutionAccess = {
    level: accessLevel(mask, availableMask),
    capabilities: capabilitiesRecord(mask),
    assignable: isAssignable(user.profile, profileRead, licenseType),
    addAlerts: (mask & CREATE_COMMENT_BIT) !== 0 && readAlerts,
    ruleCaseActions: allowsRuleCaseActions(
      mask,
      licenseType,
      context.caseActionRequiresAssign ?? true
    ),
    pushToExternal: (mask & PUSH_BIT) !== 0 && executeConnectors && externalAllowed(licenseType),
    manageConnectors: (mask & MANAGE_CONNECTORS_BIT) !== 0,
    connectors: connectorsAccess(mask),
    readAlerts,
    grants,
    warnings,
  };
  if ((grantedMask & ~counted & ASSIGN_BIT) !== 0) {
    cell.notCounted = { assign: messages.assignNotCounted(licenseType) };
  }
  return cell;
}

/**
 * Builds a solution cell from granted capabilities, e.g. those Kibana's authorisation service confirmed for the
 * current user. `available` lists the capabilities the features in force can grant for this solution in the
 * space (from `AccessEngine.availableCapabilities` or `availableCapabilities`).
 */
export function buildSolutionAccess(
  granted: Iterable<GrantKey>,
  available: Iterable<CaseCapability>,
  context: SolutionAccessContext,
  grants: Partial<Record<GrantKey, Grant[]>> = {},
  extraWarnings: readonly Warning[] = []
): SolutionAccess {
  return solutionAccessFromMask(maskOf(granted), maskOf(available), context, grants, extraWarnings);
}
