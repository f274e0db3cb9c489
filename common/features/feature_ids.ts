/**
 * Every feature id Kibana 9.x registers (ids only), deprecated ones included, across the 9.x releases and
 * serverless. Offline, the built-in definitions describe only the features the engine needs; this catalogue tells
 * a privilege of a Kibana feature they do not describe (it grants nothing the engine can judge, and is not an
 * error) from a typo such as `feature_noSuchFeature.all` (which Kibana would not know either).
 *
 * Sources: the feature list the features API test expects
 * (x-pack/platform/test/api_integration/apis/features/features/features.ts), the features a solution view disables
 * (x-pack/platform/plugins/shared/spaces tests' SOLUTION_*_DISABLED_FEATURES), and the deprecated feature
 * versions that name their replacements (`replacedBy`): Cases V1/V2 of the three solutions
 * (x-pack/platform/plugins/shared/cases/server/features/v1.ts, v2.ts and the solutions' copies), Security's
 * `siem`–`siemV4` and `securitySolutionRulesV1`–`V3` (x-pack/solutions/security/packages/features), and the
 * analytics features that gained a `_v2` (discover, visualize, dashboard, maps).
 */
export const KIBANA_FEATURE_IDS: ReadonlySet<string> = new Set([
  // Analytics
  'discover',
  'discover_v2',
  'visualize',
  'visualize_v2',
  'dashboard',
  'dashboard_v2',
  'maps',
  'maps_v2',
  'canvas',
  'graph',
  'ml',
  // Management and platform
  'dev_tools',
  'advancedSettings',
  'indexPatterns',
  'savedObjectsManagement',
  'savedQueryManagement',
  'savedObjectsTagging',
  'filesManagement',
  'filesSharedImage',
  'actions',
  'stackAlerts',
  'rulesSettings',
  'maintenanceWindow',
  'generalCases',
  'generalCasesV2',
  'generalCasesV3',
  'monitoring',
  'manageReporting',
  'reportingLegacy',
  'dataQuality',
  'aiAssistantManagementSelection',
  'guidedOnboardingFeature',
  'osquery',
  'fleet',
  'fleetv2',
  'entityManager',
  'workflowsManagement',
  'agentBuilder',
  'cloudConnect',
  // Search
  'enterpriseSearch',
  'enterpriseSearchApplications',
  'enterpriseSearchAnalytics',
  'searchInferenceEndpoints',
  'searchSynonyms',
  'searchQueryRules',
  'searchPlayground',
  // Observability
  'observabilityAIAssistant',
  'observabilityCases',
  'observabilityCasesV2',
  'observabilityCasesV3',
  'observability',
  'observabilityAlerts',
  'observabilityManageRules',
  'apm',
  'infrastructure',
  'logs',
  'uptime',
  'slo',
  'inventory',
  'streams',
  'profiling',
  // Security
  'siem',
  'siemV2',
  'siemV3',
  'siemV4',
  'siemV5',
  'securitySolutionCases',
  'securitySolutionCasesV2',
  'securitySolutionCasesV3',
  'securitySolutionAssistant',
  'securitySolutionAttackDiscovery',
  'securitySolutionTimeline',
  'securitySolutionNotes',
  'securitySolutionSiemMigrations',
  'securitySolutionRulesV1',
  'securitySolutionRulesV2',
  'securitySolutionRulesV3',
  'securitySolutionRulesV4',
  'securitySolutionAlertsV1',
  // This plugin
  'caseAccess',
]);

/** The feature id a `feature_<id>.<privilege>` name refers to; `undefined` for other names. */
export function featureIdOfPrivilege(name: string): string | undefined {
  if (!name.startsWith('feature_')) return undefined;
  const rest = name.slice('feature_'.length);
  const dot = rest.indexOf('.');
  return dot < 0 ? rest : rest.slice(0, dot);
}
