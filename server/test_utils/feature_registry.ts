/**
 * A test double of Kibana's feature registry that behaves like the real one where this plugin can tell: it
 * validates with Kibana's rules, throws Kibana's messages for duplicates and for registering after setup, refuses
 * reads before setup ends, checks replacements across features when locked, and hands out copies.
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
import { validateKibanaFeature } from '../../common/features/validate_feature';

/** Kibana's `KibanaFeature`: read-only access to a registered config. */
class RegisteredFeature implements KibanaFeature {
  constructor(public readonly config: Readonly<KibanaFeatureConfig>) {}
  get id(): string {
    return this.config.id;
  }
  get hidden(): boolean {
    return Boolean(this.config.hidden);
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
    return Boolean(this.config.excludeFromBasePrivileges);
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

export class FeatureRegistryDouble {
  private locked = false;
  private readonly features = new Map<string, KibanaFeatureConfig>();

  readonly setup: FeaturesPluginSetup = {
    registerKibanaFeature: (feature) => this.register(feature),
    registerElasticsearchFeature: () => {},
  };

  readonly start: FeaturesPluginStart = {
    getKibanaFeatures: ({ omitDeprecated = false } = {}) => {
      if (!this.locked) {
        throw new Error('Cannot retrieve Kibana features while registration is still open');
      }
      return [...this.features.values()]
        .filter((feature) => !(omitDeprecated && feature.deprecated))
        .map((feature) => new RegisteredFeature(feature));
    },
  };

  /** What Kibana does when every plugin is set up: close registration, then check the whole set. */
  lock(): void {
    this.locked = true;
    const all = [...this.features.values()];
    for (const feature of all) {
      const [violation] = validateKibanaFeature(feature, { registered: all });
      if (violation) throw new Error(violation);
    }
  }

  ids(): string[] {
    return [...this.features.keys()];
  }

  private register(feature: KibanaFeatureConfig): void {
    if (this.locked) {
      throw new Error(
        `Features are locked, can't register new features. Attempt to register ${feature.id} failed.`
      );
    }
    // Replacement references are checked only when locked, as in Kibana.
    const [violation] = validateKibanaFeature(feature);
    if (violation) throw new Error(violation);
    if (this.features.has(feature.id)) {
      throw new Error(`Feature with id ${feature.id} is already registered.`);
    }
    this.features.set(feature.id, structuredClone(feature));
  }
}
