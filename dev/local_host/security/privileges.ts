/**
 * What Kibana's security plugin registers in Elasticsearch as application privileges of `kibana-.kibana`: for
 * each privilege name (`all`, `read`, `space_all`, `space_read`, `feature_<id>.<privilege>`), the actions it
 * grants, built from the feature definitions in force and the licence.
 *
 * This is the host's own builder, written from Kibana's: the per-key action builders of
 * x-pack/platform/packages/private/security/authorization_core/src/privileges/feature_privilege_builder/ (cases.ts,
 * saved_object.ts, alerting.ts, ui/app/navlink/catalogue/management/api), the composition of names in
 * .../src/privileges/privileges.ts (`all`/`read` merged with their sub-features, `minimal_*` not, standalone
 * sub-feature privileges only where the licence allows sub-feature privileges, `composedOf` and the UI actions of
 * `replacedBy`, base privileges from every feature not excluded nor hidden), and the merge of sub-features in
 * x-pack/platform/plugins/shared/features/server/feature_privilege_iterator/. It deliberately shares no code with
 * the engine (common/engine), so that verification (`/verify`) checks the engine against an independent account of
 * what Kibana registers rather than against itself.
 */
import type {
  FeatureKibanaPrivileges,
  FeatureKibanaPrivilegesReference,
  KibanaFeatureConfig,
  LicenseType,
  SubFeaturePrivilegeConfig,
} from '@kbn/features-plugin/common';
import type { Actions } from '@kbn/security-plugin/server';

const SAVED_OBJECT_READ = ['bulk_get', 'get', 'find', 'open_point_in_time', 'close_point_in_time'];
const SAVED_OBJECT_WRITE = [
  'create',
  'bulk_create',
  'update',
  'bulk_update',
  'delete',
  'bulk_delete',
  'share_to_space',
];

/** Case operations per `cases` key (authorization_core .../feature_privilege_builder/cases.ts). */
const CASE_READ = [
  'getCase',
  'getComment',
  'getTags',
  'getReporters',
  'getUserActions',
  'findConfigurations',
  'getFieldDefinitions',
];
const CASE_OPERATIONS: Record<string, readonly string[]> = {
  push: ['pushCase'],
  create: ['createCase'],
  read: CASE_READ,
  update: ['updateCase', 'updateComment'],
  delete: ['deleteCase', 'deleteComment'],
  settings: ['createConfiguration', 'updateConfiguration'],
  createComment: ['createComment'],
  reopenCase: ['reopenCase'],
  assign: ['assignCase'],
  // Managing templates also reads the field library, even without `read`.
  manageTemplates: ['manageTemplate', 'getFieldDefinitions'],
};
/** `cases.all`: every operation but managing templates. */
const CASE_ALL = [
  ...new Set(
    Object.entries(CASE_OPERATIONS)
      .filter(([key]) => key !== 'manageTemplates')
      .flatMap(([, operations]) => operations)
  ),
];

const RULE_OPERATIONS = {
  read: ['get', 'getRuleState', 'getAlertSummary', 'getExecutionLog', 'find'],
  all: ['create', 'delete', 'update', 'enable', 'disable', 'muteAll', 'unmuteAll'],
};
const ALERT_OPERATIONS = { read: ['get', 'find', 'getAuthorizedAlertsIndices'], all: ['update'] };

const LICENSE_ORDER: readonly LicenseType[] = [
  'basic',
  'standard',
  'gold',
  'platinum',
  'enterprise',
  'trial',
];
const atLeast = (license: LicenseType, minimum: LicenseType) =>
  LICENSE_ORDER.indexOf(license) >= LICENSE_ORDER.indexOf(minimum);

/** The actions one feature privilege definition grants (the sum of Kibana's per-key builders). */
export function privilegeActions(
  featureId: string,
  privilege: FeatureKibanaPrivileges,
  actions: Actions
): string[] {
  const granted = new Set<string>();
  for (const api of privilege.api ?? []) granted.add(actions.api.get(api));
  for (const app of privilege.app ?? []) {
    granted.add(actions.app.get(app));
    granted.add(actions.ui.get('navLinks', app));
  }
  for (const id of privilege.catalogue ?? []) granted.add(actions.ui.get('catalogue', id));
  for (const [section, apps] of Object.entries(privilege.management ?? {})) {
    for (const app of apps) granted.add(actions.ui.get('management', section, app));
  }
  for (const ui of privilege.ui) granted.add(actions.ui.get(featureId, ui));
  for (const type of privilege.savedObject.all) {
    for (const op of [...SAVED_OBJECT_READ, ...SAVED_OBJECT_WRITE]) {
      granted.add(actions.savedObject.get(type, op));
    }
  }
  for (const type of privilege.savedObject.read) {
    for (const op of SAVED_OBJECT_READ) granted.add(actions.savedObject.get(type, op));
  }
  for (const [kind, operations] of [
    ['rule', RULE_OPERATIONS],
    ['alert', ALERT_OPERATIONS],
  ] as const) {
    const entries = privilege.alerting?.[kind] ?? {};
    for (const level of ['read', 'all'] as const) {
      const ops = level === 'all' ? [...operations.read, ...operations.all] : operations.read;
      for (const { ruleTypeId, consumers } of entries[level] ?? []) {
        for (const consumer of consumers) {
          for (const op of ops) granted.add(`alerting:${ruleTypeId}/${consumer}/${kind}/${op}`);
        }
      }
    }
  }
  for (const [key, owners] of Object.entries(privilege.cases ?? {})) {
    const operations = key === 'all' ? CASE_ALL : (CASE_OPERATIONS[key] ?? []);
    for (const owner of owners ?? []) {
      for (const op of operations) granted.add(actions.cases.get(owner, op));
    }
  }
  return [...granted];
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/** `all` or `read` with the sub-feature privileges it includes (`includeIn: 'read'` lands in both). */
function withSubFeatures(
  privilegeId: 'all' | 'read',
  privilege: FeatureKibanaPrivileges,
  subPrivileges: readonly SubFeaturePrivilegeConfig[]
): FeatureKibanaPrivileges {
  let merged: FeatureKibanaPrivileges = { ...privilege, savedObject: { ...privilege.savedObject } };
  for (const sub of subPrivileges) {
    if (sub.includeIn !== 'read' && sub.includeIn !== privilegeId) continue;
    const management: Record<string, string[]> = {};
    for (const source of [merged.management ?? {}, sub.management ?? {}]) {
      for (const [section, apps] of Object.entries(source)) {
        management[section] = union(management[section], apps);
      }
    }
    const cases: Record<string, string[]> = {};
    for (const source of [merged.cases ?? {}, sub.cases ?? {}]) {
      for (const [key, owners] of Object.entries(source)) cases[key] = union(cases[key], owners);
    }
    const alerting = (kind: 'rule' | 'alert', level: 'all' | 'read') => [
      ...(merged.alerting?.[kind]?.[level] ?? []),
      ...(sub.alerting?.[kind]?.[level] ?? []),
    ];
    merged = {
      ...merged,
      api: union(merged.api, sub.api),
      app: union(merged.app, sub.app),
      catalogue: union(merged.catalogue, sub.catalogue),
      management,
      ui: union(merged.ui, sub.ui),
      savedObject: {
        all: union(merged.savedObject.all, sub.savedObject.all),
        read: union(merged.savedObject.read, sub.savedObject.read),
      },
      alerting: {
        rule: { all: alerting('rule', 'all'), read: alerting('rule', 'read') },
        alert: { all: alerting('alert', 'all'), read: alerting('alert', 'read') },
      },
      cases,
    };
  }
  return merged;
}

function replacedByOf(
  privilegeId: string,
  privilege: FeatureKibanaPrivileges
): readonly FeatureKibanaPrivilegesReference[] | undefined {
  const replacedBy = privilege.replacedBy;
  if (!replacedBy) return undefined;
  if ('default' in replacedBy) {
    return privilegeId.startsWith('minimal_') ? replacedBy.minimal : replacedBy.default;
  }
  return replacedBy;
}

export interface ApplicationPrivilegesOptions {
  licenseType: LicenseType;
  actions: Actions;
}

interface Composition {
  featureId: string;
  privilegeId: string;
  excludeFromBase: boolean;
  groups: Array<{ references: readonly FeatureKibanaPrivilegesReference[]; uiOnly: boolean }>;
}

/** Privilege name → actions, as Kibana registers them for the features in force and the licence. */
export function buildApplicationPrivileges(
  features: readonly KibanaFeatureConfig[],
  { licenseType, actions }: ApplicationPrivilegesOptions
): Record<string, string[]> {
  // Standalone sub-feature privileges are registered from Gold; the sub-features that `all`/`read` include are
  // merged in whatever the licence, as long as their own minimum licence is met.
  const allowSubFeaturePrivileges = atLeast(licenseType, 'gold');
  const byFeature: Record<string, Record<string, string[]>> = {};
  const compositions: Composition[] = [];
  const baseAll = new Set<string>();
  const baseRead = new Set<string>();
  const hidden = new Set<string>();

  for (const feature of features) {
    const privileges = byFeature[feature.id] ?? (byFeature[feature.id] = {});
    const subPrivileges = (feature.subFeatures ?? [])
      .flatMap((subFeature) => subFeature.privilegeGroups.flatMap((group) => group.privileges))
      .filter((sub) => !sub.minimumLicense || atLeast(licenseType, sub.minimumLicense));
    const remember = (privilegeId: string, privilege: FeatureKibanaPrivileges) => {
      const groups: Composition['groups'] = [];
      if (privilege.composedOf) groups.push({ references: privilege.composedOf, uiOnly: false });
      const replacedBy = replacedByOf(privilegeId, privilege);
      if (replacedBy) groups.push({ references: replacedBy, uiOnly: true });
      if (groups.length > 0) {
        compositions.push({
          featureId: feature.id,
          privilegeId,
          excludeFromBase:
            feature.excludeFromBasePrivileges === true ||
            privilege.excludeFromBasePrivileges === true,
          groups,
        });
      }
    };
    const register = (privilegeId: string, privilege: FeatureKibanaPrivileges) => {
      privileges[privilegeId] = [
        actions.login,
        ...privilegeActions(feature.id, privilege, actions),
      ];
      remember(privilegeId, privilege);
    };
    for (const privilegeId of ['all', 'read'] as const) {
      const privilege = feature.privileges?.[privilegeId];
      if (!privilege) continue;
      const merged = withSubFeatures(privilegeId, privilege, subPrivileges);
      register(privilegeId, merged);
      register(`minimal_${privilegeId}`, privilege);
      if (
        !feature.excludeFromBasePrivileges &&
        !feature.hidden &&
        !privilege.excludeFromBasePrivileges
      ) {
        for (const action of privilegeActions(feature.id, merged, actions)) {
          baseAll.add(action);
          if (privilegeId === 'read') baseRead.add(action);
        }
      }
    }
    if (allowSubFeaturePrivileges) {
      for (const sub of subPrivileges) register(sub.id, sub);
    }
    if (feature.hidden || Object.keys(privileges).length === 0) hidden.add(feature.id);
  }

  // Composed and replaced privileges take the actions of what they reference (replacements only the UI ones).
  for (const { featureId, privilegeId, excludeFromBase, groups } of compositions) {
    const composed = groups.flatMap(({ references, uiOnly }) =>
      references.flatMap(({ feature, privileges }) =>
        privileges.flatMap((id) =>
          (byFeature[feature]?.[id] ?? []).filter((action) => !uiOnly || action.startsWith('ui:'))
        )
      )
    );
    byFeature[featureId][privilegeId] = union(byFeature[featureId][privilegeId], composed);
    if (!excludeFromBase) {
      for (const action of composed) {
        if (action === actions.login) continue;
        baseAll.add(action);
        if (privilegeId === 'read') baseRead.add(action);
      }
    }
  }

  const result: Record<string, string[]> = {
    all: [
      actions.login,
      actions.version,
      actions.api.get('features'),
      'space:manage',
      actions.ui.get('spaces', 'manage'),
      actions.ui.get('management', 'kibana', 'spaces'),
      actions.ui.get('catalogue', 'spaces'),
      ...baseAll,
    ],
    read: [actions.login, actions.version, ...baseRead],
    space_all: [actions.login, actions.version, ...baseAll],
    space_read: [actions.login, actions.version, ...baseRead],
  };
  for (const [featureId, privileges] of Object.entries(byFeature)) {
    if (hidden.has(featureId)) continue;
    for (const [privilegeId, privilegeActionList] of Object.entries(privileges)) {
      result[`feature_${featureId}.${privilegeId}`] = [actions.version, ...privilegeActionList];
    }
  }
  return result;
}
