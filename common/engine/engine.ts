/**
 * The access engine: every user's effective case access per space and solution, where it comes from, and what is
 * not ready. Each role is resolved once per space. Two forms of a space: compact (`evaluateSpaceCompact`: bits,
 * levels, flags and warning ids in typed arrays, for filtering, sorting and counting every user) and rows
 * (`UserAccess` with provenance), built only for the users shown or written, from the same rules.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getBuiltinFeatures } from '../features';
import { featureIdOfPrivilege, kibanaFeatureIds } from '../features/feature_ids';
import {
  SOLUTIONS,
  type CaseCapability,
  type ReadinessWarning,
  type Report,
  type Solution,
  type SolutionAccess,
  type SpaceAccess,
  type UserAccess,
  type UserDetail,
  type Warning,
} from '../report/types';
import type { DirectorySnapshot } from '../snapshot/types';
import { READ_BIT, SOLUTION_INDEX, capabilitiesOf, emptyMasks, orInto } from './bits';
import { buildPrivilegeCatalog, type PrivilegeCatalog } from './catalog';
import { directoryUser, indexDirectory, rawRoles, type DirectoryUser } from './directory';
import { suggestGrants } from './explain';
import { caseActionRequiresAssign } from './kibana_version';
import { effectiveLicenseType } from './license';
import { messages } from './messages';
import { byWarningId, deploymentReadiness, spaceReadinessWarnings } from './readiness';
import {
  CELL_STATES,
  createRoleSets,
  securityAlertsIndex,
  type RoleSetInSpace,
  type SpaceContext,
} from './role_sets';
import { analyseRole, type RoleInfo } from './roles';
import { SERVERLESS_OBSERVABILITY_EDITOR_ROLES, solutionAccessFromMask } from './solution_access';
import {
  evaluateCompact,
  resolveRoleMasks,
  SECURITY_SOLUTION_INDEX,
  warningBit,
  type SpaceEvaluation,
} from './space_evaluation';
import { createUserWarnings } from './user_warnings';

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

/** Local copy: imported bindings can cost a getter call per use in hot loops. */
const READ = READ_BIT;

function freezeCell(cell: SolutionAccess): SolutionAccess {
  Object.freeze(cell.warnings);
  return Object.freeze(cell);
}

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
  /**
   * Unknown privilege names worth reporting. With the built-in definitions (a subset of Kibana's features), a
   * name of a feature the snapshot's Kibana registers but the built-ins do not describe cannot be judged and is
   * left out; a feature that Kibana does not register (a typo, or one that came in a later release) is reported,
   * as are unknown privileges of described features.
   */
  const registeredIds = kibanaFeatureIds(snapshot.kibana.version, buildFlavor);
  const reportableUnknown = (info: RoleInfo): string[] =>
    featuresComplete
      ? info.unknown
      : info.unknown.filter((name) => {
          if (catalog.unregisteredReason(name) !== 'unknown-feature') return true;
          const featureId = featureIdOfPrivilege(name);
          return featureId !== undefined && !registeredIds.has(featureId);
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
  const roleSets = createRoleSets({
    features,
    catalog,
    roles: roleList,
    roleInfos,
    roleNumber,
    buildFlavor,
  });
  const { roleInSpace, roleSetInSpace } = roleSets;
  const userWarnings = createUserWarnings({
    roles: roleList,
    roleInfos,
    index,
    reportableUnknown,
  });
  let noProfile: Warning | undefined;
  const noProfileWarning = (): Warning =>
    (noProfile ??= { id: 'no-profile', message: messages.noProfile() });

  function spaceContext(spaceId: string): SpaceContext {
    const space = spaceById.get(spaceId);
    if (!space) {
      const known = snapshot.kibana.spaces.map((s) => s.id).join(', ');
      throw new AccessEngineError(`Unknown space "${spaceId}"; the spaces are: ${known}`);
    }
    return roleSets.spaceContext(space);
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
    const staticOnes = userWarnings.of(user);
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
  const readiness = (): ReadinessWarning[] =>
    (readinessCache ??= deploymentReadiness({
      snapshot,
      roles: roleList,
      index,
      reportableUnknown,
    }));

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
        userWarnings: userWarnings.compact(),
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
      const space = spaceContext(spaceId).space;
      return spaceReadinessWarnings(space.name || space.id, users);
    },
    availableCapabilities(spaceId, solution) {
      return capabilitiesOf(spaceContext(spaceId).available[SOLUTION_INDEX[solution]]);
    },
  };
}
