/**
 * The rules Kibana's feature registry applies to a `KibanaFeatureConfig`: the registration schema
 * (x-pack/platform/plugins/shared/features/server/feature_schema.ts) and, once every feature is known, the
 * replacement checks for deprecated features (feature_registry.ts `validateFeatures`). Violations come back as
 * messages, each naming the rule and the feature id, instead of the first one being thrown.
 */
import type {
  FeatureKibanaPrivileges,
  FeatureKibanaPrivilegesReference,
  KibanaFeatureConfig,
  SubFeaturePrivilegeConfig,
} from '@kbn/features-plugin/common';
import { casesPrivilegeKeys } from './kibana_versions';

/** Ids of feature ids, sub-feature privilege ids and management sections. */
const ID_PATTERN = /^[a-zA-Z0-9_-]+$/;
/** UI capabilities, catalogue entries and management app ids. */
const UI_CAPABILITY_PATTERN = /^[a-zA-Z0-9:_-]+$/;
/** Reserved privilege ids must not themselves start with `reserved_` (Kibana prefixes them). */
const RESERVED_PRIVILEGE_ID_PATTERN = /^(?!reserved_)[a-zA-Z0-9_-]+$/;
/** Properties of Kibana's capabilities object that a feature id would overwrite. */
const FORBIDDEN_FEATURE_IDS = new Set(['catalogue', 'management', 'navLinks']);
/** Privilege ids Kibana derives from `all`/`read`, which sub-feature privileges cannot reuse. */
const RESERVED_SUB_FEATURE_PRIVILEGE_IDS = new Set(['all', 'read', 'minimal_all', 'minimal_read']);
const LICENSES = new Set(['basic', 'standard', 'gold', 'platinum', 'enterprise', 'trial']);
/** Sub-feature privileges need Gold anyway, so a lower minimum licence is meaningless. */
const SUB_FEATURE_LICENSES = new Set(['gold', 'platinum', 'enterprise', 'trial']);

const FEATURE_KEYS = new Set([
  'id',
  'name',
  'description',
  'category',
  'order',
  'excludeFromBasePrivileges',
  'minimumLicense',
  'app',
  'management',
  'catalogue',
  'alerting',
  'cases',
  'privileges',
  'subFeatures',
  'privilegesTooltip',
  'reserved',
  'hidden',
  'deprecated',
]);
const PRIVILEGE_KEYS = new Set([
  'excludeFromBasePrivileges',
  'requireAllSpaces',
  'disabled',
  'management',
  'catalogue',
  'api',
  'app',
  'alerting',
  'cases',
  'savedObject',
  'ui',
  'replacedBy',
  'composedOf',
]);
const SUB_FEATURE_PRIVILEGE_KEYS = new Set([
  ...PRIVILEGE_KEYS,
  'id',
  'name',
  'includeIn',
  'minimumLicense',
]);
const SUB_FEATURE_KEYS = new Set([
  'name',
  'requireAllSpaces',
  'privilegesTooltip',
  'privilegeGroups',
  'description',
]);

/** The rule privileges of `alerting.rule` (feature_schema.ts `alertingRuleSchemaSpec`) and of `alerting.alert`. */
const ALERTING_RULE_KEYS = new Set([
  'all',
  'enable',
  'manual_run',
  'manage_rule_settings',
  'read',
  'write',
]);
const ALERTING_ALERT_KEYS = new Set(['all', 'read']);

/** Stable names of the rules, used as the first word of every violation message. */
export const FEATURE_RULES = Object.freeze({
  shape: 'shape',
  unknownKey: 'unknown-key',
  idPattern: 'id-pattern',
  forbiddenId: 'forbidden-id',
  uiCapabilityPattern: 'ui-capability-pattern',
  license: 'license',
  undeclaredEntry: 'undeclared-entry',
  ungrantedEntry: 'ungranted-entry',
  nullPrivilegesWithSubFeatures: 'null-privileges-with-sub-features',
  subFeaturePrivilegeId: 'sub-feature-privilege-id',
  duplicatePrivilegeId: 'duplicate-privilege-id',
  duplicateFeatureId: 'duplicate-feature-id',
  missingReplacedBy: 'missing-replaced-by',
  unexpectedReplacedBy: 'unexpected-replaced-by',
  unknownReplacement: 'unknown-replacement',
  deprecatedReplacement: 'deprecated-replacement',
  disabledReplacement: 'disabled-replacement',
  featureReplacedBy: 'feature-replaced-by',
} as const);
export type FeatureRule = (typeof FEATURE_RULES)[keyof typeof FEATURE_RULES];

export interface ValidateFeatureOptions {
  /**
   * The other features in force. When given, `replacedBy` references are resolved against them (and the feature
   * itself), as Kibana does once registration is closed; without it only their presence is checked.
   */
  registered?: readonly KibanaFeatureConfig[];
  /**
   * The Kibana version whose schema applies (its `cases` keys differ between releases, see kibana_versions.ts);
   * default: the newest.
   */
  kibanaVersion?: string;
}

type Entry = readonly [privilegeId: string, privilege: FeatureKibanaPrivileges];

/** A value as a message shows it: a string as it is, anything else as JSON (never "[object Object]"). */
function printable(value: unknown): string {
  return typeof value === 'string' ? value : String(JSON.stringify(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function subFeaturePrivileges(feature: KibanaFeatureConfig): SubFeaturePrivilegeConfig[] {
  return (feature.subFeatures ?? []).flatMap((subFeature) =>
    (subFeature.privilegeGroups ?? []).flatMap((group) => group.privileges ?? [])
  );
}

/** Top-level privileges with the `minimal_` ids Kibana derives from them, then sub-feature privileges. */
function knownPrivilegeIds(feature: KibanaFeatureConfig): Map<string, FeatureKibanaPrivileges> {
  const known = new Map<string, FeatureKibanaPrivileges>();
  for (const [id, privilege] of Object.entries(feature.privileges ?? {})) {
    known.set(id, privilege);
    known.set(`minimal_${id}`, privilege);
  }
  for (const privilege of subFeaturePrivileges(feature)) known.set(privilege.id, privilege);
  return known;
}

function replacementReferences(
  privilege: FeatureKibanaPrivileges
): readonly FeatureKibanaPrivilegesReference[] {
  const replacedBy = privilege.replacedBy;
  if (!replacedBy) return [];
  return 'default' in replacedBy ? [...replacedBy.default, ...replacedBy.minimal] : replacedBy;
}

/** Collects violations for one feature; each message reads `<rule>: feature "<id>" <detail>`. */
class Violations {
  readonly messages: string[] = [];
  /** Structural problems so far; deeper checks are skipped for parts that are malformed. */
  shapeErrors = 0;
  constructor(
    private readonly featureId: string,
    /** The `cases` keys of the target Kibana's schema. */
    readonly casesKeys: ReadonlySet<string>
  ) {}

  add(rule: FeatureRule, detail: string): void {
    if (rule === FEATURE_RULES.shape) this.shapeErrors += 1;
    this.messages.push(`${rule}: feature "${this.featureId}" ${detail}`);
  }
}

function isAlertingEntryList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        isRecord(entry) && typeof entry.ruleTypeId === 'string' && isStringArray(entry.consumers)
    )
  );
}

function checkKeys(
  out: Violations,
  value: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  where: string
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) out.add(FEATURE_RULES.unknownKey, `${where} has unknown key "${key}"`);
  }
}

function checkCapabilities(out: Violations, values: unknown, where: string): void {
  if (values === undefined) return;
  if (!isStringArray(values)) {
    out.add(FEATURE_RULES.shape, `${where} must be a list of strings`);
    return;
  }
  for (const value of values) {
    if (!UI_CAPABILITY_PATTERN.test(value)) {
      out.add(
        FEATURE_RULES.uiCapabilityPattern,
        `${where} entry "${value}" does not match ${UI_CAPABILITY_PATTERN}`
      );
    }
  }
}

function checkManagement(out: Violations, management: unknown, where: string): void {
  if (management === undefined) return;
  if (!isRecord(management)) {
    out.add(FEATURE_RULES.shape, `${where}.management must be an object of section ids to app ids`);
    return;
  }
  for (const [section, apps] of Object.entries(management)) {
    if (!ID_PATTERN.test(section)) {
      out.add(
        FEATURE_RULES.idPattern,
        `${where}.management section "${section}" does not match ${ID_PATTERN}`
      );
    }
    checkCapabilities(out, apps, `${where}.management.${section}`);
  }
}

/** Shape of one privilege (top-level, reserved or sub-feature). */
function checkPrivilegeShape(
  out: Violations,
  privilege: unknown,
  where: string,
  allowedKeys: ReadonlySet<string>
): privilege is FeatureKibanaPrivileges {
  if (!isRecord(privilege)) {
    out.add(FEATURE_RULES.shape, `${where} must be an object`);
    return false;
  }
  const shapeErrorsBefore = out.shapeErrors;
  checkKeys(out, privilege, allowedKeys, where);
  const savedObject = privilege.savedObject;
  if (
    !isRecord(savedObject) ||
    !isStringArray(savedObject.all) ||
    !isStringArray(savedObject.read)
  ) {
    out.add(FEATURE_RULES.shape, `${where}.savedObject needs "all" and "read" lists of types`);
  }
  if (privilege.ui === undefined) out.add(FEATURE_RULES.shape, `${where}.ui is required`);
  checkCapabilities(out, privilege.ui, `${where}.ui`);
  checkCapabilities(out, privilege.catalogue, `${where}.catalogue`);
  checkManagement(out, privilege.management, where);
  for (const key of ['app', 'api'] as const) {
    if (privilege[key] !== undefined && !isStringArray(privilege[key])) {
      out.add(FEATURE_RULES.shape, `${where}.${key} must be a list of strings`);
    }
  }
  if (privilege.cases !== undefined) {
    if (!isRecord(privilege.cases)) {
      out.add(FEATURE_RULES.shape, `${where}.cases must be an object of operations to owners`);
    } else {
      checkKeys(out, privilege.cases, out.casesKeys, `${where}.cases`);
      if (!Object.values(privilege.cases).every((owners) => isStringArray(owners))) {
        out.add(FEATURE_RULES.shape, `${where}.cases operations must list owners`);
      }
    }
  }
  if (privilege.alerting !== undefined) {
    const alerting = privilege.alerting;
    const valid =
      isRecord(alerting) &&
      [alerting.rule, alerting.alert].every(
        (part) =>
          part === undefined ||
          (isRecord(part) && Object.values(part).every((entries) => isAlertingEntryList(entries)))
      );
    if (!valid) {
      out.add(FEATURE_RULES.shape, `${where}.alerting must list { ruleTypeId, consumers } entries`);
    } else {
      if (isRecord(alerting.rule)) {
        checkKeys(out, alerting.rule, ALERTING_RULE_KEYS, `${where}.alerting.rule`);
      }
      if (isRecord(alerting.alert)) {
        checkKeys(out, alerting.alert, ALERTING_ALERT_KEYS, `${where}.alerting.alert`);
      }
    }
  }
  return out.shapeErrors === shapeErrorsBefore;
}

/** Entries a privilege grants must be declared by the feature; every declared entry must be granted. */
class EntryLedger {
  private readonly unseenApps: Set<string>;
  private readonly unseenCatalogue: Set<string>;
  private readonly unseenManagement: Set<string>;
  private readonly unseenRuleTypes: Set<string>;
  private readonly unseenOwners: Set<string>;
  private readonly declaredConsumers = new Map<string, Set<string>>();

  constructor(
    private readonly feature: KibanaFeatureConfig,
    private readonly out: Violations
  ) {
    this.unseenApps = new Set(feature.app ?? []);
    this.unseenCatalogue = new Set(feature.catalogue ?? []);
    this.unseenManagement = new Set(
      Object.entries(feature.management ?? {}).flatMap(([section, apps]) =>
        apps.map((app) => `${section}.${app}`)
      )
    );
    for (const { ruleTypeId, consumers } of feature.alerting ?? []) {
      const known = this.declaredConsumers.get(ruleTypeId) ?? new Set<string>();
      consumers.forEach((consumer) => known.add(consumer));
      this.declaredConsumers.set(ruleTypeId, known);
    }
    this.unseenRuleTypes = new Set(this.declaredConsumers.keys());
    this.unseenOwners = new Set(feature.cases ?? []);
  }

  private undeclared(privilegeId: string, kind: string, entries: string[]): void {
    if (entries.length > 0) {
      this.out.add(
        FEATURE_RULES.undeclaredEntry,
        `privilege "${privilegeId}" grants ${kind} not declared by the feature: ${entries.join(', ')}`
      );
    }
  }

  record(privilegeId: string, privilege: FeatureKibanaPrivileges): void {
    const declaredApps = new Set(this.feature.app ?? []);
    const apps = privilege.app ?? [];
    apps.forEach((app) => this.unseenApps.delete(app));
    this.undeclared(
      privilegeId,
      'app entries',
      apps.filter((app) => !declaredApps.has(app))
    );

    const declaredCatalogue = new Set(this.feature.catalogue ?? []);
    const catalogue = privilege.catalogue ?? [];
    catalogue.forEach((entry) => this.unseenCatalogue.delete(entry));
    this.undeclared(
      privilegeId,
      'catalogue entries',
      catalogue.filter((entry) => !declaredCatalogue.has(entry))
    );

    const management = Object.entries(privilege.management ?? {}).flatMap(([section, appIds]) =>
      appIds.map((appId) => `${section}.${appId}`)
    );
    management.forEach((entry) => this.unseenManagement.delete(entry));
    const declaredManagement = this.feature.management ?? {};
    this.undeclared(
      privilegeId,
      'management entries',
      management.filter((entry) => {
        const [section, ...rest] = entry.split('.');
        return !(declaredManagement[section] ?? []).includes(rest.join('.'));
      })
    );

    const alerting = privilege.alerting ?? {};
    // Every rule and alert privilege counts (Kibana: `Object.values(entry?.rule ?? {})`).
    const alertingEntries = [
      ...Object.values(alerting.rule ?? {}),
      ...Object.values(alerting.alert ?? {}),
    ].flatMap((entries) => entries ?? []);
    const undeclaredAlerting: string[] = [];
    for (const { ruleTypeId, consumers } of alertingEntries) {
      this.unseenRuleTypes.delete(ruleTypeId);
      const declared = this.declaredConsumers.get(ruleTypeId);
      for (const consumer of consumers) {
        if (!declared?.has(consumer)) undeclaredAlerting.push(`${ruleTypeId} (${consumer})`);
      }
    }
    this.undeclared(privilegeId, 'alerting entries', [...new Set(undeclaredAlerting)]);

    const declaredOwners = new Set(this.feature.cases ?? []);
    const owners = [...new Set(Object.values(privilege.cases ?? {}).flatMap((list) => list ?? []))];
    owners.forEach((owner) => this.unseenOwners.delete(owner));
    this.undeclared(
      privilegeId,
      'cases owners',
      owners.filter((o) => !declaredOwners.has(o))
    );
  }

  reportUngranted(): void {
    const report = (kind: string, unseen: Set<string>) => {
      if (unseen.size > 0) {
        this.out.add(
          FEATURE_RULES.ungrantedEntry,
          `declares ${kind} that no privilege grants: ${[...unseen].join(', ')}`
        );
      }
    };
    report('app entries', this.unseenApps);
    report('catalogue entries', this.unseenCatalogue);
    report('management entries', this.unseenManagement);
    report('alerting rule types', this.unseenRuleTypes);
    report('cases owners', this.unseenOwners);
  }
}

function checkFeatureShape(out: Violations, feature: KibanaFeatureConfig): boolean {
  const raw: unknown = feature;
  if (!isRecord(raw)) {
    out.add(FEATURE_RULES.shape, 'must be an object');
    return false;
  }
  checkKeys(out, raw, FEATURE_KEYS, 'config');
  if (typeof raw.id !== 'string') {
    out.add(FEATURE_RULES.shape, 'needs a string "id"');
  } else {
    if (!ID_PATTERN.test(raw.id))
      out.add(FEATURE_RULES.idPattern, `id does not match ${ID_PATTERN}`);
    if (FORBIDDEN_FEATURE_IDS.has(raw.id)) {
      out.add(FEATURE_RULES.forbiddenId, `id is reserved by Kibana's capabilities object`);
    }
  }
  if (typeof raw.name !== 'string') out.add(FEATURE_RULES.shape, 'needs a string "name"');
  const category = raw.category;
  if (
    !isRecord(category) ||
    typeof category.id !== 'string' ||
    typeof category.label !== 'string'
  ) {
    out.add(FEATURE_RULES.shape, 'needs a "category" with string "id" and "label"');
  }
  if (!isStringArray(raw.app)) out.add(FEATURE_RULES.shape, 'needs "app", a list of app ids');
  if (!('privileges' in raw)) out.add(FEATURE_RULES.shape, 'needs "privileges" (or null)');
  if (raw.minimumLicense !== undefined && !LICENSES.has(printable(raw.minimumLicense))) {
    out.add(
      FEATURE_RULES.license,
      `minimumLicense "${printable(raw.minimumLicense)}" is not a license type`
    );
  }
  checkCapabilities(out, raw.catalogue, 'catalogue');
  checkManagement(out, raw.management, 'config');
  if (raw.cases !== undefined && !isStringArray(raw.cases)) {
    out.add(FEATURE_RULES.shape, '"cases" must be a list of owners');
  }
  if (raw.alerting !== undefined && !isAlertingEntryList(raw.alerting)) {
    out.add(FEATURE_RULES.shape, '"alerting" must list { ruleTypeId, consumers }');
  }
  if (raw.subFeatures !== undefined && !Array.isArray(raw.subFeatures)) {
    out.add(FEATURE_RULES.shape, '"subFeatures" must be a list');
  }
  return out.shapeErrors === 0;
}

/** Feature privileges (`all`, `read`) and reserved privileges, each as [id, privilege], if well formed. */
function topLevelEntries(
  out: Violations,
  feature: KibanaFeatureConfig
): { entries: Entry[]; reserved: Entry[] } {
  const entries: Entry[] = [];
  const reserved: Entry[] = [];
  if (feature.privileges !== null) {
    if (!isRecord(feature.privileges)) {
      out.add(FEATURE_RULES.shape, '"privileges" must be { all, read } or null');
    } else {
      for (const [id, privilege] of Object.entries(feature.privileges)) {
        if (id !== 'all' && id !== 'read') {
          out.add(FEATURE_RULES.unknownKey, `privileges has unknown key "${id}"`);
        }
        if (checkPrivilegeShape(out, privilege, `privileges.${id}`, PRIVILEGE_KEYS)) {
          entries.push([id, privilege]);
        }
      }
    }
  }
  for (const { id, privilege } of feature.reserved?.privileges ?? []) {
    if (!RESERVED_PRIVILEGE_ID_PATTERN.test(id)) {
      out.add(
        FEATURE_RULES.idPattern,
        `reserved privilege id "${id}" does not match ${RESERVED_PRIVILEGE_ID_PATTERN}`
      );
    }
    if (checkPrivilegeShape(out, privilege, `reserved privilege "${id}"`, PRIVILEGE_KEYS)) {
      reserved.push([id, privilege]);
    }
  }
  return { entries, reserved };
}

function subFeatureEntries(out: Violations, feature: KibanaFeatureConfig): Entry[] {
  const subFeatures = feature.subFeatures ?? [];
  if (feature.privileges === null && subFeatures.length > 0) {
    out.add(
      FEATURE_RULES.nullPrivilegesWithSubFeatures,
      'has "privileges: null", which allows only an empty "subFeatures" list'
    );
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  subFeatures.forEach((subFeature, index) => {
    const where = `sub-feature "${subFeature.name ?? index}"`;
    const raw: unknown = subFeature;
    if (!isRecord(raw) || !Array.isArray(raw.privilegeGroups)) {
      out.add(FEATURE_RULES.shape, `${where} needs a name and a list of "privilegeGroups"`);
      return;
    }
    checkKeys(out, raw, SUB_FEATURE_KEYS, where);
    for (const group of subFeature.privilegeGroups) {
      if (!isRecord(group) || !Array.isArray(group.privileges)) {
        out.add(FEATURE_RULES.shape, `${where} has a privilege group without a "privileges" list`);
        continue;
      }
      if (group.groupType !== 'independent' && group.groupType !== 'mutually_exclusive') {
        out.add(FEATURE_RULES.shape, `${where} has a privilege group of unknown type`);
      }
      if (group.privileges.length === 0) {
        out.add(FEATURE_RULES.shape, `${where} has a privilege group without privileges`);
      }
      for (const privilege of group.privileges as unknown[]) {
        if (!isRecord(privilege)) {
          out.add(FEATURE_RULES.shape, `${where} has a privilege that is not an object`);
          continue;
        }
        const id = printable(privilege.id);
        const privilegeWhere = `sub-feature privilege "${id}"`;
        if (!ID_PATTERN.test(id)) {
          out.add(FEATURE_RULES.idPattern, `${privilegeWhere} does not match ${ID_PATTERN}`);
        }
        if (RESERVED_SUB_FEATURE_PRIVILEGE_IDS.has(id)) {
          out.add(
            FEATURE_RULES.subFeaturePrivilegeId,
            `${privilegeWhere} reuses an id Kibana derives from all/read; choose another id`
          );
        }
        if (seen.has(id)) {
          out.add(FEATURE_RULES.duplicatePrivilegeId, `${privilegeWhere} is defined twice`);
        }
        seen.add(id);
        if (!['all', 'read', 'none'].includes(printable(privilege.includeIn))) {
          out.add(FEATURE_RULES.shape, `${privilegeWhere} needs includeIn all, read or none`);
        }
        if (privilege.minimumLicense !== undefined) {
          if (group.groupType === 'mutually_exclusive') {
            out.add(
              FEATURE_RULES.license,
              `${privilegeWhere} is mutually exclusive and cannot set minimumLicense`
            );
          } else if (!SUB_FEATURE_LICENSES.has(printable(privilege.minimumLicense))) {
            out.add(
              FEATURE_RULES.license,
              `${privilegeWhere} minimumLicense must be gold or higher (sub-features need Gold)`
            );
          }
        }
        if (checkPrivilegeShape(out, privilege, privilegeWhere, SUB_FEATURE_PRIVILEGE_KEYS)) {
          entries.push([id, privilege]);
        }
      }
    }
  });
  return entries;
}

function checkReplacements(
  out: Violations,
  feature: KibanaFeatureConfig,
  entries: readonly Entry[],
  registered: readonly KibanaFeatureConfig[] | undefined
): void {
  const deprecated = feature.deprecated !== undefined;
  const byId = new Map((registered ?? []).map((f) => [f.id, f]));
  byId.set(feature.id, feature);
  const usedReplacements = new Set<string>();

  for (const [privilegeId, privilege] of entries) {
    if (deprecated && !privilege.replacedBy) {
      out.add(
        FEATURE_RULES.missingReplacedBy,
        `is deprecated, so privilege "${privilegeId}" must name its replacement in "replacedBy"`
      );
    }
    if (!deprecated && privilege.replacedBy) {
      out.add(
        FEATURE_RULES.unexpectedReplacedBy,
        `is not deprecated, so privilege "${privilegeId}" must not define "replacedBy"`
      );
    }
    if (!registered) continue;
    for (const reference of replacementReferences(privilege)) {
      usedReplacements.add(reference.feature);
      const target = byId.get(reference.feature);
      if (!target) {
        out.add(
          FEATURE_RULES.unknownReplacement,
          `privilege "${privilegeId}" is replaced by feature "${reference.feature}", which is not registered`
        );
        continue;
      }
      if (target.deprecated) {
        out.add(
          FEATURE_RULES.deprecatedReplacement,
          `privilege "${privilegeId}" is replaced by feature "${reference.feature}", which is itself deprecated`
        );
      }
      const known = knownPrivilegeIds(target);
      for (const targetPrivilegeId of reference.privileges) {
        const targetPrivilege = known.get(targetPrivilegeId);
        if (!targetPrivilege) {
          out.add(
            FEATURE_RULES.unknownReplacement,
            `privilege "${privilegeId}" is replaced by "${reference.feature}.${targetPrivilegeId}", which does not exist`
          );
        } else if (targetPrivilege.disabled && !privilege.disabled) {
          out.add(
            FEATURE_RULES.disabledReplacement,
            `privilege "${privilegeId}" is replaced by the disabled "${reference.feature}.${targetPrivilegeId}"`
          );
        }
      }
    }
  }

  const featureReplacedBy = feature.deprecated?.replacedBy;
  if (featureReplacedBy && featureReplacedBy.length === 0) {
    out.add(
      FEATURE_RULES.featureReplacedBy,
      'has an empty "deprecated.replacedBy"; list at least one feature id or leave it out'
    );
  } else if (featureReplacedBy && registered) {
    const unused = featureReplacedBy.filter((id) => !usedReplacements.has(id));
    if (unused.length > 0) {
      out.add(
        FEATURE_RULES.featureReplacedBy,
        `names replacements that no privilege uses in "replacedBy": ${unused.join(', ')}`
      );
    }
  }
}

/**
 * Every rule Kibana's feature registry applies to `config`; an empty list means Kibana would accept it.
 * With `options.registered`, replacement references of deprecated features are resolved as well.
 */
export function validateKibanaFeature(
  config: KibanaFeatureConfig,
  options: ValidateFeatureOptions = {}
): string[] {
  const raw: unknown = config;
  const featureId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : '<no id>';
  const out = new Violations(featureId, new Set(casesPrivilegeKeys(options.kibanaVersion)));
  if (!checkFeatureShape(out, config)) return out.messages;

  const { entries, reserved } = topLevelEntries(out, config);
  const subFeatures = subFeatureEntries(out, config);
  const granting = [...entries, ...reserved, ...subFeatures];
  const ledger = new EntryLedger(config, out);
  for (const [privilegeId, privilege] of granting) ledger.record(privilegeId, privilege);
  if (granting.length > 0) ledger.reportUngranted();

  // Replacements concern feature and sub-feature privileges, not reserved ones.
  checkReplacements(out, config, [...entries, ...subFeatures], options.registered);
  return out.messages;
}

/** Validates a whole set as Kibana does after registration: each feature against all the others. */
export function validateKibanaFeatures(
  configs: readonly KibanaFeatureConfig[],
  { kibanaVersion }: Pick<ValidateFeatureOptions, 'kibanaVersion'> = {}
): string[] {
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const config of configs) {
    if (seen.has(config.id)) {
      messages.push(`${FEATURE_RULES.duplicateFeatureId}: feature "${config.id}" is defined twice`);
    }
    seen.add(config.id);
    messages.push(...validateKibanaFeature(config, { registered: configs, kibanaVersion }));
  }
  return messages;
}
