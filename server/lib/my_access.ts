/**
 * The caller's own case access. With the security plugin it is authoritative: Kibana's authorisation service checks
 * the actions that enforce each capability (`cases:<owner>/<operation>`, connector saved objects, alert reads) for
 * the caller in every space they can see, and the engine's pure builder turns the answer into report cells.
 * Without security it is computed from the caller's roles.
 */
import type { AuthenticatedUser } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { Actions, CheckPrivileges } from '@kbn/security-plugin/server';
import {
  CASE_OPERATIONS,
  apiReachableOwners,
  buildSolutionAccess,
  caseActionRequiresAssign,
  caseAlertReadActions,
  createAccessEngine,
  disabledFeaturesOfSpace,
  effectiveLicenseType,
  type AccessEngine,
} from '../../common/engine';
import { listNames, messages } from '../../common/engine/messages';
import { translate } from '../../common/i18n/translate';
import { CASE_OWNERS, CASES_UI } from '../../common/features/constants';
import type { MeResponse } from '../../common/report/api';
import { CASE_CAPABILITIES, SOLUTIONS } from '../../common/report/types';
import type {
  CaseCapability,
  GrantKey,
  ReadinessWarning,
  Solution,
  SolutionAccess,
  UserAccess,
  Warning,
  WarningId,
} from '../../common/report/types';
import type { DirectorySnapshot, SnapshotProfile, SnapshotSpace } from '../../common/snapshot';

/**
 * What the caller loses in a space that turns the solution's Cases off: Elasticsearch still authorises the
 * privileges (it knows nothing of a space's features), but Kibana's Cases refuses the owner, so the caller is told
 * why they have nothing there, and, where the Cases API still takes the owner (a deprecated feature the space
 * cannot list), that hiding is not revoking; the same warnings as the report's cell.
 */
function voidedWarnings(
  user: AuthenticatedUser,
  features: readonly KibanaFeatureConfig[],
  space: SnapshotSpace,
  solution: Solution,
  buildFlavor: DirectorySnapshot['kibana']['buildFlavor']
): Warning[] {
  const owner = CASE_OWNERS[solution];
  const disabled = disabledFeaturesOfSpace(features, space, { buildFlavor });
  const labels = features
    .filter((feature) => feature.cases?.includes(owner) && disabled.has(feature.id))
    .map((feature) => `${feature.category.label} → ${feature.name}`);
  if (labels.length === 0) return [];
  const featuresText = listNames(labels);
  const spaceName = space.name || space.id;
  const grants = translate('xpack.caseAccess.me.yourRolesText', {
    defaultMessage: 'Your roles ({roles})',
    values: { roles: listNames([...user.roles]) },
  });
  const warnings: Warning[] = [
    {
      id: 'feature-disabled-in-space',
      message: messages.featureDisabledInSpace(grants, featuresText, spaceName),
    },
  ];
  if (apiReachableOwners(features, space)[SOLUTIONS.indexOf(solution)]) {
    warnings.push({
      id: 'hidden-not-revoked',
      message: messages.hiddenNotRevoked(featuresText, spaceName),
    });
  }
  return warnings;
}

/**
 * The case operation Kibana checks for each capability (its cases feature privilege builder): one that only that
 * capability grants. `settings` → `updateConfiguration` (creating a configuration also comes with `create`).
 * Managing templates is checked through `CASE_OPERATIONS.manageTemplates` where the version has the operation.
 */
export const CASE_OPERATION_OF = Object.fromEntries(
  Object.entries(CASE_OPERATIONS).filter(([capability]) => capability !== 'manageTemplates')
) as Readonly<Record<Exclude<CaseCapability, 'manageTemplates'>, string>>;

function isCaseCapability(key: string): key is CaseCapability {
  return (CASE_CAPABILITIES as readonly string[]).includes(key);
}

interface ActionPlan {
  /** Per solution and grant key, the actions any one of which grants it. */
  bySolution: Record<Solution, Partial<Record<GrantKey, string[]>>>;
  all: string[];
}

/** Whether any privilege of the feature grants managing templates for the owner. */
function grantsManageTemplates(feature: KibanaFeatureConfig, owner: string): boolean {
  return privilegesOf(feature).some(
    (privilege) => privilege.cases?.manageTemplates?.includes(owner) === true
  );
}

function privilegesOf(feature: KibanaFeatureConfig) {
  const main = feature.privileges ? [feature.privileges.all, feature.privileges.read] : [];
  const sub = (feature.subFeatures ?? []).flatMap((subFeature) =>
    subFeature.privilegeGroups.flatMap((group) => group.privileges)
  );
  return [...main, ...sub];
}

/** Which actions to check, derived from the features in force. */
export function planActions(
  actions: Actions,
  features: readonly KibanaFeatureConfig[]
): ActionPlan {
  const all = new Set<string>();
  const add = (list: string[]) => {
    list.forEach((action) => all.add(action));
    return list;
  };
  const connectors = {
    executeConnectors: add([
      actions.savedObject.get('action', 'get'),
      actions.savedObject.get('action_task_params', 'create'),
    ]),
    manageConnectors: add([actions.savedObject.get('action', 'create')]),
  };
  const bySolution = {} as ActionPlan['bySolution'];
  for (const solution of SOLUTIONS) {
    const owner = CASE_OWNERS[solution];
    const plan: Partial<Record<GrantKey, string[]>> = {};
    for (const [capability, operation] of Object.entries(CASE_OPERATION_OF)) {
      plan[capability as CaseCapability] = add([actions.cases.get(owner, operation)]);
    }
    // The `manageTemplate` case operation came with the template privileges (elastic/kibana#257683, which added
    // it to feature_privilege_builder/cases.ts): where the features in force grant `manageTemplates`, Kibana
    // checks that action; on older versions only the UI capability tells.
    plan.manageTemplates = add(
      features.some((feature) => grantsManageTemplates(feature, owner))
        ? [actions.cases.get(owner, CASE_OPERATIONS.manageTemplates)]
        : features
            .filter((feature) => feature.cases?.includes(owner))
            .map((feature) => actions.ui.get(feature.id, CASES_UI.manageTemplates))
    );
    // The same alert reads as the engine's (catalog.ts): Attack Discovery's are left out, and Stack Management
    // cases take the alerts of every feature outside Security.
    plan.readAlerts = add(caseAlertReadActions(features, solution));
    bySolution[solution] = { ...plan, ...connectors };
  }
  return { bySolution, all: [...all] };
}

export interface MyAccessInput {
  user: AuthenticatedUser;
  /** The Kibana side of the snapshot (spaces the caller sees, features, licence, ...); users/roles unused. */
  snapshot: DirectorySnapshot;
}

/**
 * Readiness a `caseAccess` Read user may see: only what limits their own access or its accuracy (the licence, what
 * Kibana could not read). Deployment settings (publicBaseUrl, email) and other people's roles are for
 * administrators and stay on the audit page.
 */
const OWN_READINESS: readonly WarningId[] = [
  'partial-directory',
  'license-expired',
  'license-below-gold',
  'license-below-platinum',
];
function ownReadiness(readiness: ReadinessWarning[]): ReadinessWarning[] {
  return readiness.filter((warning) => OWN_READINESS.includes(warning.id));
}

/** A snapshot holding just the caller, so the engine supplies user warnings, readiness and available capabilities. */
function callerSnapshot(
  { user, snapshot }: MyAccessInput,
  roles: DirectorySnapshot['roles'],
  userRoles: string[]
): DirectorySnapshot {
  const profiles: SnapshotProfile[] = user.profile_uid
    ? [
        {
          uid: user.profile_uid,
          enabled: true,
          data: {},
          labels: {},
          last_synchronized: 0,
          user: {
            username: user.username,
            roles: [...user.roles],
            realm_name: user.authentication_realm?.name ?? '',
          },
        },
      ]
    : [];
  return {
    ...snapshot,
    users: {
      [user.username]: {
        username: user.username,
        roles: userRoles,
        full_name: user.full_name ?? null,
        email: user.email ?? null,
        metadata: {},
        enabled: user.enabled,
        ...(user.profile_uid ? { profile_uid: user.profile_uid } : {}),
      },
    },
    roles,
    profiles,
  };
}

function finish(engine: AccessEngine, user: AuthenticatedUser, access: UserAccess | undefined) {
  if (!access) throw new Error(`the engine did not evaluate the caller "${user.username}"`);
  return { ...access, roles: [...user.roles] };
}

/** Authoritative: one privilege check for every space the caller can see. */
export async function authoritativeMyAccess(
  input: MyAccessInput,
  checkPrivileges: CheckPrivileges,
  actions: Actions
): Promise<MeResponse> {
  const { user, snapshot } = input;
  const engine = createAccessEngine(callerSnapshot(input, {}, []));
  const features = snapshot.kibana.features ?? [];
  const plan = planActions(actions, features);
  const spaces = snapshot.kibana.spaces;
  const result = await checkPrivileges.atSpaces(
    spaces.map((space) => space.id),
    { kibana: plan.all }
  );
  // Kibana names each space of the answer by its id (it asked Elasticsearch about `space:<id>`).
  const authorized = new Set(
    result.privileges.kibana
      .filter((entry) => entry.authorized)
      .map((entry) => `${entry.resource ?? ''}\u0000${entry.privilege}`)
  );
  const base = finish(engine, user, engine.evaluateUser(user.username));
  const licenseType = effectiveLicenseType(snapshot.license);
  const profile = base.profile;
  const spacesAccess = spaces.map((space) => {
    const solutions = {} as Record<Solution, SolutionAccess>;
    for (const solution of SOLUTIONS) {
      // Cases refuses an owner whose features are all disabled in the space, whatever the role grants.
      const available = engine.availableCapabilities(space.id, solution);
      const granted: GrantKey[] = [];
      let voided = false;
      for (const [key, keyActions] of Object.entries(plan.bySolution[solution])) {
        const held = (keyActions ?? []).some((action) =>
          authorized.has(`${space.id}\u0000${action}`)
        );
        if (isCaseCapability(key) && !available.includes(key)) voided ||= held;
        else if (held) granted.push(key as GrantKey);
      }
      solutions[solution] = buildSolutionAccess(
        granted,
        available,
        {
          solution,
          space: space.id,
          spaceName: space.name,
          licenseType,
          buildFlavor: snapshot.kibana.buildFlavor,
          caseActionRequiresAssign: caseActionRequiresAssign(
            snapshot.kibana.version,
            snapshot.kibana.buildFlavor
          ),
          user: { enabled: user.enabled, profile, roles: user.roles },
        },
        {},
        voided ? voidedWarnings(user, features, space, solution, snapshot.kibana.buildFlavor) : []
      );
    }
    return { space: space.id, solutions };
  });
  return {
    authoritative: true,
    readiness: ownReadiness(engine.readiness()),
    spaces: spaces.map(({ id, name }) => ({ id, name })),
    user: { ...base, spaces: spacesAccess },
  };
}

/** Without the security plugin: the caller's own roles (read by Kibana), evaluated by the engine. */
export function myAccessFromRoles(
  input: MyAccessInput,
  roles: DirectorySnapshot['roles']
): MeResponse {
  const engine = createAccessEngine(callerSnapshot(input, roles, [...input.user.roles]));
  return {
    authoritative: false,
    readiness: ownReadiness(engine.readiness()),
    spaces: engine.spaces(),
    user: finish(engine, input.user, engine.evaluateUser(input.user.username)),
  };
}
