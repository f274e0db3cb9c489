/**
 * The privilege catalog: what each Elasticsearch application privilege name of Kibana grants, built from the
 * feature definitions in force the way Kibana's security plugin registers privileges with Elasticsearch.
 *
 * - `all` / `space_all`: every non-hidden feature's `all` and `read` (with their sub-feature privileges), skipping
 *   features and primary privileges excluded from base privileges; `read` / `space_read`: the same for `read`.
 * - `feature_<f>.all` / `.read`: the primary privilege plus the sub-feature privileges it includes (`includeIn`:
 *   `all` for `all`; `read` for both), those whose `minimumLicense` the licence meets.
 * - `feature_<f>.minimal_all` / `.minimal_read`: the primary privilege alone (registered on every licence).
 * - `feature_<f>.<subFeaturePrivilegeId>`: that sub-feature privilege; registered only from Gold, so on a lower
 *   licence the name grants nothing.
 * - `reserved_<id>`: a feature's reserved privilege.
 * - `composedOf` references add the referenced privileges; hidden features register no privileges of their own.
 */
import type {
  FeatureKibanaPrivileges,
  KibanaFeatureConfig,
  LicenseType,
  SubFeaturePrivilegeConfig,
} from '@kbn/features-plugin/common';
import { APP_CATEGORIES } from '../features/categories';
import {
  ACTION_SAVED_OBJECT_TYPE,
  ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE,
  CASE_OWNERS,
} from '../features/constants';
import { CASE_CAPABILITIES, SOLUTIONS, type CaseCapability, type Solution } from '../report/types';
import {
  bitOf,
  CASES_ALL_BITS,
  CONNECTOR_BITS,
  EXECUTE_CONNECTORS_BIT,
  MANAGE_CONNECTORS_BIT,
  READ_ALERTS_BIT,
  SOLUTION_INDEX,
  emptyMasks,
  isEmpty,
  orInto,
  type SolutionMasks,
} from './bits';
import { allowsSubFeaturePrivileges, licenseAtLeast } from './license';
import { wildcardMatch } from './spaces';

export const FEATURE_PRIVILEGE_PREFIX = 'feature_';
export const RESERVED_PRIVILEGE_PREFIX = 'reserved_';
export const BASE_PRIVILEGES = ['all', 'read', 'space_all', 'space_read'] as const;
const MINIMAL_PREFIX = 'minimal_';

export type PrivilegeKind = 'base' | 'feature' | 'reserved' | 'action';

/**
 * Elasticsearch takes any application privilege name containing `/`, `*` or `:` as an action pattern (its
 * `ApplicationPrivilege` name rules), and Kibana checks exactly such actions: a role may list them directly.
 */
export function isActionPattern(name: string): boolean {
  return name.includes('/') || name.includes('*') || name.includes(':');
}

/**
 * The case operation Kibana checks for each capability, as its cases feature privilege builder names them
 * (x-pack/platform/packages/private/security/authorization_core/src/privileges/feature_privilege_builder/cases.ts):
 * one operation only that capability grants.
 */
export const CASE_OPERATIONS: Record<CaseCapability, string> = {
  read: 'getCase',
  create: 'createCase',
  update: 'updateCase',
  push: 'pushCase',
  delete: 'deleteCase',
  settings: 'updateConfiguration',
  createComment: 'createComment',
  reopenCase: 'reopenCase',
  assign: 'assignCase',
  manageTemplates: 'manageTemplate',
};

/** One feature privilege definition that a privilege name grants. */
export interface PrivilegeDefinition {
  featureId: string;
  /** `all`, `read`, a sub-feature privilege id or a reserved privilege id. */
  privilegeId: string;
  privilege: FeatureKibanaPrivileges;
}

/** What a privilege grants within one feature, as masks per solution (see bits.ts). */
export interface FeatureEffect {
  featureId: string;
  masks: SolutionMasks;
}

export interface ResolvedPrivilege {
  /** The Elasticsearch privilege name, e.g. `feature_securitySolutionCasesV3.case_reopen`. */
  name: string;
  kind: PrivilegeKind;
  /** For feature and reserved privileges: the feature. */
  featureId?: string;
  /** `all`, `read`, `minimal_all`, a sub-feature privilege id, ... (for base privileges: the base name). */
  privilegeId: string;
  /** The privilege belongs to a deprecated feature. */
  deprecated: boolean;
  definitions: PrivilegeDefinition[];
  /** Non-empty effects only, sorted by feature id. */
  effects: FeatureEffect[];
}

/** Why a privilege name grants nothing. */
export type UnregisteredReason = 'unknown-feature' | 'unknown-privilege' | 'license' | 'hidden';

export interface PrivilegeCatalog {
  readonly licenseType: LicenseType;
  readonly features: readonly KibanaFeatureConfig[];
  feature(id: string): KibanaFeatureConfig | undefined;
  /** The definitions and effects a registered privilege name grants; `undefined` when it grants nothing. */
  resolve(name: string): ResolvedPrivilege | undefined;
  /**
   * What an action pattern (`cases:securitySolution/getCase`, `cases:*`, `saved_object:action/get`, ...) grants,
   * matched against the actions each capability needs; `undefined` when it is not an action pattern. An action
   * pattern that matches none of them grants nothing here but is not unknown.
   */
  resolveAction(name: string): ResolvedPrivilege | undefined;
  /** Why `resolve(name)` is undefined. */
  unregisteredReason(name: string): UnregisteredReason;
  /** Every registered privilege name, sorted: what a host registers with Elasticsearch. */
  names(): string[];
  /** Everything any privilege of the feature can grant. */
  featureMasks(featureId: string): Readonly<SolutionMasks>;
  /** The solution whose alerts a feature of this category carries (`undefined`: none of the three). */
  solutionOfCategory(categoryId: string): Solution | undefined;
}

export interface PrivilegeCatalogOptions {
  licenseType: LicenseType;
}

const SOLUTION_BY_CATEGORY = new Map<string, Solution>(
  SOLUTIONS.map((solution) => [APP_CATEGORIES[solution].id, solution])
);
const SOLUTION_BY_OWNER = new Map<string, Solution>(
  SOLUTIONS.map((solution) => [CASE_OWNERS[solution], solution])
);
const CAPABILITY_BIT = new Map<string, number>([
  ...CASE_CAPABILITIES.map((key): [string, number] => [key, bitOf(key)]),
  ['all', CASES_ALL_BITS],
]);

export function featurePrivilegeName(featureId: string, privilegeId: string): string {
  return `${FEATURE_PRIVILEGE_PREFIX}${featureId}.${privilegeId}`;
}

function subFeaturePrivileges(feature: KibanaFeatureConfig): SubFeaturePrivilegeConfig[] {
  return (feature.subFeatures ?? []).flatMap((subFeature) =>
    subFeature.privilegeGroups.flatMap((group) => [...group.privileges])
  );
}

/**
 * Rule types whose alerts a privilege may read without that counting as reading the solution's alerts for cases.
 * Attack Discovery's `attack-discovery` (`ATTACK_DISCOVERY_SCHEDULES_ALERT_TYPE_ID` of @kbn/elastic-assistant-common,
 * granted by x-pack/solutions/security/packages/features/src/attack_discovery/kibana_features.ts, All and the
 * disabled Read alike): the Attack Discovery page
 * adds a discovery to a case as a comment, a `security.attack_discovery` reference and the Security detection alerts
 * behind it (x-pack/solutions/security/plugins/security_solution/public/attack_discovery/pages/results/take_action/
 * use_add_to_case), and Cases authorises those alerts by their own rule types
 * (x-pack/platform/plugins/shared/cases/server/services/alerts/index.ts `ensureAlertsAuthorized`), which Attack Discovery's
 * privileges do not grant.
 */
const ALERTS_NOT_FOR_CASES: ReadonlySet<string> = new Set(['attack-discovery']);

function alertEntriesForCases(privilege: FeatureKibanaPrivileges) {
  const alert = privilege.alerting?.alert;
  return [...(alert?.read ?? []), ...(alert?.all ?? [])].filter(
    (entry) => !ALERTS_NOT_FOR_CASES.has(entry.ruleTypeId)
  );
}

const MANAGEMENT_INDEX = SOLUTION_INDEX.management;

/**
 * The solutions whose cases take the alerts a feature of this category grants: its own solution, and Stack
 * Management for every category but Security. Stack Management cases (owner `cases`) take alerts of any rule type
 * the user may read: Cases authorises each attached alert by its rule type and consumer, not by the case's owner
 * (`ensureAlertsAuthorized` above), Machine Learning's alerts table attaches to owner `cases`
 * (x-pack/platform/plugins/shared/ml/public/application/explorer/alerts/alerts_panel.tsx, since elastic/kibana#172217)
 * and, from 9.4 (elastic/kibana#255879), so does the rule details page of Stack Management for every rule type with
 * alerts (x-pack/platform/plugins/shared/triggers_actions_ui/public/application/sections/rule_details/components/
 * rule.tsx). Security's alerts are left to Security: they are searched as the user and would need the alerts
 * index too, which a Stack case's answer does not check.
 */
function alertSolutionIndexes(categoryId: string | undefined): number[] {
  const solution = SOLUTION_BY_CATEGORY.get(categoryId ?? '');
  if (solution === 'security') return [SOLUTION_INDEX.security];
  if (solution === undefined || SOLUTION_INDEX[solution] === MANAGEMENT_INDEX)
    return [MANAGEMENT_INDEX];
  return [SOLUTION_INDEX[solution], MANAGEMENT_INDEX];
}

/**
 * The alert reads (`alerting:<ruleTypeId>/<consumer>/alert/get`, as Kibana's alerting privilege builder names them)
 * of which any one lets a solution's cases take alerts: those of the features whose alerts the solution's cases
 * take (see `alertSolutionIndexes`), less the rule types in `ALERTS_NOT_FOR_CASES`. The engine's catalog and the
 * server's authoritative `/me` check use the same list.
 */
export function caseAlertReadActions(
  features: readonly KibanaFeatureConfig[],
  solution: Solution
): string[] {
  const reads = new Set<string>();
  for (const feature of features) {
    if (!alertSolutionIndexes(feature.category.id).includes(SOLUTION_INDEX[solution])) continue;
    const privileges = [
      ...(feature.privileges ? [feature.privileges.all, feature.privileges.read] : []),
      ...subFeaturePrivileges(feature),
    ];
    for (const privilege of privileges) {
      for (const entry of alertEntriesForCases(privilege)) {
        for (const consumer of entry.consumers) {
          reads.add(`alerting:${entry.ruleTypeId}/${consumer}/alert/get`);
        }
      }
    }
  }
  return [...reads];
}

/** Adds what one privilege definition grants to `masks`. */
function addDefinitionEffect(
  masks: SolutionMasks,
  privilege: FeatureKibanaPrivileges,
  categoryId: string | undefined
): void {
  for (const [key, owners] of Object.entries(privilege.cases ?? {})) {
    const bit = CAPABILITY_BIT.get(key);
    if (bit === undefined || !owners) continue;
    for (const owner of owners) {
      const solution = SOLUTION_BY_OWNER.get(owner);
      if (solution !== undefined) masks[SOLUTION_INDEX[solution]] |= bit;
    }
  }
  if (alertEntriesForCases(privilege).length > 0) {
    for (const index of alertSolutionIndexes(categoryId)) masks[index] |= READ_ALERTS_BIT;
  }
  const writes = privilege.savedObject.all;
  const reads = privilege.savedObject.read;
  let connectors = 0;
  if (writes.includes(ACTION_SAVED_OBJECT_TYPE)) connectors |= MANAGE_CONNECTORS_BIT;
  if (
    (writes.includes(ACTION_SAVED_OBJECT_TYPE) || reads.includes(ACTION_SAVED_OBJECT_TYPE)) &&
    writes.includes(ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE)
  ) {
    connectors |= EXECUTE_CONNECTORS_BIT;
  }
  if (connectors !== 0) {
    masks[0] |= connectors & CONNECTOR_BITS;
    masks[1] |= connectors & CONNECTOR_BITS;
    masks[2] |= connectors & CONNECTOR_BITS;
  }
}

export function buildPrivilegeCatalog(
  features: readonly KibanaFeatureConfig[],
  { licenseType }: PrivilegeCatalogOptions
): PrivilegeCatalog {
  const featureById = new Map(features.map((feature) => [feature.id, feature]));
  const subFeaturesAllowed = allowsSubFeaturePrivileges(licenseType);
  const licensed = (privilege: SubFeaturePrivilegeConfig) =>
    !privilege.minimumLicense || licenseAtLeast(licenseType, privilege.minimumLicense);

  /** The definitions of a feature's privilege (registered or composable), before `composedOf`. */
  function ownDefinitions(
    feature: KibanaFeatureConfig,
    privilegeId: string
  ): PrivilegeDefinition[] | undefined {
    if (!feature.privileges) return undefined;
    const primaryId = privilegeId.startsWith(MINIMAL_PREFIX)
      ? privilegeId.slice(MINIMAL_PREFIX.length)
      : privilegeId;
    if (primaryId === 'all' || primaryId === 'read') {
      const primary: PrivilegeDefinition = {
        featureId: feature.id,
        privilegeId: primaryId,
        privilege: feature.privileges[primaryId],
      };
      if (primaryId !== privilegeId) return [primary];
      const included = subFeaturePrivileges(feature).filter(
        (sub) =>
          licensed(sub) &&
          (sub.includeIn === 'read' || (sub.includeIn === 'all' && primaryId === 'all'))
      );
      return [
        primary,
        ...included.map((sub) => ({ featureId: feature.id, privilegeId: sub.id, privilege: sub })),
      ];
    }
    if (!subFeaturesAllowed) return undefined;
    const sub = subFeaturePrivileges(feature).find((candidate) => candidate.id === privilegeId);
    return sub && licensed(sub)
      ? [{ featureId: feature.id, privilegeId: sub.id, privilege: sub }]
      : undefined;
  }

  /** Definitions including everything `composedOf` pulls in (guarding against cycles). */
  function definitionsOf(
    featureId: string,
    privilegeId: string,
    visiting: Set<string> = new Set()
  ): PrivilegeDefinition[] | undefined {
    const feature = featureById.get(featureId);
    if (!feature) return undefined;
    const own = ownDefinitions(feature, privilegeId);
    if (!own) return undefined;
    const key = `${featureId}.${privilegeId}`;
    if (visiting.has(key)) return [];
    visiting.add(key);
    const result = [...own];
    for (const definition of own) {
      for (const reference of definition.privilege.composedOf ?? []) {
        for (const referenced of reference.privileges) {
          result.push(...(definitionsOf(reference.feature, referenced, visiting) ?? []));
        }
      }
    }
    visiting.delete(key);
    return result;
  }

  function effectsOf(definitions: readonly PrivilegeDefinition[]): FeatureEffect[] {
    const byFeature = new Map<string, SolutionMasks>();
    for (const definition of definitions) {
      const feature = featureById.get(definition.featureId);
      let masks = byFeature.get(definition.featureId);
      if (!masks) {
        masks = emptyMasks();
        byFeature.set(definition.featureId, masks);
      }
      addDefinitionEffect(masks, definition.privilege, feature?.category.id);
    }
    return [...byFeature]
      .filter(([, masks]) => !isEmpty(masks))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([featureId, masks]) => ({ featureId, masks }));
  }

  function basePrivilege(name: string): ResolvedPrivilege {
    const includeAll = name === 'all' || name === 'space_all';
    const definitions: PrivilegeDefinition[] = [];
    for (const feature of features) {
      if (feature.hidden || feature.excludeFromBasePrivileges || !feature.privileges) continue;
      for (const privilegeId of includeAll ? ['all', 'read'] : ['read']) {
        if (feature.privileges[privilegeId as 'all' | 'read'].excludeFromBasePrivileges) continue;
        definitions.push(...(definitionsOf(feature.id, privilegeId) ?? []));
      }
    }
    return {
      name,
      kind: 'base',
      privilegeId: name,
      deprecated: false,
      definitions,
      effects: effectsOf(definitions),
    };
  }

  const registered = new Map<string, ResolvedPrivilege>();
  for (const name of BASE_PRIVILEGES) registered.set(name, basePrivilege(name));
  for (const feature of features) {
    const deprecated = feature.deprecated !== undefined;
    if (!feature.hidden && feature.privileges) {
      const ids = [
        'all',
        'read',
        'minimal_all',
        'minimal_read',
        ...subFeaturePrivileges(feature).map((sub) => sub.id),
      ];
      for (const privilegeId of ids) {
        const definitions = definitionsOf(feature.id, privilegeId);
        if (!definitions) continue;
        const name = featurePrivilegeName(feature.id, privilegeId);
        registered.set(name, {
          name,
          kind: 'feature',
          featureId: feature.id,
          privilegeId,
          deprecated,
          definitions,
          effects: effectsOf(definitions),
        });
      }
    }
    for (const reserved of feature.reserved?.privileges ?? []) {
      const name = `${RESERVED_PRIVILEGE_PREFIX}${reserved.id}`;
      const definitions = [
        { featureId: feature.id, privilegeId: reserved.id, privilege: reserved.privilege },
      ];
      registered.set(name, {
        name,
        kind: 'reserved',
        featureId: feature.id,
        privilegeId: reserved.id,
        deprecated,
        definitions,
        effects: effectsOf(definitions),
      });
    }
  }

  const featureMasks = new Map<string, SolutionMasks>();
  for (const privilege of registered.values()) {
    for (const effect of privilege.effects) {
      const masks = featureMasks.get(effect.featureId) ?? emptyMasks();
      orInto(masks, effect.masks);
      featureMasks.set(effect.featureId, masks);
    }
  }
  const none: Readonly<SolutionMasks> = Object.freeze(emptyMasks());

  // The actions each grant key needs, per solution (what Kibana checks for it).
  const neededActions: Array<Array<[number, string[][]]>> = SOLUTIONS.map((solution) => {
    const owner = CASE_OWNERS[solution];
    const keys: Array<[number, string[][]]> = CASE_CAPABILITIES.map((key) => [
      bitOf(key),
      [[`cases:${owner}/${CASE_OPERATIONS[key]}`]],
    ]);
    keys.push([
      EXECUTE_CONNECTORS_BIT,
      [['saved_object:action/get', 'saved_object:action_task_params/create']],
    ]);
    keys.push([MANAGE_CONNECTORS_BIT, [['saved_object:action/create']]]);
    const alertReads = caseAlertReadActions(features, solution);
    // Any one alert read of the solution's features is enough.
    keys.push([READ_ALERTS_BIT, alertReads.map((action) => [action])]);
    return keys;
  });
  const actionCache = new Map<string, ResolvedPrivilege>();
  function resolveAction(name: string): ResolvedPrivilege | undefined {
    if (!isActionPattern(name)) return undefined;
    let resolved = actionCache.get(name);
    if (resolved) return resolved;
    const masks = emptyMasks();
    SOLUTIONS.forEach((_, index) => {
      for (const [bit, alternatives] of neededActions[index]) {
        if (
          alternatives.some((actions) => actions.every((action) => wildcardMatch(name, action)))
        ) {
          masks[index] |= bit;
        }
      }
    });
    resolved = {
      name,
      kind: 'action',
      privilegeId: name,
      deprecated: false,
      definitions: [],
      // Actions belong to no feature, so a space's disabled features do not void them.
      effects: isEmpty(masks) ? [] : [{ featureId: '', masks }],
    };
    actionCache.set(name, resolved);
    return resolved;
  }

  return {
    licenseType,
    features,
    feature: (id) => featureById.get(id),
    resolve: (name) => registered.get(name),
    resolveAction,
    unregisteredReason(name) {
      // A reserved privilege belongs to a feature that defines it; none in force does.
      if (name.startsWith(RESERVED_PRIVILEGE_PREFIX)) return 'unknown-feature';
      if (!name.startsWith(FEATURE_PRIVILEGE_PREFIX)) return 'unknown-privilege';
      const rest = name.slice(FEATURE_PRIVILEGE_PREFIX.length);
      const dot = rest.indexOf('.');
      const feature = featureById.get(dot < 0 ? rest : rest.slice(0, dot));
      if (!feature) return 'unknown-feature';
      if (feature.hidden) return 'hidden';
      const privilegeId = dot < 0 ? '' : rest.slice(dot + 1);
      const isSub = subFeaturePrivileges(feature).some((sub) => sub.id === privilegeId);
      return isSub ? 'license' : 'unknown-privilege';
    },
    names: () => [...registered.keys()].sort(),
    featureMasks: (featureId) => featureMasks.get(featureId) ?? none,
    solutionOfCategory: (categoryId) => SOLUTION_BY_CATEGORY.get(categoryId),
  };
}
