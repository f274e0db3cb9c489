/**
 * /me checks `cases:<owner>/manageTemplate` where Kibana has that case operation (it came with the template
 * privileges, elastic/kibana#257683, in
 * x-pack/platform/packages/private/security/authorization_core/src/privileges/feature_privilege_builder/cases.ts),
 * and the UI capability only where it does not.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { Actions } from '@kbn/security-plugin/server';
import { getBuiltinFeatures } from '../../common/features';
import { planActions } from './my_access';

// A stand-in for the security plugin's action builders, which format actions exactly so.
const actions = {
  cases: { get: (owner: string, operation: string) => `cases:${owner}/${operation}` },
  ui: { get: (feature: string, capability: string) => `ui:${feature}/${capability}` },
  savedObject: { get: (type: string, operation: string) => `saved_object:${type}/${operation}` },
} as unknown as Actions;

/** The features with every `manageTemplates` grant removed, as on a version before case templates. */
function withoutTemplates(features: KibanaFeatureConfig[]): KibanaFeatureConfig[] {
  const strip = <T extends { cases?: Record<string, unknown> }>(privilege: T): T => {
    if (!privilege.cases) return privilege;
    const { manageTemplates: _removed, ...cases } = privilege.cases;
    return { ...privilege, cases };
  };
  return features.map((feature) => ({
    ...feature,
    ...(feature.privileges
      ? { privileges: { all: strip(feature.privileges.all), read: strip(feature.privileges.read) } }
      : {}),
    subFeatures: (feature.subFeatures ?? []).map((sub) => ({
      ...sub,
      privilegeGroups: sub.privilegeGroups.map((group) => ({
        ...group,
        privileges: group.privileges.map(strip),
      })),
    })),
  }));
}

it('checks the manageTemplate case operation where the features grant manageTemplates', () => {
  const plan = planActions(actions, getBuiltinFeatures({ buildFlavor: 'traditional' }));
  expect(plan.bySolution.security.manageTemplates).toEqual([
    'cases:securitySolution/manageTemplate',
  ]);
  expect(plan.all).toContain('cases:observability/manageTemplate');
});

it('falls back to the UI capability where the version has no template privileges', () => {
  const plan = planActions(
    actions,
    withoutTemplates(getBuiltinFeatures({ buildFlavor: 'traditional' }))
  );
  const checked = plan.bySolution.management.manageTemplates ?? [];
  expect(checked.length).toBeGreaterThan(0);
  expect(checked.every((action) => action.startsWith('ui:generalCases'))).toBe(true);
});

it('checks the same alert reads as the engine: Stack cases take any alerts outside Security', () => {
  // common/engine/catalog.ts caseAlertReadActions: the authoritative /me path and the engine must agree.
  const attackDiscovery: KibanaFeatureConfig = {
    id: 'securitySolutionAttackDiscovery',
    name: 'Attack discovery',
    category: { id: 'securitySolution', label: 'Security' },
    app: [],
    privileges: {
      all: {
        savedObject: { all: [], read: [] },
        ui: [],
        alerting: { alert: { all: [{ ruleTypeId: 'attack-discovery', consumers: ['siem'] }] } },
      },
      read: { savedObject: { all: [], read: [] }, ui: [] },
    },
  };
  const plan = planActions(actions, [
    ...getBuiltinFeatures({ buildFlavor: 'traditional' }),
    attackDiscovery,
  ]);
  const management = plan.bySolution.management.readAlerts ?? [];
  expect(management).toEqual(
    expect.arrayContaining([
      'alerting:xpack.ml.anomaly_detection_alert/ml/alert/get',
      'alerting:apm.error_rate/apm/alert/get',
      'alerting:.es-query/stackAlerts/alert/get',
    ])
  );
  expect(management.some((action) => action.startsWith('alerting:siem.'))).toBe(false);
  expect(plan.all.some((action) => action.startsWith('alerting:attack-discovery/'))).toBe(false);
  expect(plan.bySolution.security.readAlerts).toContain('alerting:siem.queryRule/siem/alert/get');
});
