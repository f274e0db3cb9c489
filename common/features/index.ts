/**
 * Built-in Kibana feature definitions: the Cases features (V1–V3) of the three solutions, Connectors, the
 * plugin's own `caseAccess` feature and the alert-bearing features the access engine needs offline.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getAlertingFeatures } from './alerting_features';
import { APP_CATEGORIES } from './categories';
import { getCaseAccessFeature } from './case_access';
import { getCasesFeatures } from './cases';
import { getConnectorsFeature } from './connectors';
import type { BuildFlavor } from './constants';
import { fitFeatureToVersion } from './kibana_versions';

/** The solution of a serverless project (the cloud plugin's `serverless.projectType`). */
export type ServerlessProjectType = 'observability' | 'security' | 'search';
export const SERVERLESS_PROJECT_TYPES: readonly ServerlessProjectType[] = [
  'observability',
  'security',
  'search',
];

export interface FeatureOptions {
  buildFlavor: BuildFlavor;
  /** The Kibana version the definitions must fit (see kibana_versions.ts); default: the newest. */
  kibanaVersion?: string;
  /** On serverless: the project's solution; the built-in definitions keep only its features. */
  projectType?: ServerlessProjectType;
}

/**
 * Whether a serverless project of the type registers a feature of this category. A project is one solution: an
 * Observability project has no Security features, a Security project no Observability ones, and a search project
 * neither, so no cases at all (Kibana's config/serverless.es.yml loads only the `platform` and `search` plugin
 * groups, and serverless never registers Stack Management cases). Features of other categories stay.
 */
function projectRegisters(projectType: ServerlessProjectType, categoryId: string): boolean {
  if (categoryId === APP_CATEGORIES.security.id) return projectType === 'security';
  if (categoryId === APP_CATEGORIES.observability.id) return projectType === 'observability';
  return true;
}

/** What the server registers with Kibana's feature registry: Cases, Connectors and `caseAccess`. */
export function getRegisteredFeatures({
  buildFlavor,
  kibanaVersion,
}: FeatureOptions): KibanaFeatureConfig[] {
  return [...getCasesFeatures(buildFlavor), getConnectorsFeature(), getCaseAccessFeature()].map(
    (feature) => fitFeatureToVersion(feature, kibanaVersion)
  );
}

/** Every built-in definition: the registered ones plus the alert-bearing features of each solution. */
export function getBuiltinFeatures({
  buildFlavor,
  kibanaVersion,
  projectType,
}: FeatureOptions): KibanaFeatureConfig[] {
  const all = [
    ...getRegisteredFeatures({ buildFlavor, kibanaVersion }),
    ...getAlertingFeatures({ buildFlavor, kibanaVersion }),
  ];
  if (buildFlavor !== 'serverless' || projectType === undefined) return all;
  return all.filter((feature) => projectRegisters(projectType, feature.category.id));
}

/** The features a deprecated feature's privileges are replaced by. */
function replacementIds(feature: KibanaFeatureConfig): string[] {
  const privileges = feature.privileges ? [feature.privileges.all, feature.privileges.read] : [];
  return privileges.flatMap((privilege) => {
    const replacedBy = privilege.replacedBy;
    if (!replacedBy) return [];
    const lists = 'default' in replacedBy ? [replacedBy.default, replacedBy.minimal] : [replacedBy];
    return lists.flatMap((list) => list.map((reference) => reference.feature));
  });
}

/**
 * Kibana's `GET /api/features` leaves deprecated features out, though Kibana still honours their privileges
 * (x-pack/platform/plugins/shared/features/server/routes/index.ts asks the registry with `omitDeprecated: true`). Adds the
 * built-in deprecated definitions whose replacements the live list has, so roles written with them still count.
 */
export function withDeprecatedFeatures(
  live: readonly KibanaFeatureConfig[],
  options: FeatureOptions
): KibanaFeatureConfig[] {
  const ids = new Set(live.map((feature) => feature.id));
  const missing = getBuiltinFeatures(options).filter(
    (feature) =>
      feature.deprecated !== undefined &&
      !ids.has(feature.id) &&
      replacementIds(feature).some((id) => ids.has(id))
  );
  return [...live, ...missing];
}

export {
  APP_CATEGORIES,
  MANAGEMENT_CATEGORY,
  OBSERVABILITY_CATEGORY,
  SECURITY_CATEGORY,
} from './categories';
export * from './constants';
export {
  getCasesFeatureV1,
  getCasesFeatureV2,
  getCasesFeatureV3,
  getCasesFeatures,
  getCasesSolutions,
} from './cases';
export { getConnectorsFeature, CONNECTORS_OAUTH_API_TAG } from './connectors';
export { getCaseAccessFeature } from './case_access';
export { KIBANA_FEATURE_IDS, featureIdOfPrivilege, kibanaFeatureIds } from './feature_ids';
export {
  SUPPORTED_KIBANA_VERSIONS,
  TEMPLATE_PRIVILEGES_SINCE,
  casesPrivilegeKeys,
  fitFeatureToVersion,
  hasTemplatePrivileges,
  kibanaHasSince,
  olderKibanaVersion,
} from './kibana_versions';
export {
  DEPRECATED_SECURITY_FEATURE_IDS,
  SECURITY_REPLACEMENT_FEATURE_IDS,
  DEPRECATED_SECURITY_RULES_FEATURE_IDS,
  getAlertingFeatures,
  securityGeneration,
  type SecurityGeneration,
} from './alerting_features';
