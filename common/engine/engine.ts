/**
 * The access engine: every user's effective case access per space and solution, where it comes from, and what is
 * not ready. Each role is resolved once per space. Two forms of a space: compact (`evaluateSpaceCompact`: bits,
 * levels, flags and warning ids in typed arrays, for filtering, sorting and counting every user) and rows
 * (`UserAccess` with provenance), built only for the users shown or written, from the same rules.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getBuiltinFeatures } from '../features';
import { CASE_OWNERS } from '../features/constants';
import { KIBANA_FEATURE_IDS, featureIdOfPrivilege } from '../features/feature_ids';
import {
  SOLUTIONS,
  WARNING_IDS,
  type CaseCapability,
  type Grant,
  type GrantKey,
  type ReadinessWarning,
  type Report,
  type Solution,
  type SolutionAccess,
  type SpaceAccess,
  type UserAccess,
  type UserDetail,
  type Warning,
  type WarningId,
} from '../report/types';
import type { DirectorySnapshot, SnapshotSpace } from '../snapshot/types';
import {
  CAPABILITY_BITS,
  GRANT_KEYS,
  READ_ALERTS_BIT,
  READ_BIT,
  SOLUTION_INDEX,
  bitOf,
  capabilitiesOf,
  emptyMasks,
  isEmpty,
  orInto,
  type SolutionMasks,
} from './bits';
import { buildPrivilegeCatalog, type PrivilegeCatalog } from './catalog';
import {
  USER_ENABLED,
  USER_HAS_PROFILE,
  USER_PROFILE_ENABLED,
  directoryUser,
  indexDirectory,
  rawRoles,
  type DirectoryUser,
} from './directory';
import { suggestGrants } from './explain';
import { caseActionRequiresAssign } from './kibana_version';
import { effectiveLicenseType, allowsAssignment, allowsSubFeaturePrivileges } from './license';
import { listNames, messages } from './messages';
import { analyseRole, roleReadsIndex, type RoleInfo } from './roles';
import { SERVERLESS_OBSERVABILITY_EDITOR_ROLES, solutionAccessFromMask } from './solution_access';
import {
  evaluateCompact,
  resolveRoleMasks,
  SECURITY_SOLUTION_INDEX,
  warningBit,
  type RoleMasks,
  type SpaceEvaluation,
  type StaticUserWarnings,
} from './space_evaluation';
import { disabledFeaturesOfSpace, resourceCoversSpace } from './spaces';

export interface AccessEngine {
  readonly catalog: PrivilegeCatalog;
  /** Deployment-wide warnings, most severe first. */
  readiness(): ReadinessWarning[];
  spaces(): Array<{ id: string; name: string }>;
  /** Every user, sorted by username, with `spaces` holding just this space. Throws for an unknown space. */
  evaluateSpace(spaceId: string): UserAccess[];
  /**
   * One user in the given spaces (default: all). A user is a username in a realm: give `realm` (realm name or
   * security domain) when several realms have the username; without it, the first (the Elasticsearch user).
   */
  evaluateUser(
    username: string,
    spaceIds?: readonly string[],
    realm?: string
  ): UserAccess | undefined;
  /** Readiness (with each given space's `spaceReadiness`) and every user in the given spaces (default: all). */
  report(spaceIds?: readonly string[]): Report;
  /** One user in one space, with what would grant each missing capability (`realm`: see `evaluateUser`). */
  explainUser(username: string, spaceId: string, realm?: string): UserDetail | undefined;
  /** The case capabilities the features in force can grant for a solution in a space. */
  availableCapabilities(spaceId: string, solution: Solution): CaseCapability[];
  /**
   * Warnings about one space, beside the deployment's `readiness()`: `hidden-not-revoked` when the space hides a
   * Cases feature that users can still reach through the Cases API. Throws for an unknown space.
   */
  spaceReadiness(spaceId: string): ReadinessWarning[];
  /**
   * Every user of one space in compact form (typed arrays by user number, in username order), for filtering,
   * sorting and counting without building rows; `materialize(u)` gives a row exactly as `evaluateSpace` does.
   * Computed once per space and kept. Throws for an unknown space.
   */
  evaluateSpaceCompact(spaceId: string): SpaceEvaluation;
  /**
   * The users of `report(spaceIds)`, one at a time and in the same order, so a writer can stream a report of
   * every space without holding all of it. Checks the space ids before yielding anything.
   */
  reportUsers(spaceIds?: readonly string[]): IterableIterator<UserAccess>;
  /**
   * The users of `report(spaceIds)` with only `spaceId`'s entry in `spaces` (their own warnings still reflect
   * every space of the report), one at a time: for writers that lay out one space at a time.
   */
  reportUsersInSpace(spaceId: string, spaceIds?: readonly string[]): IterableIterator<UserAccess>;
}

/** An unknown space id or another mistake in a call to the engine. */
export class AccessEngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessEngineError';
  }
}

const SEVERITY: Partial<Record<WarningId, ReadinessWarning['severity']>> = {
  'partial-directory': 'critical',
  'license-expired': 'critical',
  'license-below-gold': 'warning',
  'license-below-platinum': 'warning',
  'public-base-url-missing': 'warning',
  'email-service-unavailable': 'warning',
  'missing-role': 'warning',
  'role-not-readable': 'warning',
  'role-disabled-by-license': 'warning',
  'hidden-not-revoked': 'warning',
  'unknown-privileges': 'warning',
  'deprecated-feature-privileges': 'info',
};
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;
const WARNING_ORDER = new Map<WarningId, number>(WARNING_IDS.map((id, index) => [id, index]));

function byWarningId(a: Warning, b: Warning): number {
  return (WARNING_ORDER.get(a.id) ?? 0) - (WARNING_ORDER.get(b.id) ?? 0);
}

/** One role's grants in one space: what it adds, and what a disabled feature voids. */
interface Contribution {
  grant: Grant;
  masks: SolutionMasks;
}
interface VoidedContribution extends Contribution {
  featureId: string;
}
interface RoleInSpace {
  masks: SolutionMasks;
  contributions: Contribution[];
  voided: VoidedContribution[];
  /** Per solution: the grants of each key this role holds (shared by every user holding the role). */
  grants: ReadonlyArray<Partial<Record<GrantKey, Grant[]>>>;
}
/** A set of roles in one space, shared by every user holding exactly that set. */
interface RoleSetInSpace {
  masks: SolutionMasks;
  grants: Array<Partial<Record<GrantKey, Grant[]>>>;
  voidedWarnings: Warning[][];
  /** A Kibana privilege grants Security alerts, but no role may search the space's alerts index. */
  alertIndexMissing: boolean;
  /** Finished cells by solution and user state (see `assignableState` and `cell`). */
  cells: Array<SolutionAccess | undefined>;
}
/** Cell slots per solution in `RoleSetInSpace.cells`: profile ready (1), editor (2), roles changed (4). */
const CELL_STATES = 8;
interface SpaceContext {
  space: SnapshotSpace;
  disabled: Set<string>;
  /** Everything the features enabled in the space can grant, per solution. */
  available: SolutionMasks;
  roles: Map<string, RoleInSpace>;
  /** Bounded (see ROLE_SET_CACHE_LIMIT): most role sets are held by one user in large directories. */
  roleSets: Map<string, RoleSetInSpace>;
  /** Every role's bits in the space, for compact evaluation (resolved on first use). */
  roleMasks?: RoleMasks;
  compact?: SpaceEvaluation;
  /** feature-disabled-in-space warnings by their text, shared by the role sets that cause them. */
  voidedMessages: Map<string, Warning[]>;
  /** Per role number: 1 when the role may search the space's Security alerts index. */
  alertIndexRead: Uint8Array;
  /** Per solution: the Cases API still authorises the owner in the space (see `apiReachableOwners`). */
  apiReachable: boolean[];
}

/** The alias Security's detection alerts of a space are searched through, as the user. */
export function securityAlertsIndex(spaceId: string): string {
  return `.alerts-security.alerts-${spaceId}`;
}

/**
 * Per solution: whether the Cases HTTP API still authorises the solution's owner in the space. Its authorisation
 * takes the owners of every feature the space does not list in `disabledFeatures`
 * (x-pack/platform/plugins/shared/cases/server/authorization/authorization.ts, `Authorization.create`), deprecated
 * features included (a space never lists those), and ignores the solution view.
 */
export function apiReachableOwners(
  features: readonly KibanaFeatureConfig[],
  space: SnapshotSpace
): boolean[] {
  const disabled = new Set(space.disabledFeatures);
  const owners = new Set(
    features.filter((feature) => !disabled.has(feature.id)).flatMap((f) => f.cases ?? [])
  );
  return SOLUTIONS.map((solution) => owners.has(CASE_OWNERS[solution]));
}

const NO_GRANTS: Partial<Record<GrantKey, Grant[]>> = Object.freeze({});
const NO_ROLE_GRANTS: ReadonlyArray<Partial<Record<GrantKey, Grant[]>>> = Object.freeze(
  SOLUTIONS.map(() => NO_GRANTS)
);
const NO_WARNINGS: Warning[] = [];
/** Local copy: imported bindings can cost a getter call per use in hot loops. */
const READ = READ_BIT;

function freezeCell(cell: SolutionAccess): SolutionAccess {
  Object.freeze(cell.warnings);
  return Object.freeze(cell);
}
const GRANT_KEY_BITS: ReadonlyArray<[GrantKey, number]> = GRANT_KEYS.map((key) => [
  key,
  bitOf(key),
]);
/**
 * Role sets kept per space for materialising rows. Sharing helps when many users hold the same roles; when
 * nearly every user holds a set of their own (10k users, 1k roles), an unbounded cache would hold every row's
 * grants of every space, so it is emptied when it reaches this size.
 */
const ROLE_SET_CACHE_LIMIT = 64;
// Local copies: compiled to CommonJS, each use of an imported binding is a getter call, too dear in loops.
const USER_ENABLED_STATE = USER_ENABLED;
const USER_HAS_PROFILE_STATE = USER_HAS_PROFILE;
const USER_PROFILE_ENABLED_STATE = USER_PROFILE_ENABLED;
const USER_DISABLED_BIT = warningBit('user-disabled');
const PROFILE_DISABLED_BIT = warningBit('profile-disabled');
const NOT_READABLE_BIT = warningBit('role-not-readable');
const DISABLED_BY_LICENSE_BIT = warningBit('role-disabled-by-license');
const UNKNOWN_PRIVILEGES_BIT = warningBit('unknown-privileges');
const DEPRECATED_BIT = warningBit('deprecated-feature-privileges');

/**
 * The feature definitions in force: the snapshot's, or the built-in ones for its build flavour and Kibana version
 * (template privileges only from 9.4.0; an unknown version reads as the newest).
 */
export function featuresInForce(snapshot: DirectorySnapshot): KibanaFeatureConfig[] {
  return (
    snapshot.kibana.features ??
    getBuiltinFeatures({
      buildFlavor: snapshot.kibana.buildFlavor,
      kibanaVersion: snapshot.kibana.version,
      projectType: snapshot.kibana.projectType,
    })
  );
}

export function createAccessEngine(snapshot: DirectorySnapshot): AccessEngine {
  const features = featuresInForce(snapshot);
  const featuresComplete = snapshot.kibana.features !== undefined;
  const licenseType = effectiveLicenseType(snapshot.license);
  // Kibana registers privileges by the licence's type whatever its status (the security plugin's
  // `hasAtLeast` ignores expiry), so an expired Gold licence keeps sub-feature privileges; features that check
  // an active licence themselves (assignment, external connectors) use `licenseType`.
  const catalog = buildPrivilegeCatalog(features, { licenseType: snapshot.license.type });
  const buildFlavor = snapshot.kibana.buildFlavor;
  const requiresAssign = caseActionRequiresAssign(snapshot.kibana.version, buildFlavor);

  // Role numbers follow the names' order (the plain sort compares UTF-16 code units, as `byString`).
  const roleNames = Object.keys(snapshot.roles).sort();
  const roleNumber = new Map<string, number>();
  const roleList = new Array<RoleInfo>(roleNames.length);
  const roleInfos = new Map<string, RoleInfo>();
  roleNames.forEach((name, number) => {
    const info = analyseRole(name, snapshot.roles[name], catalog);
    roleNumber.set(name, number);
    roleList[number] = info;
    roleInfos.set(name, info);
  });
  const isReservedRole = (name: string) => snapshot.roles[name]?.metadata?._reserved === true;
  /**
   * Unknown privilege names worth reporting. With the built-in definitions (a subset of Kibana's features), a
   * name of a feature Kibana 9.x registers but the built-ins do not describe cannot be judged and is left out;
   * a feature no Kibana registers (a typo) is reported, as are unknown privileges of described features.
   */
  const reportableUnknown = (info: RoleInfo): string[] =>
    featuresComplete
      ? info.unknown
      : info.unknown.filter((name) => {
          if (catalog.unregisteredReason(name) !== 'unknown-feature') return true;
          const featureId = featureIdOfPrivilege(name);
          return featureId !== undefined && !KIBANA_FEATURE_IDS.has(featureId);
        });

  const index = indexDirectory(snapshot, roleNumber);
  const userObjects = new Array<DirectoryUser | undefined>(index.count);
  const userAt = (u: number): DirectoryUser =>
    (userObjects[u] ??= directoryUser(index, u, roleNames));
  let userNumbers: Map<string, number[]> | undefined;
  /**
   * A user by username and, when several realms have that username, realm (the profile's realm name or security
   * domain); without a realm, the first of them (the Elasticsearch user, when there is one).
   */
  const userByName = (username: string, realm?: string): DirectoryUser | undefined => {
    if (!userNumbers) {
      userNumbers = new Map();
      index.usernames.forEach((name, u) => {
        const list = userNumbers?.get(name);
        if (list) list.push(u);
        else userNumbers?.set(name, [u]);
      });
    }
    const numbers = userNumbers.get(username);
    if (!numbers) return undefined;
    if (realm === undefined) return userAt(numbers[0]);
    const u = numbers.find((n) => {
      const profile = index.profileOf(n);
      return profile?.user.realm_name === realm || profile?.user.realm_domain === realm;
    });
    return u === undefined ? undefined : userAt(u);
  };
  const spaceById = new Map(snapshot.kibana.spaces.map((space) => [space.id, space]));
  const spaceContexts = new Map<string, SpaceContext>();
  const staticWarnings = new WeakMap<DirectoryUser, Warning[]>();
  let noProfile: Warning | undefined;
  const noProfileWarning = (): Warning =>
    (noProfile ??= { id: 'no-profile', message: messages.noProfile() });

  function spaceContext(spaceId: string): SpaceContext {
    let context = spaceContexts.get(spaceId);
    if (context) return context;
    const space = spaceById.get(spaceId);
    if (!space) {
      const known = snapshot.kibana.spaces.map((s) => s.id).join(', ');
      throw new AccessEngineError(`Unknown space "${spaceId}"; the spaces are: ${known}`);
    }
    const disabled = disabledFeaturesOfSpace(features, space, { buildFlavor });
    const available = emptyMasks();
    for (const feature of features) {
      if (!disabled.has(feature.id)) orInto(available, catalog.featureMasks(feature.id));
    }
    const alertIndex = securityAlertsIndex(space.id);
    const alertIndexRead = new Uint8Array(roleList.length);
    roleList.forEach((info, number) => {
      if (roleReadsIndex(info, alertIndex)) alertIndexRead[number] = 1;
    });
    context = {
      space,
      disabled,
      available,
      roles: new Map(),
      roleSets: new Map(),
      voidedMessages: new Map(),
      alertIndexRead,
      apiReachable: apiReachableOwners(features, space),
    };
    spaceContexts.set(spaceId, context);
    return context;
  }

  function roleInSpace(context: SpaceContext, roleName: string): RoleInSpace {
    let resolved = context.roles.get(roleName);
    if (resolved) return resolved;
    resolved = { masks: emptyMasks(), contributions: [], voided: [], grants: [] };
    const info = roleInfos.get(roleName);
    for (const entry of info?.entries ?? []) {
      for (const resource of entry.resources) {
        if (!resourceCoversSpace(resource, context.space.id)) continue;
        const grant: Grant = { role: roleName, privilege: entry.name, resource };
        if (entry.superuser) {
          const masks: SolutionMasks = [...context.available];
          resolved.contributions.push({ grant, masks });
          orInto(resolved.masks, masks);
          continue;
        }
        const masks = emptyMasks();
        for (const effect of entry.privilege?.effects ?? []) {
          if (context.disabled.has(effect.featureId)) {
            resolved.voided.push({ grant, masks: effect.masks, featureId: effect.featureId });
          } else {
            orInto(masks, effect.masks);
          }
        }
        if (!isEmpty(masks)) {
          resolved.contributions.push({ grant, masks });
          orInto(resolved.masks, masks);
        }
      }
    }
    const { contributions, masks } = resolved;
    // A role that grants nothing here (most of a user's roles, in large directories) shares one empty answer.
    if (contributions.length === 0) {
      resolved.grants = NO_ROLE_GRANTS;
      context.roles.set(roleName, resolved);
      return resolved;
    }
    resolved.grants = SOLUTIONS.map((_, index) => {
      if (masks[index] === 0) return NO_GRANTS;
      const byKey: Partial<Record<GrantKey, Grant[]>> = {};
      for (const [key, bit] of GRANT_KEY_BITS) {
        if ((masks[index] & bit) === 0) continue;
        byKey[key] = contributions.filter((c) => (c.masks[index] & bit) !== 0).map((c) => c.grant);
      }
      return byKey;
    });
    context.roles.set(roleName, resolved);
    return resolved;
  }

  function featureLabel(featureId: string): string {
    const feature = catalog.feature(featureId);
    return feature ? `${feature.category.label} → ${feature.name}` : featureId;
  }

  function roleSetInSpace(context: SpaceContext, user: DirectoryUser): RoleSetInSpace {
    let resolved = context.roleSets.get(user.roleKey);
    if (resolved) return resolved;
    if (context.roleSets.size >= ROLE_SET_CACHE_LIMIT) context.roleSets.clear();
    const masks = emptyMasks();
    const perRole = user.existingRoles.map((role) => roleInSpace(context, role));
    for (const role of perRole) orInto(masks, role.masks);
    // Security's detection alerts are searched as the user: reading them also needs read on the alerts index.
    const alertIndex = user.existingRoles.some(
      (role) => context.alertIndexRead[roleNumber.get(role) ?? -1] === 1
    );
    const security = SECURITY_SOLUTION_INDEX;
    const alertIndexMissing = !alertIndex && (masks[security] & READ_ALERTS_BIT) !== 0;
    if (alertIndexMissing) masks[security] &= ~READ_ALERTS_BIT;
    const grants = SOLUTIONS.map((_, index) => {
      const holders = perRole.filter((role) => role.masks[index] !== 0);
      if (holders.length === 0) return NO_GRANTS;
      // One contributing role: share its grants as they are (the common case, and no allocation).
      if (holders.length === 1) return holders[0].grants[index];
      const byKey: Partial<Record<GrantKey, Grant[]>> = {};
      for (const [key, bit] of GRANT_KEY_BITS) {
        if ((masks[index] & bit) === 0) continue;
        let list: Grant[] | undefined;
        let shared = true;
        for (const role of holders) {
          const own = role.grants[index][key];
          if (!own) continue;
          if (!list) list = own;
          else {
            list = shared ? [...list, ...own] : (list.push(...own), list);
            shared = false;
          }
        }
        if (list) byKey[key] = list;
      }
      return byKey;
    });
    if (alertIndexMissing && grants[security].readAlerts) {
      const { readAlerts: _dropped, ...rest } = grants[security];
      grants[security] = rest;
    }
    const anyVoided = perRole.some((role) => role.voided.length > 0);
    const voidedWarnings = SOLUTIONS.map((_, index) => {
      if (!anyVoided) return NO_WARNINGS;
      const lost = perRole
        .flatMap((role) => role.voided)
        .filter((voided) => (voided.masks[index] & CAPABILITY_BITS & ~masks[index]) !== 0);
      if (lost.length === 0) return NO_WARNINGS;
      const grantsText = listNames([
        ...new Set(lost.map(({ grant }) => `${grant.privilege} (role ${grant.role})`)),
      ]);
      const featuresText = listNames([
        ...new Set(lost.map(({ featureId }) => featureLabel(featureId))),
      ]);
      const key = `${grantsText}\u0000${featuresText}`;
      const reachable = context.apiReachable[index];
      const cacheKey = `${key}\u0000${reachable}`;
      let warnings = context.voidedMessages.get(cacheKey);
      if (!warnings) {
        const message = messages.featureDisabledInSpace(
          grantsText,
          featuresText,
          context.space.name || context.space.id
        );
        warnings = [{ id: 'feature-disabled-in-space', message }];
        if (reachable) {
          warnings.push({
            id: 'hidden-not-revoked',
            message: messages.hiddenNotRevoked(
              featuresText,
              context.space.name || context.space.id
            ),
          });
        }
        context.voidedMessages.set(cacheKey, warnings);
      }
      return warnings;
    });
    resolved = {
      masks,
      grants,
      voidedWarnings,
      alertIndexMissing,
      cells: new Array<SolutionAccess | undefined>(SOLUTIONS.length * CELL_STATES),
    };
    context.roleSets.set(user.roleKey, resolved);
    return resolved;
  }

  /** Per role: the unknown-privileges warning it causes, if any (computed once per role). */
  const roleUnknownWarning = new Map<string, Warning | undefined>();
  function unknownWarningOf(role: string): Warning | undefined {
    if (roleUnknownWarning.has(role)) return roleUnknownWarning.get(role);
    const info = roleInfos.get(role);
    const unknown = info ? reportableUnknown(info) : [];
    const warning =
      unknown.length > 0
        ? {
            id: 'unknown-privileges' as const,
            message: messages.unknownPrivilegesUser(role, unknown),
          }
        : undefined;
    roleUnknownWarning.set(role, warning);
    return warning;
  }

  function userStaticWarnings(user: DirectoryUser): Warning[] {
    let warnings = staticWarnings.get(user);
    if (warnings) return warnings;
    warnings = [];
    if (!user.enabled) warnings.push({ id: 'user-disabled', message: messages.userDisabled() });
    if (user.profile && !user.profile.enabled) {
      warnings.push({
        id: 'profile-disabled',
        message: messages.profileDisabled(user.profile.uid),
      });
    }
    if (user.missingRoles.length > 0) {
      warnings.push({
        id: 'role-not-readable',
        message: messages.roleNotReadableUser(user.missingRoles),
      });
    }
    const disabledRoles = user.existingRoles.filter(
      (role) => roleInfos.get(role)?.disabledByLicense === true
    );
    if (disabledRoles.length > 0) {
      warnings.push({
        id: 'role-disabled-by-license',
        message: messages.roleDisabledByLicenseUser(disabledRoles),
      });
    }
    const deprecatedRoles: string[] = [];
    for (const role of user.existingRoles) {
      const unknown = unknownWarningOf(role);
      if (unknown) warnings.push(unknown);
      if ((roleInfos.get(role)?.deprecated.length ?? 0) > 0) deprecatedRoles.push(role);
    }
    if (deprecatedRoles.length > 0) {
      warnings.push({
        id: 'deprecated-feature-privileges',
        message: messages.deprecatedFeaturePrivilegesUser(deprecatedRoles),
      });
    }
    if (warnings.length > 1) warnings.sort(byWarningId);
    staticWarnings.set(user, warnings);
    return warnings;
  }

  /**
   * Whether a user can be assigned when their profile's roles hold read: decided once per user, outside the hot
   * loop. The picker offers enabled profiles; the user account's `enabled` does not matter to it.
   */
  function assignableState(user: DirectoryUser): number {
    const profileOk = user.profile !== null && user.profile.enabled ? 1 : 0;
    const editor =
      buildFlavor === 'serverless' &&
      user.roles.some((role) => SERVERLESS_OBSERVABILITY_EDITOR_ROLES.includes(role))
        ? 2
        : 0;
    return profileOk | editor;
  }

  /**
   * A solution cell. Cells depend only on the role set, the space, the solution and the user's state (profile and
   * editor role), so users alike share one frozen cell; copy a cell before changing it.
   */
  function cell(
    context: SpaceContext,
    set: RoleSetInSpace,
    index: number,
    user: DirectoryUser,
    state: number
  ): SolutionAccess {
    const slot = index * CELL_STATES + state;
    const cached = set.cells[slot];
    if (cached) return cached;
    const read = (set.masks[index] & READ) !== 0;
    const made = freezeCell(
      solutionAccessFromMask(
        set.masks[index],
        context.available[index],
        {
          solution: SOLUTIONS[index],
          space: context.space.id,
          spaceName: context.space.name,
          licenseType,
          buildFlavor,
          caseActionRequiresAssign: requiresAssign,
          // State 4: the profile's stored roles answer `read` the other way.
          profileRead: (state & 4) !== 0 ? !read : read,
          alertIndexMissing:
            index === SECURITY_SOLUTION_INDEX && set.alertIndexMissing
              ? securityAlertsIndex(context.space.id)
              : undefined,
          user,
        },
        set.grants[index],
        set.voidedWarnings[index]
      )
    );
    set.cells[slot] = made;
    return made;
  }

  /**
   * Bit `1 << solution` set where the roles stored in the user's profile (last login) answer `read` differently
   * from the current roles.
   */
  function profileReadChanges(
    context: SpaceContext,
    set: RoleSetInSpace,
    user: DirectoryUser
  ): number {
    if (!user.profileRoles || user.profile === null) return 0;
    const stored = emptyMasks();
    for (const role of user.profileRoles) orInto(stored, roleInSpace(context, role).masks);
    let changed = 0;
    for (let index = 0; index < SOLUTIONS.length; index++) {
      if (((stored[index] ^ set.masks[index]) & READ) !== 0) changed |= 1 << index;
    }
    return changed;
  }

  /** `readElsewhere`: the user reads cases in a space of the report beyond `spaceIds` (for `no-profile`). */
  function evaluate(
    user: DirectoryUser,
    spaceIds: readonly string[],
    readElsewhere = false
  ): UserAccess {
    const spaces = new Array<SpaceAccess>(spaceIds.length);
    const state = assignableState(user);
    let hasRead = readElsewhere;
    for (let i = 0; i < spaceIds.length; i++) {
      const context = spaceContext(spaceIds[i]);
      const set = roleSetInSpace(context, user);
      if (((set.masks[0] | set.masks[1] | set.masks[2]) & READ) !== 0) hasRead = true;
      const changed = profileReadChanges(context, set, user);
      spaces[i] = {
        space: context.space.id,
        solutions: {
          management: cell(context, set, 0, user, state | (changed & 1 ? 4 : 0)),
          security: cell(context, set, 1, user, state | (changed & 2 ? 4 : 0)),
          observability: cell(context, set, 2, user, state | (changed & 4 ? 4 : 0)),
        },
      };
    }
    const staticOnes = userStaticWarnings(user);
    let warnings: Warning[];
    if (hasRead && user.profile === null) {
      warnings = [...staticOnes, noProfileWarning()];
      warnings.sort(byWarningId);
    } else {
      warnings = staticOnes.slice();
    }
    const access: UserAccess = {
      username: user.username,
      enabled: user.enabled,
      roles: user.roles,
      profile: user.profile,
      warnings,
      spaces,
    };
    if (user.fullName !== undefined) access.fullName = user.fullName;
    if (user.email !== undefined) access.email = user.email;
    if (user.realm !== undefined) access.realm = user.realm;
    return access;
  }

  function allUsers(map: (user: DirectoryUser) => UserAccess): UserAccess[] {
    const rows = new Array<UserAccess>(index.count);
    for (let u = 0; u < index.count; u++) rows[u] = map(userAt(u));
    return rows;
  }

  /**
   * The id bits and number of each user's own warnings that do not depend on a space (everything but
   * `no-profile`), counted the way `userStaticWarnings` builds them, without building their messages.
   */
  let staticCache: StaticUserWarnings | undefined;
  function staticUserWarnings(): StaticUserWarnings {
    if (staticCache) return staticCache;
    const roleFlags = new Uint8Array(roleList.length);
    roleList.forEach((info, number) => {
      if (unknownWarningOf(info.name)) roleFlags[number] |= 1;
      if (info.deprecated.length > 0) roleFlags[number] |= 2;
      if (info.disabledByLicense) roleFlags[number] |= 4;
    });
    const bits = new Uint32Array(index.count);
    const counts = new Uint32Array(index.count);
    for (let u = 0; u < index.count; u++) {
      const state = index.state[u];
      let own = 0;
      let count = 0;
      if ((state & USER_ENABLED_STATE) === 0) {
        own |= USER_DISABLED_BIT;
        count++;
      }
      if ((state & USER_HAS_PROFILE_STATE) !== 0 && (state & USER_PROFILE_ENABLED_STATE) === 0) {
        own |= PROFILE_DISABLED_BIT;
        count++;
      }
      if (index.missingRoles.has(u)) {
        own |= NOT_READABLE_BIT;
        count++;
      }
      let deprecated = false;
      let disabledByLicense = false;
      for (let i = index.roleStart[u]; i < index.roleStart[u + 1]; i++) {
        const flags = roleFlags[index.roleIds[i]];
        if ((flags & 1) !== 0) {
          own |= UNKNOWN_PRIVILEGES_BIT;
          count++;
        }
        if ((flags & 2) !== 0) deprecated = true;
        if ((flags & 4) !== 0) disabledByLicense = true;
      }
      if (disabledByLicense) {
        own |= DISABLED_BY_LICENSE_BIT;
        count++;
      }
      if (deprecated) {
        own |= DEPRECATED_BIT;
        count++;
      }
      bits[u] = own;
      counts[u] = count;
    }
    staticCache = { bits, counts };
    return staticCache;
  }

  /** On serverless: 1 for each user holding the Editor role or higher (decides an Observability warning). */
  let editorCache: Uint8Array | undefined;
  function editorUsers(): Uint8Array | undefined {
    if (buildFlavor !== 'serverless') return undefined;
    if (editorCache) return editorCache;
    editorCache = new Uint8Array(index.count);
    for (let u = 0; u < index.count; u++) {
      const roles = rawRoles(index, u);
      if (roles.some((role) => SERVERLESS_OBSERVABILITY_EDITOR_ROLES.includes(role))) {
        editorCache[u] = 1;
      }
    }
    return editorCache;
  }

  function allSpaceIds(): string[] {
    return snapshot.kibana.spaces.map((space) => space.id);
  }

  function checkedSpaceIds(spaceIds: readonly string[] | undefined): readonly string[] {
    if (spaceIds === undefined) return allSpaceIds();
    for (const spaceId of spaceIds) spaceContext(spaceId);
    return spaceIds;
  }

  let readinessCache: ReadinessWarning[] | undefined;
  function readiness(): ReadinessWarning[] {
    if (readinessCache) return readinessCache;
    const found: Array<{ id: WarningId; message: string; roles?: string[] }> = [];
    const { kibana, license } = snapshot;
    if (snapshot.partial && snapshot.partial.length > 0) {
      found.push({ id: 'partial-directory', message: messages.partialDirectory(snapshot.partial) });
    }
    if (license.status === 'expired') {
      found.push({ id: 'license-expired', message: messages.licenseExpired(license.type) });
    }
    if (!allowsSubFeaturePrivileges(license.type)) {
      const roles = [...roleInfos.values()]
        .filter((info) => info.licenseVoided.length > 0)
        .map((info) => info.name);
      found.push({
        id: 'license-below-gold',
        message: messages.licenseBelowGold(license.type, roles),
        ...(roles.length > 0 ? { roles } : {}),
      });
    }
    if (!allowsAssignment(license.type)) {
      found.push({
        id: 'license-below-platinum',
        message: messages.licenseBelowPlatinum(license.type),
      });
    }
    if (kibana.buildFlavor === 'traditional' && !kibana.publicBaseUrl) {
      found.push({ id: 'public-base-url-missing', message: messages.publicBaseUrlMissing() });
    }
    if (!kibana.emailServiceAvailable) {
      found.push({ id: 'email-service-unavailable', message: messages.emailServiceUnavailable() });
    }
    const withMissingRoles = [...index.missingRoles.keys()].map((u) => index.usernames[u]);
    if (withMissingRoles.length > 0) {
      found.push({ id: 'role-not-readable', message: messages.roleNotReadable(withMissingRoles) });
    }
    const disabledRoles = roleList.filter((info) => info.disabledByLicense).map((i) => i.name);
    if (disabledRoles.length > 0) {
      found.push({
        id: 'role-disabled-by-license',
        message: messages.roleDisabledByLicense(disabledRoles),
      });
    }
    const adminRoles = [...roleInfos.values()].filter((info) => !isReservedRole(info.name));
    const unknownRoles = adminRoles
      .filter((info) => reportableUnknown(info).length > 0)
      .map((i) => i.name);
    if (unknownRoles.length > 0) {
      found.push({
        id: 'unknown-privileges',
        message: messages.unknownPrivileges(unknownRoles),
        roles: unknownRoles,
      });
    }
    const deprecatedRoles = adminRoles
      .filter((info) => info.deprecated.length > 0)
      .map((i) => i.name);
    if (deprecatedRoles.length > 0) {
      found.push({
        id: 'deprecated-feature-privileges',
        message: messages.deprecatedFeaturePrivileges(deprecatedRoles),
        roles: deprecatedRoles,
      });
    }
    readinessCache = found
      .map(({ id, message, roles }) => ({
        id,
        severity: SEVERITY[id] ?? 'warning',
        message,
        ...(roles ? { roles } : {}),
      }))
      .sort(
        (a, b) =>
          SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
          (WARNING_ORDER.get(a.id) ?? 0) - (WARNING_ORDER.get(b.id) ?? 0)
      );
    return readinessCache;
  }

  return {
    catalog,
    readiness: () => [...readiness()],
    spaces: () => snapshot.kibana.spaces.map(({ id, name }) => ({ id, name })),
    evaluateSpace(spaceId) {
      const ids = checkedSpaceIds([spaceId]);
      return allUsers((user) => evaluate(user, ids));
    },
    evaluateUser(username, spaceIds, realm) {
      const user = userByName(username, realm);
      return user ? evaluate(user, checkedSpaceIds(spaceIds)) : undefined;
    },
    report(spaceIds) {
      const ids = checkedSpaceIds(spaceIds);
      return {
        readiness: [...readiness(), ...ids.flatMap((id) => this.spaceReadiness(id))],
        users: allUsers((user) => evaluate(user, ids)),
      };
    },
    *reportUsers(spaceIds) {
      const ids = checkedSpaceIds(spaceIds);
      for (let u = 0; u < index.count; u++) yield evaluate(userAt(u), ids);
    },
    *reportUsersInSpace(spaceId, spaceIds) {
      const ids = checkedSpaceIds(spaceIds);
      const shown = checkedSpaceIds([spaceId]);
      const others = ids.filter((id) => id !== spaceId).map((id) => this.evaluateSpaceCompact(id));
      for (let u = 0; u < index.count; u++) {
        const at = u * SOLUTIONS.length;
        const readElsewhere = others.some(
          ({ masks }) => ((masks[at] | masks[at + 1] | masks[at + 2]) & READ) !== 0
        );
        yield evaluate(userAt(u), shown, readElsewhere);
      }
    },
    evaluateSpaceCompact(spaceId) {
      const context = spaceContext(spaceId);
      context.compact ??= evaluateCompact({
        space: context.space.id,
        index,
        roles: (context.roleMasks ??= resolveRoleMasks(
          roleList,
          context.space.id,
          context.disabled,
          context.available
        )),
        available: context.available,
        userWarnings: staticUserWarnings(),
        editor: editorUsers(),
        licenseType,
        buildFlavor,
        caseActionRequiresAssign: requiresAssign,
        alertIndexRead: context.alertIndexRead,
        apiReachable: context.apiReachable,
        materialize: (u) => evaluate(userAt(u), [context.space.id]),
      });
      return context.compact;
    },
    explainUser(username, spaceId, realm) {
      const user = userByName(username, realm);
      if (!user) return undefined;
      const context = spaceContext(spaceId);
      const access = evaluate(user, [spaceId]);
      const set = roleSetInSpace(context, user);
      const missing = {} as UserDetail['missing'];
      for (const solution of SOLUTIONS) {
        const index = SOLUTION_INDEX[solution];
        missing[solution] = suggestGrants(catalog, {
          solution,
          space: context.space,
          disabled: context.disabled,
          missingMask: context.available[index] & ~set.masks[index],
        });
      }
      return {
        space: spaceId,
        readiness: [...readiness(), ...this.spaceReadiness(spaceId)],
        user: access,
        missing,
      };
    },
    spaceReadiness(spaceId) {
      const evaluation = this.evaluateSpaceCompact(spaceId);
      const bit = warningBit('hidden-not-revoked');
      let users = 0;
      for (let u = 0; u < evaluation.userCount; u++) {
        const at = u * SOLUTIONS.length;
        const cells =
          evaluation.cellWarnings[at] |
          evaluation.cellWarnings[at + 1] |
          evaluation.cellWarnings[at + 2];
        if ((cells & bit) !== 0) users++;
      }
      if (users === 0) return [];
      return [
        {
          id: 'hidden-not-revoked',
          severity: SEVERITY['hidden-not-revoked'] ?? 'warning',
          message: messages.hiddenNotRevokedSpace(
            snapshot.kibana.spaces.find((space) => space.id === spaceId)?.name || spaceId,
            users
          ),
        },
      ];
    },
    availableCapabilities(spaceId, solution) {
      return capabilitiesOf(spaceContext(spaceId).available[SOLUTION_INDEX[solution]]);
    },
  };
}
