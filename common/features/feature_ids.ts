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
 *
 * Where the stored sources date a feature to a later 9.x release, {@link FEATURE_IDS_SINCE} says which, and
 * {@link kibanaFeatureIds} leaves it out of older releases, so a role naming it on such a Kibana is told as unknown
 * (Kibana registers no privilege for it). Other ids count for every 9.x release: their first release is not known
 * here, and calling a real privilege unknown would be a false alarm.
 */
import type { BuildFlavor } from './constants';
import { kibanaHasSince, parseKibanaVersion } from './kibana_versions';

/** The union over every 9.x release and serverless. */
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
  'stackAlertsOnly',
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

/**
 * The first release that registers a feature added after 9.0, where the sources date it:
 * - `siemV3` 9.1, `siemV4` 9.2, `siemV5` 9.3: x-pack/solutions/security/packages/features/src/constants.ts ("New
 *   version for 9.1", "for 9.2", "for 9.3");
 * - `securitySolutionRulesV1` 9.3: elastic/kibana#239634 (the Rules feature, documented for 9.3 by
 *   elastic/docs-content#4433);
 * - `securitySolutionRulesV2` (#245722, exceptions sub-feature, Stack 9.4.0), `securitySolutionAlertsV1` and
 *   `securitySolutionRulesV3` (#244637, documented for 9.4 by elastic/docs-content#5538), `securitySolutionRulesV4`
 *   (#250131, rule management sub-features, documented for 9.4 by elastic/docs-content#5784): 9.4;
 * - `stackAlertsOnly` (#273804) and `observabilityAlerts` (documented for 9.5 by elastic/docs-content#7228): 9.5.
 */
export const FEATURE_IDS_SINCE: Readonly<Record<string, string>> = Object.freeze({
  siemV3: '9.1.0',
  siemV4: '9.2.0',
  siemV5: '9.3.0',
  securitySolutionRulesV1: '9.3.0',
  securitySolutionRulesV2: '9.4.0',
  securitySolutionRulesV3: '9.4.0',
  securitySolutionRulesV4: '9.4.0',
  securitySolutionAlertsV1: '9.4.0',
  stackAlertsOnly: '9.5.0',
  observabilityAlerts: '9.5.0',
});

const idsByVersion = new Map<string, ReadonlySet<string>>();

/**
 * The feature ids the Kibana of `version` registers: {@link KIBANA_FEATURE_IDS} less the features that came in a
 * later release. Serverless and an unreadable version read as the newest release.
 */
export function kibanaFeatureIds(
  version: string | undefined,
  buildFlavor: BuildFlavor = 'traditional'
): ReadonlySet<string> {
  if (buildFlavor === 'serverless' || parseKibanaVersion(version) === undefined) {
    return KIBANA_FEATURE_IDS;
  }
  const [major, minor] = parseKibanaVersion(version) as [number, number, number];
  const key = `${major}.${minor}`;
  let ids = idsByVersion.get(key);
  if (!ids) {
    ids = new Set(
      [...KIBANA_FEATURE_IDS].filter((id) => {
        const since = FEATURE_IDS_SINCE[id];
        return since === undefined || kibanaHasSince(`${key}.99`, since);
      })
    );
    idsByVersion.set(key, ids);
  }
  return ids;
}

/** The feature id a `feature_<id>.<privilege>` name refers to; `undefined` for other names. */
export function featureIdOfPrivilege(name: string): string | undefined {
  if (!name.startsWith('feature_')) return undefined;
  const rest = name.slice('feature_'.length);
  const dot = rest.indexOf('.');
  return dot < 0 ? rest : rest.slice(0, dot);
}
