/**
 * Built-in table of the current alert-bearing features of Security, Observability and Stack rules, described only
 * as far as the access engine needs: id, name, category, apps, and which privileges grant alert read/all. Used when
 * the host's feature registry is not available (offline reports, the local host). Real definitions carry more
 * (saved objects, ui, api, sub-features); the engine decides "reads alerts" from `alerting.alert` entries only.
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

/** The alert-bearing features of the three solutions, as minimal valid feature configs. */
export function getAlertingFeatures(): KibanaFeatureConfig[] {
  return alertingFeatureSpecs().map(toFeatureConfig);
}
