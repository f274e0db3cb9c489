/**
 * Roles resolved in a space, for building rows with provenance: what each role grants there (and what a feature the
 * space disables voids), and what a set of roles grants together, shared by every user holding exactly that set.
 * Each role is resolved once per space.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { CASE_OWNERS } from '../features/constants';
import {
  SOLUTIONS,
  type Grant,
  type GrantKey,
  type SolutionAccess,
  type Warning,
} from '../report/types';
import type { BuildFlavor, SnapshotSpace } from '../snapshot/types';
import {
  CAPABILITY_BITS,
  GRANT_KEYS,
  READ_ALERTS_BIT,
  bitOf,
  emptyMasks,
  isEmpty,
  orInto,
  type SolutionMasks,
} from './bits';
import type { PrivilegeCatalog } from './catalog';
import type { DirectoryUser } from './directory';
import { listNames, messages } from './messages';
import { roleReadsIndex, type RoleInfo } from './roles';
import { SECURITY_SOLUTION_INDEX, type RoleMasks, type SpaceEvaluation } from './space_evaluation';
import { disabledFeaturesOfSpace, resourceCoversSpace } from './spaces';

/** One role's grants in one space: what it adds, and what a disabled feature voids. */
interface Contribution {
  grant: Grant;
  masks: SolutionMasks;
}
interface VoidedContribution extends Contribution {
  featureId: string;
}
export interface RoleInSpace {
  masks: SolutionMasks;
  contributions: Contribution[];
  voided: VoidedContribution[];
  /** Per solution: the grants of each key this role holds (shared by every user holding the role). */
  grants: ReadonlyArray<Partial<Record<GrantKey, Grant[]>>>;
}
/** A set of roles in one space, shared by every user holding exactly that set. */
export interface RoleSetInSpace {
  masks: SolutionMasks;
  grants: Array<Partial<Record<GrantKey, Grant[]>>>;
  voidedWarnings: Warning[][];
  /** A Kibana privilege grants Security alerts, but no role may search the space's alerts index. */
  alertIndexMissing: boolean;
  /** Finished cells by solution and user state (see the engine's `assignableState` and `cell`). */
  cells: Array<SolutionAccess | undefined>;
}
/** Cell slots per solution in `RoleSetInSpace.cells`: profile ready (1), editor (2), roles changed (4). */
export const CELL_STATES = 8;
export interface SpaceContext {
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

export interface RoleSets {
  /** A space's context, made on its first use and kept. */
  spaceContext: (space: SnapshotSpace) => SpaceContext;
  roleInSpace: (context: SpaceContext, roleName: string) => RoleInSpace;
  roleSetInSpace: (context: SpaceContext, user: DirectoryUser) => RoleSetInSpace;
}

export function createRoleSets({
  features,
  catalog,
  roles,
  roleInfos,
  roleNumber,
  buildFlavor,
}: {
  features: readonly KibanaFeatureConfig[];
  catalog: PrivilegeCatalog;
  /** Every role, by role number. */
  roles: readonly RoleInfo[];
  roleInfos: ReadonlyMap<string, RoleInfo>;
  roleNumber: ReadonlyMap<string, number>;
  buildFlavor: BuildFlavor;
}): RoleSets {
  const contexts = new Map<string, SpaceContext>();

  function spaceContext(space: SnapshotSpace): SpaceContext {
    let context = contexts.get(space.id);
    if (context) return context;
    const disabled = disabledFeaturesOfSpace(features, space, { buildFlavor });
    const available = emptyMasks();
    for (const feature of features) {
      if (!disabled.has(feature.id)) orInto(available, catalog.featureMasks(feature.id));
    }
    const alertIndex = securityAlertsIndex(space.id);
    const alertIndexRead = new Uint8Array(roles.length);
    roles.forEach((info, number) => {
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
    contexts.set(space.id, context);
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

  /** Per solution: the feature-disabled-in-space (and hidden-not-revoked) warnings of what the space voids. */
  function voidedWarningsOf(
    context: SpaceContext,
    perRole: readonly RoleInSpace[],
    masks: SolutionMasks
  ): Warning[][] {
    const anyVoided = perRole.some((role) => role.voided.length > 0);
    return SOLUTIONS.map((_, index) => {
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
      const reachable = context.apiReachable[index];
      const cacheKey = `${grantsText}\u0000${featuresText}\u0000${reachable}`;
      let warnings = context.voidedMessages.get(cacheKey);
      if (!warnings) {
        const spaceName = context.space.name || context.space.id;
        warnings = [
          {
            id: 'feature-disabled-in-space',
            message: messages.featureDisabledInSpace(grantsText, featuresText, spaceName),
          },
        ];
        if (reachable) {
          warnings.push({
            id: 'hidden-not-revoked',
            message: messages.hiddenNotRevoked(featuresText, spaceName),
          });
        }
        context.voidedMessages.set(cacheKey, warnings);
      }
      return warnings;
    });
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
    resolved = {
      masks,
      grants,
      voidedWarnings: voidedWarningsOf(context, perRole, masks),
      alertIndexMissing,
      cells: new Array<SolutionAccess | undefined>(SOLUTIONS.length * CELL_STATES),
    };
    context.roleSets.set(user.roleKey, resolved);
    return resolved;
  }

  return { spaceContext, roleInSpace, roleSetInSpace };
}
