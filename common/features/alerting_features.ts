/**
 * Built-in table of the alert-bearing features of Security, Observability and Stack rules, described only as far as
 * the access engine needs: id, name, category, apps, and which privileges grant alert read/all. Used when the host's
 * feature registry is not available (offline reports, the local host). Real definitions carry more (saved objects,
 * ui, api, sub-features); the engine decides "reads alerts" from `alerting.alert` entries only.
 *
 * Besides the current features, the table keeps Security's deprecated base features (`siem`, `siemV2`–`siemV4`):
 * Kibana still registers them and they still grant alerts, and roles written with them are common. Their
 * `replacedBy` needs the current features that took their place, so the current base feature (`siemV5`) and the
 * current rules feature (`securitySolutionRulesV4`) are described as well, though neither grants alerts.
 */
import type { AppCategory } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { translate } from '../i18n/translate';
import { APP_CATEGORIES } from './categories';

interface AlertingFeatureSpec {
  id: string;
  name: string;
  category: AppCategory;
  app: readonly string[];
  ruleTypeIds: readonly string[];
  consumers: readonly string[];
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
/** Stack rule types (the Stack Rules feature). */
const STACK_RULE_TYPES = ['.index-threshold', '.geo-containment', '.es-query', 'transform_health'];
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

function alertingFeatureSpecs(): AlertingFeatureSpec[] {
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
  return [
    {
      id: 'securitySolutionAlertsV1',
      name: translate('xpack.caseAccess.features.alerting.securityAlertsName', {
        defaultMessage: 'Alerts',
      }),
      category: APP_CATEGORIES.security,
      app: ['securitySolutionAlertsV1', 'kibana', 'securitySolution'],
      ruleTypeIds: SECURITY_RULE_TYPES,
      consumers: ['siem'],
    },
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
      ruleTypeIds: [
        ...APM_RULE_TYPES,
        ...METRICS_RULE_TYPES,
        ...LOGS_RULE_TYPES,
        ...SLO_RULE_TYPES,
        ...UPTIME_RULE_TYPES,
        ...CUSTOM_THRESHOLD_RULE_TYPES,
      ],
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
  ];
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
        alerting: { rule: { all: entries }, alert: { all: entries } },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['show'],
      },
      read: {
        app: spec.app,
        alerting: { rule: { read: entries }, alert: { read: entries } },
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
const SECURITY_CURRENT_ID = 'siemV5';
const SECURITY_RULES_CURRENT_ID = 'securitySolutionRulesV4';
const SECURITY_ALERTS_ID = 'securitySolutionAlertsV1';
/** Deprecated versions of Security's base feature, oldest first. */
export const DEPRECATED_SECURITY_FEATURE_IDS = ['siem', 'siemV2', 'siemV3', 'siemV4'] as const;
/** Current Security features that replace the deprecated base features but grant no alerts themselves. */
export const SECURITY_REPLACEMENT_FEATURE_IDS = [
  SECURITY_CURRENT_ID,
  SECURITY_RULES_CURRENT_ID,
] as const;

const SECURITY_BASE_APPS = [SECURITY_APP_ID, 'csp', 'kibana'];
const SECURITY_RULES_APPS = ['securitySolutionRules', 'kibana'];

function securityEntries() {
  return SECURITY_RULE_TYPES.map((ruleTypeId) => ({ ruleTypeId, consumers: ['siem'] }));
}

/** The current base feature of Security: app access only, alerts moved to their own feature. */
function securityCurrentFeature(): KibanaFeatureConfig {
  return {
    id: SECURITY_CURRENT_ID,
    name: translate('xpack.caseAccess.features.alerting.securityName', {
      defaultMessage: 'Security',
    }),
    category: APP_CATEGORIES.security,
    app: SECURITY_BASE_APPS,
    privileges: {
      all: {
        app: SECURITY_BASE_APPS,
        savedObject: { all: [], read: [] },
        ui: ['show', 'crud'],
      },
      read: {
        app: SECURITY_BASE_APPS,
        savedObject: { all: [], read: [] },
        ui: ['show'],
      },
    },
    subFeatures: [],
  };
}

/** The current rules feature of Security: rules only, no alerts. */
function securityRulesFeature(): KibanaFeatureConfig {
  const entries = securityEntries();
  return {
    id: SECURITY_RULES_CURRENT_ID,
    name: translate('xpack.caseAccess.features.alerting.securityRulesName', {
      defaultMessage: 'Rules and Exceptions',
    }),
    category: APP_CATEGORIES.security,
    app: SECURITY_RULES_APPS,
    alerting: entries,
    privileges: {
      all: {
        app: SECURITY_RULES_APPS,
        alerting: { rule: { all: entries } },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['read_rules', 'edit_rules'],
      },
      read: {
        app: SECURITY_RULES_APPS,
        alerting: { rule: { read: entries } },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['read_rules'],
      },
    },
    subFeatures: [],
  };
}

/**
 * A deprecated Security base feature. As in Kibana, both privileges grant every Security rule type's alerts with
 * `all` (Read too: it could always change alert status); each is replaced by the same privilege of the current base,
 * rules and alerts features.
 */
function deprecatedSecurityFeature(id: string): KibanaFeatureConfig {
  const entries = securityEntries();
  const replacements = (privilege: 'all' | 'read') => ({
    default: [SECURITY_CURRENT_ID, SECURITY_RULES_CURRENT_ID, SECURITY_ALERTS_ID].map(
      (feature) => ({
        feature,
        privileges: [privilege],
      })
    ),
    minimal: [SECURITY_CURRENT_ID, SECURITY_RULES_CURRENT_ID, SECURITY_ALERTS_ID].map(
      (feature) => ({
        feature,
        privileges: [`minimal_${privilege}`],
      })
    ),
  });
  return {
    id,
    name: translate('xpack.caseAccess.features.alerting.securityDeprecatedName', {
      defaultMessage: 'Security (deprecated {id})',
      values: { id },
    }),
    category: APP_CATEGORIES.security,
    app: SECURITY_BASE_APPS,
    alerting: entries,
    deprecated: {
      notice: translate('xpack.caseAccess.features.alerting.securityDeprecatedNotice', {
        defaultMessage:
          'The {id} privileges are deprecated; use {base}, {rules} and {alerts} instead.',
        values: {
          id,
          base: SECURITY_CURRENT_ID,
          rules: SECURITY_RULES_CURRENT_ID,
          alerts: SECURITY_ALERTS_ID,
        },
      }),
    },
    privileges: {
      all: {
        replacedBy: replacements('all'),
        app: SECURITY_BASE_APPS,
        alerting: { rule: { all: entries }, alert: { all: entries } },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['show', 'crud'],
      },
      read: {
        replacedBy: replacements('read'),
        app: SECURITY_BASE_APPS,
        alerting: { rule: { read: entries }, alert: { all: entries } },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['show'],
      },
    },
    subFeatures: [],
  };
}

/** Deprecated versions of Security's rules feature that still grant alerts (alerts moved out in V3). */
export const DEPRECATED_SECURITY_RULES_FEATURE_IDS = [
  'securitySolutionRulesV1',
  'securitySolutionRulesV2',
] as const;

/**
 * A deprecated Security rules feature (x-pack/solutions/security/packages/features/src/rules/v1_features and
 * v2_features/kibana_features.ts): All grants every Security rule type's alerts with `all`; Read grants them with
 * `read` in V1 and `all` in V2. Serverless Security's predefined roles still use these ids. Each privilege is
 * replaced by the same privilege of the current rules feature and the alerts feature.
 */
function deprecatedSecurityRulesFeature(
  id: (typeof DEPRECATED_SECURITY_RULES_FEATURE_IDS)[number]
): KibanaFeatureConfig {
  const entries = securityEntries();
  const replacements = (privilege: 'all' | 'read') => ({
    default: [SECURITY_RULES_CURRENT_ID, SECURITY_ALERTS_ID].map((feature) => ({
      feature,
      privileges: [privilege],
    })),
    minimal: [SECURITY_RULES_CURRENT_ID, SECURITY_ALERTS_ID].map((feature) => ({
      feature,
      privileges: [`minimal_${privilege}`],
    })),
  });
  const readAlerts = id === 'securitySolutionRulesV1' ? { read: entries } : { all: entries };
  return {
    id,
    name: translate('xpack.caseAccess.features.alerting.securityRulesDeprecatedName', {
      defaultMessage: 'Rules, Alerts, and Exceptions (deprecated {id})',
      values: { id },
    }),
    category: APP_CATEGORIES.security,
    app: SECURITY_RULES_APPS,
    alerting: entries,
    deprecated: {
      notice: translate('xpack.caseAccess.features.alerting.securityRulesDeprecatedNotice', {
        defaultMessage: 'The {id} privileges are deprecated; use {rules} and {alerts} instead.',
        values: { id, rules: SECURITY_RULES_CURRENT_ID, alerts: SECURITY_ALERTS_ID },
      }),
    },
    privileges: {
      all: {
        replacedBy: replacements('all'),
        app: SECURITY_RULES_APPS,
        alerting: { rule: { all: entries }, alert: { all: entries } },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['read_rules', 'edit_rules'],
      },
      read: {
        replacedBy: replacements('read'),
        app: SECURITY_RULES_APPS,
        alerting: { rule: { read: entries }, alert: readAlerts },
        api: ['rac'],
        savedObject: { all: [], read: [] },
        ui: ['read_rules'],
      },
    },
    subFeatures: [],
  };
}

/**
 * The alert-bearing features of the three solutions as minimal valid feature configs, with Security's deprecated
 * base and rules features and the current features that replace them.
 */
export function getAlertingFeatures(): KibanaFeatureConfig[] {
  return [
    ...alertingFeatureSpecs().map(toFeatureConfig),
    securityCurrentFeature(),
    securityRulesFeature(),
    ...DEPRECATED_SECURITY_FEATURE_IDS.map(deprecatedSecurityFeature),
    ...DEPRECATED_SECURITY_RULES_FEATURE_IDS.map(deprecatedSecurityRulesFeature),
  ];
}
