/**
 * The Kibana plugins that register, in their own setup, a feature this plugin may also register. Kibana sets a
 * plugin up after its required and optional dependencies only, so each must be an optional dependency in
 * kibana.jsonc: then the host's definition is registered first and the plugin's copy is the one Kibana refuses.
 * Listing an absent plugin as optional is harmless (Kibana skips it).
 */
export interface HostFeatureOwner {
  /** The plugin id in Kibana's manifest. */
  pluginId: string;
  /** The feature ids it registers, as prefixes of the versioned ids (`generalCases` → V1, V2, V3). */
  featureIds: readonly string[];
  /** Where Kibana registers them (checked against elastic/kibana main). */
  source: string;
}

export const HOST_FEATURE_OWNERS: readonly HostFeatureOwner[] = Object.freeze([
  {
    pluginId: 'cases',
    featureIds: ['generalCases', 'generalCasesV2', 'generalCasesV3'],
    source:
      'x-pack/platform/plugins/shared/cases/server/plugin.ts (setup, with xpack.cases.stack.enabled)',
  },
  {
    pluginId: 'actions',
    featureIds: ['actions'],
    source: 'x-pack/platform/plugins/shared/actions/server/plugin.ts (setup, ACTIONS_FEATURE)',
  },
  {
    pluginId: 'observability',
    featureIds: ['observabilityCases', 'observabilityCasesV2', 'observabilityCasesV3'],
    source: 'x-pack/solutions/observability/plugins/observability/server/plugin.ts (setup)',
  },
  {
    // securitySolution creates the product features; they are registered when a configurator is set...
    pluginId: 'securitySolution',
    featureIds: [],
    source:
      'x-pack/solutions/security/plugins/security_solution/server/lib/product_features_service/product_features.ts',
  },
  {
    // ... by securitySolutionEss in its setup on a traditional Kibana ...
    pluginId: 'securitySolutionEss',
    featureIds: ['securitySolutionCases', 'securitySolutionCasesV2', 'securitySolutionCasesV3'],
    source:
      'x-pack/solutions/security/plugins/security_solution_ess/server/plugin.ts (setProductFeaturesConfigurator)',
  },
  {
    // ... and by securitySolutionServerless on serverless.
    pluginId: 'securitySolutionServerless',
    featureIds: ['securitySolutionCases', 'securitySolutionCasesV2', 'securitySolutionCasesV3'],
    source:
      'x-pack/solutions/security/plugins/security_solution_serverless/server/plugin.ts (setProductFeaturesConfigurator)',
  },
]);
