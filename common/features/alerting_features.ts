/**
 * Built-in table of the alert-bearing features of Security, Observability, Stack rules and Machine Learning,
 * described only as far as the access engine needs: id, name, category, apps, and which privileges grant alert
 * read/all. Used when the host's feature registry is not available (offline reports, the local host). Real
 * definitions carry more (saved objects, ui, api, sub-features); the engine decides "reads alerts" from
 * `alerting.alert` entries only.
 *
 * The table follows the Kibana version (the snapshot's, or the newest when unknown or on serverless), because
 * Security's features changed from release to release (x-pack/solutions/security/packages/features/src/constants.ts
 * and the `security/v*_features`, `rules/v*_features` and `alerts` folders beside it):
 *
 * | Kibana | current base      | current rules                      | alerts feature             | deprecated, with alerts        |
 * | ------ | ----------------- | ---------------------------------- | -------------------------- | ------------------------------ |
 * | 9.0    | `siemV2` (alerts) | —                                  | —                          | `siem`                         |
 * | 9.1    | `siemV3` (alerts) | —                                  | —                          | `siem`, `siemV2`               |
 * | 9.2    | `siemV4` (alerts) | —                                  | —                          | `siem`–`siemV3`                |
 * | 9.3    | `siemV5`          | `securitySolutionRulesV1` (alerts) | —                          | `siem`–`siemV4`                |
 * | 9.4+   | `siemV5`          | `securitySolutionRulesV4`          | `securitySolutionAlertsV1` | `siem`–`siemV4`, rules V1, V2  |
 *
 * Kibana refuses a `replacedBy` that names a deprecated feature (feature_registry.ts `validateFeatures`), so each
 * release points every deprecated feature at that release's current ones; `siem` also at `securitySolutionTimeline`
 * and `securitySolutionNotes` (8.18 on), described here with no grants so the references resolve.
 * `securitySolutionRulesV3` (9.4+) grants no alerts and is left out. Kibana's `minimal` replacements by a rules
 * feature also name its sub-feature privileges (exceptions, ...), which the rules features here do not describe:
 * replacements only add UI capabilities, so the case answers do not change.
 *
 * Attack Discovery (`securitySolutionAttackDiscovery`) is left out on purpose: its privileges grant alerts of the
 * `attack-discovery` rule type only, which the UI attaches to cases as attack discoveries (a comment, a reference
 * to the discovery) plus the Security detection alerts behind them, and attaching those needs the detection rule
 * types' own alert privileges (see catalog.ts).
 */
import type { AppCategory } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { translate } from '../i18n/translate';
import { APP_CATEGORIES, KIBANA_CATEGORY } from './categories';
import type { BuildFlavor } from './constants';
import { kibanaHasSince } from './kibana_versions';

interface AlertingFeatureSpec {
  id: string;
  name: string;
  category: AppCategory;
  app: readonly string[];
  ruleTypeIds: readonly string[];
  consumers: readonly string[];
  /** Alerts without rules (the 9.5 "Alerts" features): `alert` entries only. */
  alertsOnly?: boolean;
}

/** Rule types of each Observability area (ids from `@kbn/rule-data-utils`). */
const APM_RULE_TYPES = [
  'apm.error_rate',
  'apm.transaction_error_rate',
  'apm.transaction_duration',
  'apm.anomaly',
];
const METRICS_RULE_TYPES = ['metrics.alert.threshold', 'metrics.alert.inventory.threshold'];
const LOGS_RULE_TYPES = ['logs.alert.document.count'];
const SLO_RULE_TYPES = ['slo.rules.burnRate'];
const UPTIME_RULE_TYPES = [
  'xpack.uptime.alerts.monitorStatus',
  'xpack.uptime.alerts.tlsCertificate',
  'xpack.uptime.alerts.durationAnomaly',
  'xpack.synthetics.alerts.monitorStatus',
  'xpack.synthetics.alerts.tls',
];
const CUSTOM_THRESHOLD_RULE_TYPES = ['observability.rules.custom_threshold'];
const OBSERVABILITY_RULE_TYPES = [
  ...APM_RULE_TYPES,
  ...METRICS_RULE_TYPES,
  ...LOGS_RULE_TYPES,
  ...SLO_RULE_TYPES,
  ...UPTIME_RULE_TYPES,
  ...CUSTOM_THRESHOLD_RULE_TYPES,
];
/** Stack rule types (the Stack Rules feature). */
const STACK_RULE_TYPES = ['.index-threshold', '.geo-containment', '.es-query', 'transform_health'];
/**
 * Machine Learning's rule types (`ML_ALERT_TYPES`), with the consumers of
 * x-pack/platform/plugins/shared/ml/common/types/capabilities.ts `alertingFeatures`.
 */
const ML_RULE_TYPES = [
  'xpack.ml.anomaly_detection_alert',
  'xpack.ml.anomaly_detection_jobs_health',
];
const ML_CONSUMERS = ['ml', 'alerts', 'stackAlerts'];
/** Security detection rule types, plus the legacy notifications type the Security features keep. */
const SECURITY_RULE_TYPES = [
  'siem.notifications',
  'siem.queryRule',
  'siem.savedQueryRule',
  'siem.eqlRule',
  'siem.esqlRule',
  'siem.thresholdRule',
  'siem.mlRule',
  'siem.indicatorRule',
  'siem.newTermsRule',
];
/** Observability rules may also be created from Stack Management (`alerts` consumer). */
const OBSERVABILITY_SHARED_CONSUMER = 'alerts';

/** The first releases with the features that came after 9.0 (see the table above). */
const SIEM_V3_SINCE = '9.1.0';
const SIEM_V4_SINCE = '9.2.0';
/** `siemV5` and the first rules feature (elastic/kibana#239634, "Rules, Alerts, and Exceptions"). */
const RULES_FEATURE_SINCE = '9.3.0';
/**
 * The alerts feature (elastic/kibana#244637) with rules V3, and rules V2 (#245722, exceptions sub-feature) and V4
 * (#250131, rule management sub-features): all merged while main was 9.4.0.
 */
const ALERTS_FEATURE_SINCE = '9.4.0';
/** Stack Alerts `stackAlertsOnly` (elastic/kibana#273804) and Observability Alerts `observabilityAlerts`. */
const ALERTS_ONLY_FEATURES_SINCE = '9.5.0';

/** Options of the built-in table: the Kibana it describes. */
export interface AlertingFeatureOptions {
  kibanaVersion?: string;
  buildFlavor?: BuildFlavor;
}

function alertingFeatureSpecs(options: AlertingFeatureOptions): AlertingFeatureSpec[] {
  const since = (version: string) =>
    kibanaHasSince(options.kibanaVersion, version, options.buildFlavor);
  const obs = (
    id: string,
    name: string,
    app: readonly string[],
    ruleTypeIds: readonly string[],
    consumer: string
  ): AlertingFeatureSpec => ({
    id,
    name,
    category: APP_CATEGORIES.observability,
    app,
    ruleTypeIds,
    consumers: [consumer, OBSERVABILITY_SHARED_CONSUMER],
  });
  const specs: AlertingFeatureSpec[] = [
    obs(
      'apm',
      translate('xpack.caseAccess.features.alerting.apmName', { defaultMessage: 'APM' }),
      ['apm', 'kibana'],
      APM_RULE_TYPES,
      'apm'
    ),
    obs(
      'infrastructure',
      translate('xpack.caseAccess.features.alerting.infrastructureName', {
        defaultMessage: 'Infrastructure',
      }),
      ['infra', 'metrics', 'kibana'],
      METRICS_RULE_TYPES,
      'infrastructure'
    ),
    obs(
      'logs',
      translate('xpack.caseAccess.features.alerting.logsName', { defaultMessage: 'Logs' }),
      ['infra', 'logs', 'kibana'],
      LOGS_RULE_TYPES,
      'logs'
    ),
    obs(
      'slo',
      translate('xpack.caseAccess.features.alerting.sloName', { defaultMessage: 'SLOs' }),
      ['slo', 'kibana'],
      SLO_RULE_TYPES,
      'slo'
    ),
    obs(
      'uptime',
      translate('xpack.caseAccess.features.alerting.uptimeName', {
        defaultMessage: 'Synthetics and Uptime',
      }),
      ['uptime', 'synthetics', 'kibana'],
      UPTIME_RULE_TYPES,
      'uptime'
    ),
    obs(
      'observability',
      translate('xpack.caseAccess.features.alerting.observabilityName', {
        defaultMessage: 'Observability',
      }),
      ['observability-overview', 'kibana'],
      CUSTOM_THRESHOLD_RULE_TYPES,
      'observability'
    ),
    {
      id: 'observabilityManageRules',
      name: translate('xpack.caseAccess.features.alerting.observabilityRulesName', {
        defaultMessage: 'Observability Rules and Alerts',
      }),
      category: APP_CATEGORIES.observability,
      app: ['kibana'],
      ruleTypeIds: OBSERVABILITY_RULE_TYPES,
      consumers: ['alerts', 'stackAlerts', 'observability'],
    },
    {
      id: 'stackAlerts',
      name: translate('xpack.caseAccess.features.alerting.stackRulesName', {
        defaultMessage: 'Stack Rules',
      }),
      category: APP_CATEGORIES.management,
      app: [],
      ruleTypeIds: STACK_RULE_TYPES,
      consumers: ['stackAlerts', 'alerts'],
    },
    {
      // x-pack/platform/plugins/shared/ml/server/plugin.ts: category Analytics; Read grants alert read, All alert all.
      id: 'ml',
      name: translate('xpack.caseAccess.features.alerting.mlName', {
        defaultMessage: 'Machine Learning',
      }),
      category: KIBANA_CATEGORY,
      app: ['ml', 'kibana'],
      ruleTypeIds: ML_RULE_TYPES,
      consumers: ML_CONSUMERS,
    },
  ];
  if (since(ALERTS_FEATURE_SINCE)) {
    specs.unshift({
      id: SECURITY_ALERTS_ID,
      name: translate('xpack.caseAccess.features.alerting.securityAlertsName', {
        defaultMessage: 'Alerts',
      }),
      category: APP_CATEGORIES.security,
      app: [SECURITY_ALERTS_ID, 'kibana', 'securitySolution'],
      ruleTypeIds: SECURITY_RULE_TYPES,
      consumers: ['siem'],
    });
  }
  if (since(ALERTS_ONLY_FEATURES_SINCE)) {
    specs.push(
      {
        // x-pack/platform/plugins/shared/stack_alerts/server: the stack rule types, ML anomaly detection and the
        // custom threshold rule, alerts only.
        id: 'stackAlertsOnly',
        name: translate('xpack.caseAccess.features.alerting.stackAlertsName', {
          defaultMessage: 'Stack Alerts',
        }),
        category: APP_CATEGORIES.management,
        app: [],
        ruleTypeIds: [
          ...STACK_RULE_TYPES,
          'xpack.ml.anomaly_detection_alert',
          ...CUSTOM_THRESHOLD_RULE_TYPES,
        ],
        consumers: ['stackAlerts', 'alerts'],
        alertsOnly: true,
      },
      {
        id: 'observabilityAlerts',
        name: translate('xpack.caseAccess.features.alerting.observabilityAlertsName', {
          defaultMessage: 'Observability Alerts',
        }),
        category: APP_CATEGORIES.observability,
        app: ['kibana'],
        ruleTypeIds: OBSERVABILITY_RULE_TYPES,
        consumers: ['alerts', 'observability'],
        alertsOnly: true,
      }
    );
  }
  return specs;
}

function toFeatureConfig(spec: AlertingFeatureSpec): KibanaFeatureConfig {
  const entries = spec.ruleTypeIds.map((ruleTypeId) => ({ ruleTypeId, consumers: spec.consumers }));
  return {
    id: spec.id,
    name: spec.name,
    category: spec.category,
    app: spec.app,
    alerting: entries,
    privileges: {
      all: {
        app: spec.app,
        alerting: spec.alertsOnly
          ? { alert: { all: entries } }
          : { rule: { all: entries }, alert: { all: entries } },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['show'],
      },
      read: {
        app: spec.app,
        alerting: spec.alertsOnly
          ? { alert: { read: entries } }
          : { rule: { read: entries }, alert: { read: entries } },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['show'],
      },
    },
    subFeatures: [],
  };
}

/** Ids of Security's features (Kibana's `@kbn/security-solution-features` constants). */
const SECURITY_APP_ID = 'securitySolution';
const SECURITY_ALERTS_ID = 'securitySolutionAlertsV1';
const SECURITY_TIMELINE_ID = 'securitySolutionTimeline';
const SECURITY_NOTES_ID = 'securitySolutionNotes';
/** Versions of Security's base feature, oldest first; the newest is current, the others deprecated. */
const SECURITY_BASE_IDS = ['siem', 'siemV2', 'siemV3', 'siemV4', 'siemV5'] as const;
type SecurityBaseId = (typeof SECURITY_BASE_IDS)[number];
/** Deprecated versions of Security's base feature in the newest Kibana, oldest first. */
export const DEPRECATED_SECURITY_FEATURE_IDS = ['siem', 'siemV2', 'siemV3', 'siemV4'] as const;
/** Current Security features (newest Kibana) that replace the deprecated base features but grant no alerts. */
export const SECURITY_REPLACEMENT_FEATURE_IDS = ['siemV5', 'securitySolutionRulesV4'] as const;
/** Deprecated versions of Security's rules feature that still grant alerts (alerts moved out in V3). */
export const DEPRECATED_SECURITY_RULES_FEATURE_IDS = [
  'securitySolutionRulesV1',
  'securitySolutionRulesV2',
] as const;
type SecurityRulesId = 'securitySolutionRulesV1' | 'securitySolutionRulesV4';

/** What one Kibana release registers of Security's base, rules and alerts features. */
export interface SecurityGeneration {
  /** The current (not deprecated) base feature. */
  base: SecurityBaseId;
  /** Whether the current base feature still grants alerts (before rules and alerts moved out, 9.3). */
  baseGrantsAlerts: boolean;
  /** The deprecated base features, oldest first. */
  deprecatedBases: SecurityBaseId[];
  /** The current rules feature, when there is one (9.3 on). */
  rules?: SecurityRulesId;
  /** Whether the current rules feature grants alerts (9.3 only; the alerts feature took them in 9.4). */
  rulesGrantAlerts: boolean;
  /** The deprecated rules features that still grant alerts. */
  deprecatedRules: Array<(typeof DEPRECATED_SECURITY_RULES_FEATURE_IDS)[number]>;
  /** Whether `securitySolutionAlertsV1` is registered. */
  alertsFeature: boolean;
}

/** Security's features in the Kibana of `options` (the newest when unknown or on serverless). */
export function securityGeneration(options: AlertingFeatureOptions = {}): SecurityGeneration {
  const since = (version: string) =>
    kibanaHasSince(options.kibanaVersion, version, options.buildFlavor);
  const baseIndex = since(RULES_FEATURE_SINCE)
    ? 4
    : since(SIEM_V4_SINCE)
      ? 3
      : since(SIEM_V3_SINCE)
        ? 2
        : 1;
  const alertsFeature = since(ALERTS_FEATURE_SINCE);
  const hasRules = since(RULES_FEATURE_SINCE);
  return {
    base: SECURITY_BASE_IDS[baseIndex],
    baseGrantsAlerts: !hasRules,
    deprecatedBases: SECURITY_BASE_IDS.slice(0, baseIndex),
    rules: hasRules
      ? alertsFeature
        ? 'securitySolutionRulesV4'
        : 'securitySolutionRulesV1'
      : undefined,
    rulesGrantAlerts: hasRules && !alertsFeature,
    deprecatedRules: alertsFeature ? [...DEPRECATED_SECURITY_RULES_FEATURE_IDS] : [],
    alertsFeature,
  };
}

const SECURITY_BASE_APPS = [SECURITY_APP_ID, 'csp', 'kibana'];
const SECURITY_RULES_APPS = ['securitySolutionRules', 'kibana'];

function securityEntries() {
  return SECURITY_RULE_TYPES.map((ruleTypeId) => ({ ruleTypeId, consumers: ['siem'] }));
}

type PrivilegeId = 'all' | 'read';

/** The replacements of a deprecated Security feature's privilege in this release. */
function replacements(
  targets: readonly string[],
  privilege: PrivilegeId,
  plain: readonly string[] = []
) {
  return {
    default: [...plain, ...targets].map((feature) => ({ feature, privileges: [privilege] })),
    minimal: [
      ...plain.map((feature) => ({ feature, privileges: [privilege] })),
      ...targets.map((feature) => ({ feature, privileges: [`minimal_${privilege}`] })),
    ],
  };
}

/** The current features that replace what the old base and rules features granted in this release. */
function currentSecurityTargets(generation: SecurityGeneration, withBase: boolean): string[] {
  return [
    ...(withBase ? [generation.base] : []),
    ...(generation.rules ? [generation.rules] : []),
    ...(generation.alertsFeature ? [SECURITY_ALERTS_ID] : []),
  ];
}

/**
 * A Security base feature. Before 9.3 every version grants every Security rule type's alerts with `all` (Read
 * too: it could always change alert status); from 9.3 the current one (`siemV5`) grants app access only. A
 * deprecated one is replaced by the same privilege of the release's current base, rules and alerts features
 * (`siem` also by Timeline and Notes).
 */
function securityBaseFeature(
  id: SecurityBaseId,
  generation: SecurityGeneration
): KibanaFeatureConfig {
  const deprecated = id !== generation.base;
  const grantsAlerts = deprecated || generation.baseGrantsAlerts;
  const entries = securityEntries();
  const targets = currentSecurityTargets(generation, true);
  const plain = id === 'siem' ? [SECURITY_TIMELINE_ID, SECURITY_NOTES_ID] : [];
  const alerting = (privilege: PrivilegeId) =>
    grantsAlerts
      ? {
          alerting: {
            rule: privilege === 'all' ? { all: entries } : { read: entries },
            alert: { all: entries },
          },
          api: ['rac'],
        }
      : {};
  const privilege = (privilegeId: PrivilegeId) => ({
    ...(deprecated ? { replacedBy: replacements(targets, privilegeId, plain) } : {}),
    app: SECURITY_BASE_APPS,
    ...alerting(privilegeId),
    savedObject: { all: [], read: [] },
    ui: privilegeId === 'all' ? ['show', 'crud'] : ['show'],
  });
  return {
    id,
    name: deprecated
      ? translate('xpack.caseAccess.features.alerting.securityDeprecatedName', {
          defaultMessage: 'Security (deprecated {id})',
          values: { id },
        })
      : translate('xpack.caseAccess.features.alerting.securityName', {
          defaultMessage: 'Security',
        }),
    category: APP_CATEGORIES.security,
    app: SECURITY_BASE_APPS,
    ...(grantsAlerts ? { alerting: entries } : {}),
    ...(deprecated
      ? {
          deprecated: {
            notice: translate('xpack.caseAccess.features.alerting.securityDeprecatedNotice', {
              defaultMessage: 'The {id} privileges are deprecated; use {replacements} instead.',
              values: { id, replacements: targets.join(', ') },
            }),
          },
        }
      : {}),
    privileges: { all: privilege('all'), read: privilege('read') },
    subFeatures: [],
  };
}

/**
 * A Security rules feature (x-pack/solutions/security/packages/features/src/rules/v1_features, v2_features and
 * v4_features/kibana_features.ts). V1 and V2 grant every Security rule type's alerts: All with `all`, Read with
 * `read` in V1 and `all` in V2; V4 grants rules only. Serverless Security's predefined roles still name V1 and V2.
 * From 9.4, V1 and V2 are deprecated and replaced by the same privilege of V4 and the alerts feature.
 */
function securityRulesFeature(
  id: 'securitySolutionRulesV1' | 'securitySolutionRulesV2' | 'securitySolutionRulesV4',
  generation: SecurityGeneration
): KibanaFeatureConfig {
  const entries = securityEntries();
  const deprecated = id !== generation.rules;
  const grantsAlerts = deprecated || generation.rulesGrantAlerts;
  const targets = currentSecurityTargets(generation, false);
  const readAlerts = id === 'securitySolutionRulesV1' ? { read: entries } : { all: entries };
  const privilege = (privilegeId: PrivilegeId) => ({
    ...(deprecated ? { replacedBy: replacements(targets, privilegeId) } : {}),
    app: SECURITY_RULES_APPS,
    alerting: {
      rule: privilegeId === 'all' ? { all: entries } : { read: entries },
      ...(grantsAlerts ? { alert: privilegeId === 'all' ? { all: entries } : readAlerts } : {}),
    },
    api: ['rac'],
    savedObject: { all: [], read: [] },
    ui: privilegeId === 'all' ? ['read_rules', 'edit_rules'] : ['read_rules'],
  });
  return {
    id,
    name: deprecated
      ? translate('xpack.caseAccess.features.alerting.securityRulesDeprecatedName', {
          defaultMessage: 'Rules, Alerts, and Exceptions (deprecated {id})',
          values: { id },
        })
      : grantsAlerts
        ? translate('xpack.caseAccess.features.alerting.securityRulesAlertsName', {
            defaultMessage: 'Rules, Alerts, and Exceptions',
          })
        : translate('xpack.caseAccess.features.alerting.securityRulesName', {
            defaultMessage: 'Rules and Exceptions',
          }),
    category: APP_CATEGORIES.security,
    app: SECURITY_RULES_APPS,
    alerting: entries,
    ...(deprecated
      ? {
          deprecated: {
            notice: translate('xpack.caseAccess.features.alerting.securityRulesDeprecatedNotice', {
              defaultMessage: 'The {id} privileges are deprecated; use {replacements} instead.',
              values: { id, replacements: targets.join(', ') },
            }),
          },
        }
      : {}),
    privileges: { all: privilege('all'), read: privilege('read') },
    subFeatures: [],
  };
}

/** Timeline and Notes (8.18 on): named by `siem`'s replacements; they grant nothing the engine judges. */
function securityPlainFeature(id: string, name: string): KibanaFeatureConfig {
  const privilege = (ui: string[]) => ({
    app: [SECURITY_APP_ID, 'kibana'],
    savedObject: { all: [], read: [] },
    ui,
  });
  return {
    id,
    name,
    category: APP_CATEGORIES.security,
    app: [SECURITY_APP_ID, 'kibana'],
    privileges: { all: privilege(['crud', 'read']), read: privilege(['read']) },
    subFeatures: [],
  };
}

/**
 * The alert-bearing features of the Kibana of `options` as minimal valid feature configs, with Security's
 * deprecated base and rules features and the current features that replace them.
 */
export function getAlertingFeatures(options: AlertingFeatureOptions = {}): KibanaFeatureConfig[] {
  const generation = securityGeneration(options);
  return [
    ...alertingFeatureSpecs(options).map(toFeatureConfig),
    securityBaseFeature(generation.base, generation),
    ...(generation.rules ? [securityRulesFeature(generation.rules, generation)] : []),
    ...generation.deprecatedBases.map((id) => securityBaseFeature(id, generation)),
    ...generation.deprecatedRules.map((id) => securityRulesFeature(id, generation)),
    securityPlainFeature(
      SECURITY_TIMELINE_ID,
      translate('xpack.caseAccess.features.alerting.securityTimelineName', {
        defaultMessage: 'Timeline',
      })
    ),
    securityPlainFeature(
      SECURITY_NOTES_ID,
      translate('xpack.caseAccess.features.alerting.securityNotesName', {
        defaultMessage: 'Notes',
      })
    ),
  ];
}
