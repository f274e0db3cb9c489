/**
 * What Kibana's security plugin registers in Elasticsearch as application privileges of `kibana-.kibana`: for
 * each privilege name (`all`, `read`, `space_all`, `space_read`, `feature_<id>.<privilege>`), the actions it
 * grants, built from the feature definitions in force and the licence.
 */
import type {
  FeatureKibanaPrivileges,
  KibanaFeatureConfig,
  LicenseType,
  SubFeaturePrivilegeConfig,
} from '@kbn/features-plugin/common';
import type { Actions } from '@kbn/security-plugin/server';
import { licenseAtLeast } from '../../../common/engine/license';

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
  manageTemplates: ['manageTemplates'],
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
      key === 'all' ? Object.values(CASE_OPERATIONS).flat() : (CASE_OPERATIONS[key] ?? [key]);
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

function subFeaturePrivileges(
  feature: KibanaFeatureConfig,
  license: LicenseType
): SubFeaturePrivilegeConfig[] {
  return (feature.subFeatures ?? []).flatMap((subFeature) =>
    subFeature.privilegeGroups.flatMap((group) =>
      group.privileges.filter((p) => !p.minimumLicense || licenseAtLeast(license, p.minimumLicense))
    )
  );
}

export interface ApplicationPrivilegesOptions {
  licenseType: LicenseType;
  actions: Actions;
}

/** Privilege name → actions, as Kibana registers them for the features in force and the licence. */
export function buildApplicationPrivileges(
  features: readonly KibanaFeatureConfig[],
  { licenseType, actions }: ApplicationPrivilegesOptions
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const baseAll = new Set<string>([actions.login, actions.version]);
  const baseRead = new Set<string>([actions.login, actions.version]);
  // Sub-feature privileges are customisable (registered on their own) from Gold up, as in Kibana.
  const allowSubFeaturePrivileges = licenseAtLeast(licenseType, 'gold');

  for (const feature of features) {
    if (!feature.privileges) continue;
    const subPrivileges = subFeaturePrivileges(feature, licenseType);
    const own = {
      all: privilegeActions(feature.id, feature.privileges.all, actions),
      read: privilegeActions(feature.id, feature.privileges.read, actions),
    };
    const included = (level: 'all' | 'read') =>
      subPrivileges
        .filter((p) => p.includeIn === level || (level === 'all' && p.includeIn === 'read'))
        .flatMap((p) => privilegeActions(feature.id, p, actions));
    const full = {
      all: [...new Set([...own.all, ...included('all')])],
      read: [...new Set([...own.read, ...included('read')])],
    };
    result[`feature_${feature.id}.all`] = full.all;
    result[`feature_${feature.id}.read`] = full.read;
    if (allowSubFeaturePrivileges && subPrivileges.length > 0) {
      result[`feature_${feature.id}.minimal_all`] = own.all;
      result[`feature_${feature.id}.minimal_read`] = own.read;
      for (const p of subPrivileges)
        result[`feature_${feature.id}.${p.id}`] = privilegeActions(feature.id, p, actions);
    }
    if (feature.hidden || feature.excludeFromBasePrivileges) continue;
    if (!feature.privileges.all.excludeFromBasePrivileges) full.all.forEach((a) => baseAll.add(a));
    if (!feature.privileges.read.excludeFromBasePrivileges)
      full.read.forEach((a) => baseRead.add(a));
  }
  const spaceManage = [actions.ui.get('spaces', 'manage'), 'space:manage'];
  result.all = [...baseAll, ...spaceManage, actions.api.get('features')];
  result.read = [...baseRead];
  result.space_all = [...baseAll];
  result.space_read = [...baseRead];
  return result;
}
