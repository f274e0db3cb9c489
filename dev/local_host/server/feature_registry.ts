/**
 * Kibana's feature registry (features plugin) for the host, in Kibana's order of checks
 * (x-pack/platform/plugins/shared/features/server/feature_registry.ts `registerKibanaFeature`): refused once
 * locked after setup, then validated against the schema of the Kibana version it plays (`validateKibanaFeature`,
 * whose `cases` keys follow the version), then a duplicate id refused with Kibana's message.
 */
import type { AppCategory } from '@kbn/core/server';
import type {
  AlertingKibanaPrivilegeEntry,
  KibanaFeature,
  KibanaFeatureConfig,
  LicenseType,
  SubFeatureConfig,
} from '@kbn/features-plugin/common';
import type { FeaturesPluginSetup, FeaturesPluginStart } from '@kbn/features-plugin/server';

import { validateKibanaFeature } from '../../../common/features/validate_feature';

class HostKibanaFeature implements KibanaFeature {
  constructor(public readonly config: Readonly<KibanaFeatureConfig>) {}
  get id(): string {
    return this.config.id;
  }
  get hidden(): boolean {
    return this.config.hidden === true;
  }
  get name(): string {
    return this.config.name;
  }
  get order(): number | undefined {
    return this.config.order;
  }
  get category(): AppCategory {
    return this.config.category;
  }
  get app(): readonly string[] {
    return this.config.app;
  }
  get catalogue(): readonly string[] | undefined {
    return this.config.catalogue;
  }
  get management(): { [sectionId: string]: readonly string[] } | undefined {
    return this.config.management;
  }
  get privileges(): KibanaFeatureConfig['privileges'] {
    return this.config.privileges;
  }
  get alerting(): readonly AlertingKibanaPrivilegeEntry[] | undefined {
    return this.config.alerting;
  }
  get excludeFromBasePrivileges(): boolean {
    return this.config.excludeFromBasePrivileges === true;
  }
  get minimumLicense(): LicenseType | undefined {
    return this.config.minimumLicense;
  }
  get subFeatures(): readonly SubFeatureConfig[] {
    return this.config.subFeatures ?? [];
  }
  get reserved(): KibanaFeatureConfig['reserved'] {
    return this.config.reserved;
  }
  get deprecated(): KibanaFeatureConfig['deprecated'] {
    return this.config.deprecated;
  }
  toRaw(): KibanaFeatureConfig {
    return structuredClone(this.config);
  }
}

export interface HostFeatureRegistry {
  setup: FeaturesPluginSetup;
  /** Closes registration, validates replacements across all features, and gives the start contract. */
  lock(): FeaturesPluginStart;
  /** Every registered definition (deprecated ones included). */
  list(): KibanaFeatureConfig[];
}

export interface FeatureRegistryOptions {
  /** The Kibana version whose feature schema applies; default: the newest. */
  kibanaVersion?: string;
}

export function createFeatureRegistry({
  kibanaVersion,
}: FeatureRegistryOptions = {}): HostFeatureRegistry {
  const features = new Map<string, KibanaFeatureConfig>();
  let locked = false;
  const setup: FeaturesPluginSetup = {
    registerKibanaFeature(config) {
      if (locked) {
        throw new Error(
          `Features are locked, can't register new features. Attempt to register ${config.id} failed.`
        );
      }
      const violations = validateKibanaFeature(config, { kibanaVersion });
      if (violations.length > 0) {
        throw new Error(`Invalid feature ${config.id}: ${violations.join('; ')}`);
      }
      if (features.has(config.id))
        throw new Error(`Feature with id ${config.id} is already registered.`);
      features.set(config.id, structuredClone<KibanaFeatureConfig>(config));
    },
    registerElasticsearchFeature() {
      if (locked) throw new Error(`Features are locked, can't register new features.`);
    },
  };
  return {
    setup,
    lock() {
      locked = true;
      const all = [...features.values()];
      for (const config of all) {
        const violations = validateKibanaFeature(config, { registered: all, kibanaVersion });
        if (violations.length > 0)
          throw new Error(`Invalid feature ${config.id}: ${violations.join('; ')}`);
      }
      const start: FeaturesPluginStart = {
        getKibanaFeatures: ({ omitDeprecated = false } = {}) =>
          all.filter((f) => !omitDeprecated || !f.deprecated).map((f) => new HostKibanaFeature(f)),
      };
      return start;
    },
    list: () => [...features.values()],
  };
}
