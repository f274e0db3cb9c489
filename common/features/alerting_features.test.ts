/**
 * Security's features follow the Kibana version: which base, rules and alerts features a release registers and
 * what each deprecated one is replaced by. Sources: x-pack/solutions/security/packages/features/src/constants.ts
 * (`siemV2` for 8.18, `siemV3` for 9.1, `siemV4` for 9.2, `siemV5` for 9.3), security/v1_features/kibana_features.ts
 * (`siem` replaced by Timeline, Notes and the current base: `siemV2` in the 8.18/9.0 source, `siemV3` in the 9.1
 * one), rules/v2_features/kibana_features.ts (V2 replaced by rules and `securitySolutionAlertsV1`), and Kibana's
 * feature registry, which refuses a replacement that is itself deprecated
 * (x-pack/platform/plugins/shared/features/server/feature_registry.ts `validateFeatures`), so every release points
 * its deprecated features at that release's current ones.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getAlertingFeatures, securityGeneration } from './alerting_features';
import { FEATURE_IDS_SINCE, KIBANA_FEATURE_IDS, kibanaFeatureIds } from './feature_ids';
import { getBuiltinFeatures, SUPPORTED_KIBANA_VERSIONS } from '.';
import { validateKibanaFeatures } from './validate_feature';

function replacementsOf(features: KibanaFeatureConfig[], id: string, privilege: 'all' | 'read') {
  const feature = features.find((f) => f.id === id);
  const replacedBy = feature?.privileges?.[privilege].replacedBy;
  if (!replacedBy || !('default' in replacedBy))
    throw new Error(`${id}.${privilege} is not replaced`);
  return {
    default: replacedBy.default.map((r) => `${r.feature}.${r.privileges.join('+')}`),
    minimal: replacedBy.minimal.map((r) => `${r.feature}.${r.privileges.join('+')}`),
  };
}

const grantsAlerts = (feature: KibanaFeatureConfig | undefined) =>
  Object.values(feature?.privileges ?? {}).some(
    (p) => (p.alerting?.alert?.all?.length ?? 0) + (p.alerting?.alert?.read?.length ?? 0) > 0
  );

describe.each([
  ['9.0.3', 'siemV2', ['siem'], undefined],
  ['9.1.0', 'siemV3', ['siem', 'siemV2'], undefined],
  ['9.2.4', 'siemV4', ['siem', 'siemV2', 'siemV3'], undefined],
  ['9.3.1', 'siemV5', ['siem', 'siemV2', 'siemV3', 'siemV4'], 'securitySolutionRulesV1'],
  ['9.4.0', 'siemV5', ['siem', 'siemV2', 'siemV3', 'siemV4'], 'securitySolutionRulesV4'],
  [undefined, 'siemV5', ['siem', 'siemV2', 'siemV3', 'siemV4'], 'securitySolutionRulesV4'],
] as const)('Security features of Kibana %s', (kibanaVersion, base, deprecated, rules) => {
  const features = getAlertingFeatures({ kibanaVersion });
  const ids = features.map((f) => f.id);
  const alertsFeature = rules === 'securitySolutionRulesV4';

  it(`register ${base} as the current base and ${deprecated.join(', ')} as deprecated`, () => {
    expect(features.find((f) => f.id === base)?.deprecated).toBeUndefined();
    for (const id of deprecated)
      expect(features.find((f) => f.id === id)?.deprecated).toBeDefined();
    expect(ids.filter((id) => /^siem/.test(id)).sort()).toEqual([...deprecated, base].sort());
    expect(ids.includes('securitySolutionAlertsV1')).toBe(alertsFeature);
  });

  it('point every deprecated base feature at this release’s current features, siem also at Timeline and Notes', () => {
    const targets = [
      base,
      ...(rules ? [rules] : []),
      ...(alertsFeature ? ['securitySolutionAlertsV1'] : []),
    ];
    for (const id of deprecated) {
      const plain =
        id === 'siem' ? ['securitySolutionTimeline.all', 'securitySolutionNotes.all'] : [];
      expect(replacementsOf(features, id, 'all')).toEqual({
        default: [...plain, ...targets.map((t) => `${t}.all`)],
        minimal: [...plain, ...targets.map((t) => `${t}.minimal_all`)],
      });
    }
  });

  it('grant Security alerts with the current base before 9.3 and with the current rules in 9.3 only', () => {
    expect(grantsAlerts(features.find((f) => f.id === base))).toBe(rules === undefined);
    if (rules) expect(grantsAlerts(features.find((f) => f.id === rules))).toBe(!alertsFeature);
  });

  it('pass the feature registry’s checks for that release', () => {
    expect(
      validateKibanaFeatures(getBuiltinFeatures({ buildFlavor: 'traditional', kibanaVersion }), {
        kibanaVersion,
      })
    ).toEqual([]);
  });
});

describe('deprecated rules features', () => {
  it('are current in 9.3 (V1 alone) and replaced by rules V4 and the alerts feature from 9.4', () => {
    expect(securityGeneration({ kibanaVersion: '9.3.0' }).deprecatedRules).toEqual([]);
    const newest = getAlertingFeatures({});
    for (const id of ['securitySolutionRulesV1', 'securitySolutionRulesV2']) {
      expect(replacementsOf(newest, id, 'read')).toEqual({
        default: ['securitySolutionRulesV4.read', 'securitySolutionAlertsV1.read'],
        minimal: ['securitySolutionRulesV4.minimal_read', 'securitySolutionAlertsV1.minimal_read'],
      });
    }
  });

  it('serverless runs the newest Kibana whatever the version says', () => {
    expect(securityGeneration({ kibanaVersion: '9.0.0', buildFlavor: 'serverless' }).base).toBe(
      'siemV5'
    );
  });
});

describe('the alerts-only features of 9.5', () => {
  // stackAlertsOnly: elastic/kibana#273804 (Stack 9.5.0); observabilityAlerts: documented for 9.5
  // (elastic/docs-content#7228). Both grant alerts without rules.
  it.each([
    ['9.4.2', false],
    ['9.5.0', true],
  ])('on %s: %s', (kibanaVersion, present) => {
    const ids = getAlertingFeatures({ kibanaVersion }).map((f) => f.id);
    expect(ids.includes('stackAlertsOnly')).toBe(present);
    expect(ids.includes('observabilityAlerts')).toBe(present);
  });
});

describe('the feature-id catalogue per version', () => {
  it.each(SUPPORTED_KIBANA_VERSIONS)(
    'knows every built-in feature Kibana %s registers',
    (kibanaVersion) => {
      const known = kibanaFeatureIds(kibanaVersion);
      for (const feature of getAlertingFeatures({ kibanaVersion })) {
        expect([feature.id, known.has(feature.id)]).toEqual([feature.id, true]);
      }
    }
  );

  it('leaves out of a release the features that came later', () => {
    expect(kibanaFeatureIds('9.0.0').has('siemV3')).toBe(false);
    expect(kibanaFeatureIds('9.1.0').has('siemV3')).toBe(true);
    expect(kibanaFeatureIds('9.3.5').has('securitySolutionRulesV1')).toBe(true);
    expect(kibanaFeatureIds('9.3.5').has('securitySolutionAlertsV1')).toBe(false);
    expect(kibanaFeatureIds('9.4.0').has('stackAlertsOnly')).toBe(false);
    expect(kibanaFeatureIds('9.5.1').has('stackAlertsOnly')).toBe(true);
  });

  it('is the whole catalogue on serverless and for an unreadable version', () => {
    expect(kibanaFeatureIds('9.0.0', 'serverless')).toBe(KIBANA_FEATURE_IDS);
    expect(kibanaFeatureIds(undefined)).toBe(KIBANA_FEATURE_IDS);
    expect(kibanaFeatureIds('kibana')).toBe(KIBANA_FEATURE_IDS);
  });

  it('dates only ids of the catalogue', () => {
    for (const id of Object.keys(FEATURE_IDS_SINCE)) expect(KIBANA_FEATURE_IDS.has(id)).toBe(true);
  });
});
