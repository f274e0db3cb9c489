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
  CAPABILITY_BITS,
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
  user: {
    enabled: boolean;
    profile: ProfileSummary | null;
    roles: readonly string[];
  };
}

const assignmentAllowed = (type: LicenseType) => allowsAssignment(type);
const externalAllowed = (type: LicenseType) => allowsExternalIncidentConnectors(type);
const CREATE_BIT = bitOf('create');
const UPDATE_BIT = bitOf('update');
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

/** The engine's form: grants as a bit mask (see bits.ts). */
export function solutionAccessFromMask(
  mask: number,
  availableMask: number,
  context: SolutionAccessContext,
  grants: Partial<Record<GrantKey, Grant[]>>,
  extraWarnings: readonly Warning[] = []
): SolutionAccess {
  const { solution, space, licenseType, buildFlavor, user } = context;
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
    warnings.push(
      cachedWarning('comment-without-alerts', `${solution}\u0000${space}\u0000${where}`, () =>
        messages.commentWithoutAlerts(APP_CATEGORIES[solution].label, where)
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
  for (const warning of extraWarnings) warnings.push(warning);
  return {
    level: accessLevel(mask, availableMask),
    capabilities: capabilitiesRecord(mask),
    assignable:
      read &&
      user.enabled &&
      user.profile !== null &&
      user.profile.enabled &&
      assignmentAllowed(licenseType),
    addAlerts: (mask & CREATE_COMMENT_BIT) !== 0 && readAlerts,
    ruleCaseActions: (mask & CREATE_BIT) !== 0 && (mask & UPDATE_BIT) !== 0,
    pushToExternal: (mask & PUSH_BIT) !== 0 && executeConnectors && externalAllowed(licenseType),
    manageConnectors: (mask & MANAGE_CONNECTORS_BIT) !== 0,
    connectors: connectorsAccess(mask),
    readAlerts,
    grants,
    warnings,
  };
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
