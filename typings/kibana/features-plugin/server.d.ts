/**
 * Setup and start contracts of Kibana's features plugin: x-pack/platform/plugins/shared/features/server/plugin.ts
 * (FeaturesPluginSetup.registerKibanaFeature, FeaturesPluginStart.getKibanaFeatures). Type-only.
 */
import type { KibanaFeature, KibanaFeatureConfig } from './common';

export type {
  KibanaFeatureConfig,
  KibanaFeature,
  FeatureKibanaPrivileges,
  SubFeatureConfig,
  SubFeaturePrivilegeConfig,
  SubFeaturePrivilegeGroupConfig,
  FeatureKibanaPrivilegesReference,
  LicenseType,
} from './common';

export interface ElasticsearchFeatureConfig {
  id: string;
  management?: { [sectionId: string]: readonly string[] };
  catalogue?: readonly string[];
  privileges: ReadonlyArray<{ requiredClusterPrivileges: string[]; ui: readonly string[] }>;
}

export interface GetKibanaFeaturesParams {
  omitDeprecated?: boolean;
}

export interface FeaturesPluginSetup {
  /** Throws `Feature with id <id> is already registered.` for a duplicate and after setup. */
  registerKibanaFeature(feature: KibanaFeatureConfig): void;
  registerElasticsearchFeature(feature: ElasticsearchFeatureConfig): void;
}

export interface FeaturesPluginStart {
  getKibanaFeatures(params?: GetKibanaFeaturesParams): KibanaFeature[];
}
