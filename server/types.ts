import type { CloudSetup } from '@kbn/cloud-plugin/server';
/** Contracts of the Case access server plugin and of the plugins it depends on. */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { FeaturesPluginSetup, FeaturesPluginStart } from '@kbn/features-plugin/server';
import type { LicensingPluginStart } from '@kbn/licensing-plugin/server';
import type { NotificationsPluginStart } from '@kbn/notifications-plugin/server';
import type { SecurityPluginSetup, SecurityPluginStart } from '@kbn/security-plugin/server';
import type { SpacesPluginStart } from '@kbn/spaces-plugin/server';

/**
 * Optional plugins this plugin does not call in that phase. They are listed in the manifest so Kibana sets them
 * up first: they register the features this plugin would otherwise provide (see host_feature_owners.ts).
 */
type NotCalledInThisPhase = object;

export interface CaseAccessSetupDeps {
  features: FeaturesPluginSetup;
  security?: SecurityPluginSetup;
  spaces?: NotCalledInThisPhase;
  licensing?: NotCalledInThisPhase;
  notifications?: NotCalledInThisPhase;
  cases?: NotCalledInThisPhase;
  actions?: NotCalledInThisPhase;
  /** On Elastic Cloud: the serverless project type, which decides which solutions have cases. */
  cloud?: CloudSetup;
}

export interface CaseAccessStartDeps {
  features: FeaturesPluginStart;
  security?: SecurityPluginStart;
  spaces?: SpacesPluginStart;
  licensing?: LicensingPluginStart;
  notifications?: NotificationsPluginStart;
  cases?: NotCalledInThisPhase;
  actions?: NotCalledInThisPhase;
}

/** What `setup` did with the plugin's feature definitions. */
export interface CaseAccessServerSetup {
  /** Ids this plugin registered. */
  registeredFeatureIds: readonly string[];
  /** Ids the host had already registered; the host's definitions are kept. */
  hostFeatureIds: readonly string[];
  /** Ids the host refused for another reason (logged at warn level); the host's features stay in force. */
  refusedFeatureIds: readonly string[];
}

export interface CaseAccessServerStart {
  /** The feature definitions in force (deprecated ones included), as the host's registry holds them. */
  getFeaturesInForce(): KibanaFeatureConfig[];
}
