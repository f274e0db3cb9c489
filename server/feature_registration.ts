/**
 * Registers the plugin's feature definitions with Kibana's feature registry. A Kibana with x-pack already
 * registers the Cases and Connectors features (and may have newer definitions than this plugin's copies), so a
 * duplicate id keeps the host's definition; the plugin's own `caseAccess` feature must always be registered.
 */
import type { Logger } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { FeaturesPluginSetup } from '@kbn/features-plugin/server';
import { CASE_ACCESS_FEATURE_ID } from '../common/constants';

export interface FeatureRegistrationResult {
  registeredFeatureIds: string[];
  hostFeatureIds: string[];
}

/** Kibana's registry throws exactly this, synchronously, for an id it already holds. */
function isAlreadyRegistered(error: unknown, id: string): boolean {
  return error instanceof Error && error.message === `Feature with id ${id} is already registered.`;
}

export function registerFeatures(
  features: Pick<FeaturesPluginSetup, 'registerKibanaFeature'>,
  definitions: readonly KibanaFeatureConfig[],
  logger: Logger
): FeatureRegistrationResult {
  const result: FeatureRegistrationResult = { registeredFeatureIds: [], hostFeatureIds: [] };
  for (const definition of definitions) {
    try {
      features.registerKibanaFeature(definition);
      result.registeredFeatureIds.push(definition.id);
    } catch (error) {
      if (definition.id === CASE_ACCESS_FEATURE_ID || !isAlreadyRegistered(error, definition.id)) {
        throw error;
      }
      result.hostFeatureIds.push(definition.id);
    }
  }
  if (result.hostFeatureIds.length > 0) {
    logger.debug(
      `Kept the host's definitions of already registered features: ${result.hostFeatureIds.join(', ')}`
    );
  }
  return result;
}
