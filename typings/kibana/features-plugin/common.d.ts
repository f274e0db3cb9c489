/**
 * Feature configuration types of Kibana's features plugin, declared for this plugin's use. Mirrors
 * x-pack/platform/plugins/shared/features/common/{kibana_feature.ts, feature_kibana_privileges.ts,
 * sub_feature.ts, alerting_kibana_privilege.ts} and the registration schema in
 * x-pack/platform/plugins/shared/features/server/feature_schema.ts. Type-only.
 */
import type { AppCategory } from '@kbn/core/server';

export type LicenseType = 'basic' | 'standard' | 'gold' | 'platinum' | 'enterprise' | 'trial';

export interface FeatureKibanaPrivilegesReference {
  feature: string;
  privileges: readonly string[];
}
export type FeatureKibanaPrivilegesReplacement =
  | readonly FeatureKibanaPrivilegesReference[]
  | {
      default: readonly FeatureKibanaPrivilegesReference[];
      minimal: readonly FeatureKibanaPrivilegesReference[];
    };

export type RecursiveReadonlyArray<T> = ReadonlyArray<T>;

export interface FeatureKibanaPrivileges {
  excludeFromBasePrivileges?: boolean;
  requireAllSpaces?: boolean;
  disabled?: boolean;
  management?: { [sectionId: string]: readonly string[] };
  catalogue?: readonly string[];
  api?: readonly string[];
  app?: readonly string[];
  alerting?: {
    rule?: {
      all?: readonly AlertingKibanaPrivilegeEntry[];
      read?: readonly AlertingKibanaPrivilegeEntry[];
      enable?: readonly AlertingKibanaPrivilegeEntry[];
      manual_run?: readonly AlertingKibanaPrivilegeEntry[];
      manage_rule_settings?: readonly AlertingKibanaPrivilegeEntry[];
      write?: readonly AlertingKibanaPrivilegeEntry[];
    };
    alert?: {
      all?: readonly AlertingKibanaPrivilegeEntry[];
      read?: readonly AlertingKibanaPrivilegeEntry[];
    };
  };
  cases?: {
    all?: readonly string[];
    push?: readonly string[];
    create?: readonly string[];
    read?: readonly string[];
    update?: readonly string[];
    delete?: readonly string[];
    settings?: readonly string[];
    createComment?: readonly string[];
    reopenCase?: readonly string[];
    assign?: readonly string[];
    manageTemplates?: readonly string[];
  };
  savedObject: {
    all: readonly string[];
    read: readonly string[];
  };
  ui: readonly string[];
  replacedBy?: FeatureKibanaPrivilegesReplacement;
  composedOf?: readonly FeatureKibanaPrivilegesReference[];
}

export interface AlertingKibanaPrivilegeEntry {
  ruleTypeId: string;
  consumers: readonly string[];
}

export type SubFeaturePrivilegeConfig = FeatureKibanaPrivileges & {
  id: string;
  name: string;
  includeIn: 'all' | 'read' | 'none';
  minimumLicense?: LicenseType;
};

export interface SubFeaturePrivilegeGroupConfig {
  groupType: 'mutually_exclusive' | 'independent';
  privileges: readonly SubFeaturePrivilegeConfig[];
}

export interface SubFeatureConfig {
  name: string;
  requireAllSpaces?: boolean;
  privilegesTooltip?: string;
  privilegeGroups: readonly SubFeaturePrivilegeGroupConfig[];
  description?: string;
}

export interface KibanaFeatureConfig {
  id: string;
  name: string;
  description?: string;
  order?: number;
  excludeFromBasePrivileges?: boolean;
  minimumLicense?: LicenseType;
  category: AppCategory;
  app: readonly string[];
  management?: { [sectionId: string]: readonly string[] };
  catalogue?: readonly string[];
  alerting?: readonly AlertingKibanaPrivilegeEntry[];
  cases?: readonly string[];
  privileges: {
    all: FeatureKibanaPrivileges;
    read: FeatureKibanaPrivileges;
  } | null;
  subFeatures?: readonly SubFeatureConfig[];
  privilegesTooltip?: string;
  reserved?: {
    description: string;
    privileges: ReadonlyArray<{ id: string; privilege: FeatureKibanaPrivileges }>;
  };
  hidden?: boolean;
  deprecated?: {
    notice: string;
    replacedBy?: readonly string[];
  };
}

/** Kibana's feature class; `toRaw()` gives back the config it was registered with. */
export declare class KibanaFeature {
  readonly config: Readonly<KibanaFeatureConfig>;
  get id(): string;
  get hidden(): boolean;
  get name(): string;
  get order(): number | undefined;
  get category(): AppCategory;
  get app(): readonly string[];
  get catalogue(): readonly string[] | undefined;
  get management(): { [sectionId: string]: readonly string[] } | undefined;
  get privileges(): KibanaFeatureConfig['privileges'];
  get alerting(): readonly AlertingKibanaPrivilegeEntry[] | undefined;
  get excludeFromBasePrivileges(): boolean;
  get minimumLicense(): LicenseType | undefined;
  get subFeatures(): readonly SubFeatureConfig[];
  get reserved(): KibanaFeatureConfig['reserved'];
  get deprecated(): KibanaFeatureConfig['deprecated'];
  toRaw(): KibanaFeatureConfig;
}
