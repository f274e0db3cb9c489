/**
 * What Kibana's security plugin registers in Elasticsearch as application privileges of `kibana-.kibana`: for
 * each privilege name (`all`, `read`, `space_all`, `space_read`, `feature_<id>.<privilege>`), the actions it
 * grants, built from the feature definitions in force and the licence.
 */
import type {
  FeatureKibanaPrivileges,
  KibanaFeatureConfig,
  LicenseType,
} from '@kbn/features-plugin/common';
import type { Actions } from '@kbn/security-plugin/server';
import { buildPrivilegeCatalog } from '../../../common/engine/catalog';

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

/** The case operations each `cases` key of a feature privilege authorises (Kibana's cases feature privilege builder). */
const CASE_OPERATIONS: Record<string, string[]> = {
  read: [
    'getCase',
    'getComment',
    'getTags',
    'getReporters',
    'getUserActions',
    'findConfigurations',
  ],
  create: ['createCase', 'createConfiguration'],
  update: ['updateCase', 'updateComment'],
  delete: ['deleteCase', 'deleteComment'],
  push: ['pushCase'],
  settings: ['createConfiguration', 'updateConfiguration'],
  createComment: ['createComment'],
  reopenCase: ['reopenCase'],
  assign: ['assignCase'],
  // `manageTemplate` is the operation (one for create, update and delete); `all` does not include it.
  manageTemplates: ['manageTemplate', 'getFieldDefinitions'],
};
const RULE_OPERATIONS = {
  read: ['get', 'find', 'getRuleState'],
  all: ['create', 'update', 'delete', 'enable', 'disable'],
};
const ALERT_OPERATIONS = { read: ['get', 'find'], all: ['update'] };

/** The actions one feature privilege definition grants. */
export function privilegeActions(
  featureId: string,
  privilege: FeatureKibanaPrivileges,
  actions: Actions
): string[] {
  const granted = new Set<string>([actions.login]);
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
  for (const type of privilege.savedObject.read) {
    for (const op of SAVED_OBJECT_READ) granted.add(actions.savedObject.get(type, op));
  }
  for (const type of privilege.savedObject.all) {
    for (const op of [...SAVED_OBJECT_READ, ...SAVED_OBJECT_WRITE])
      granted.add(actions.savedObject.get(type, op));
  }
  for (const [key, owners] of Object.entries(privilege.cases ?? {})) {
    const operations =
      key === 'all'
        ? Object.entries(CASE_OPERATIONS).flatMap(([name, ops]) =>
            name === 'manageTemplates' ? [] : ops
          )
        : (CASE_OPERATIONS[key] ?? [key]);
    for (const owner of owners ?? [])
      for (const op of operations) granted.add(actions.cases.get(owner, op));
  }
  const alerting = privilege.alerting ?? {};
  for (const [kind, ops] of [
    ['rule', RULE_OPERATIONS],
    ['alert', ALERT_OPERATIONS],
  ] as const) {
    const entries = alerting[kind] ?? {};
    for (const level of ['read', 'all'] as const) {
      const operations = level === 'all' ? [...ops.read, ...ops.all] : ops.read;
      for (const { ruleTypeId, consumers } of entries[level] ?? []) {
        for (const consumer of consumers) {
          for (const op of operations)
            granted.add(`alerting:${ruleTypeId}/${consumer}/${kind}/${op}`);
        }
      }
    }
  }
  return [...granted];
}

export interface ApplicationPrivilegesOptions {
  licenseType: LicenseType;
  actions: Actions;
}

/**
 * Privilege name → actions, as Kibana registers them for the features in force and the licence. Which feature
 * privilege definitions each name grants comes from the engine's privilege catalog, so the host's Elasticsearch
 * and the report resolve privileges the same way; this adds the actions each definition stands for.
 */
export function buildApplicationPrivileges(
  features: readonly KibanaFeatureConfig[],
  { licenseType, actions }: ApplicationPrivilegesOptions
): Record<string, string[]> {
  const catalog = buildPrivilegeCatalog(features, { licenseType });
  const result: Record<string, string[]> = {};
  for (const name of catalog.names()) {
    const granted = new Set<string>([actions.login, actions.version]);
    for (const { featureId, privilege } of catalog.resolve(name)?.definitions ?? []) {
      privilegeActions(featureId, privilege, actions).forEach((action) => granted.add(action));
    }
    result[name] = [...granted];
  }
  // Global `all` also manages spaces and reads the feature list.
  result.all = [
    ...(result.all ?? [actions.login, actions.version]),
    actions.ui.get('spaces', 'manage'),
    'space:manage',
    actions.api.get('features'),
  ];
  return result;
}
