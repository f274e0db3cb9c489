/**
 * Built-in Kibana feature definitions: the Cases features (V1–V3) of the three solutions, Connectors, the
 * plugin's own `caseAccess` feature and the alert-bearing features the access engine needs offline.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getAlertingFeatures } from './alerting_features';
import { getCaseAccessFeature } from './case_access';
import { getCasesFeatures } from './cases';
import { getConnectorsFeature } from './connectors';
import type { BuildFlavor } from './constants';
import { fitFeatureToVersion } from './kibana_versions';

export interface FeatureOptions {
  buildFlavor: BuildFlavor;
  /** The Kibana version the definitions must fit (see kibana_versions.ts); default: the newest. */
  kibanaVersion?: string;
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
}: FeatureOptions): KibanaFeatureConfig[] {
  return [...getRegisteredFeatures({ buildFlavor, kibanaVersion }), ...getAlertingFeatures()];
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
export {
  SUPPORTED_KIBANA_VERSIONS,
  TEMPLATE_PRIVILEGES_SINCE,
  casesPrivilegeKeys,
  fitFeatureToVersion,
  hasTemplatePrivileges,
  olderKibanaVersion,
} from './kibana_versions';
export {
  DEPRECATED_SECURITY_FEATURE_IDS,
  SECURITY_REPLACEMENT_FEATURE_IDS,
  getAlertingFeatures,
} from './alerting_features';
