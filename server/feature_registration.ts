/**
 * Registers the plugin's feature definitions with Kibana's feature registry. Kibana's registry
 * (x-pack/platform/plugins/shared/features/server/feature_registry.ts) refuses a registration once it is locked,
 * then validates the feature against its schema, then refuses a duplicate id; any of these throws. The Cases and
 * Connectors features are registered on the host's behalf: a Kibana with x-pack registers its own (and may have
 * newer ones), so a refusal of any kind keeps whatever the host has, logs one warn line naming the feature and the
 * reason, and setup carries on (the engine reads the features in force at start). Only the plugin's own
 * `caseAccess` feature is required: without it no route can be authorised, so its refusal stops the plugin.
 */
import type { Logger } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { FeaturesPluginSetup } from '@kbn/features-plugin/server';
import { CASE_ACCESS_FEATURE_ID } from '../common/constants';

export interface FeatureRegistrationResult {
  registeredFeatureIds: string[];
  /** Ids the host already had: their definitions are kept (the normal case in a Kibana with x-pack). */
  hostFeatureIds: string[];
  /** Ids the host refused for another reason (schema, locked registry): the host's features stay in force. */
  refusedFeatureIds: string[];
}

/** Kibana's registry throws exactly this, synchronously, for an id it already holds. */
function isAlreadyRegistered(error: unknown, id: string): boolean {
  return error instanceof Error && error.message === `Feature with id ${id} is already registered.`;
}

/** The features a definition's privileges name in `replacedBy` (deprecated definitions name their successor). */
function replacementFeatureIds(definition: KibanaFeatureConfig): Set<string> {
  const privileges = [
    ...(definition.privileges ? [definition.privileges.all, definition.privileges.read] : []),
    ...(definition.subFeatures ?? []).flatMap((subFeature) =>
      subFeature.privilegeGroups.flatMap((group) => group.privileges)
    ),
  ];
  const ids = new Set<string>();
  for (const { replacedBy } of privileges) {
    if (!replacedBy) continue;
    const refs =
      'default' in replacedBy ? [...replacedBy.default, ...replacedBy.minimal] : replacedBy;
    for (const ref of refs) ids.add(ref.feature);
  }
  return ids;
}

/** The registry's reason on one line (a log line per refused feature). */
function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
}

/** Thrown when Kibana refuses the `caseAccess` feature: the plugin cannot work without it. */
export class CaseAccessFeatureRegistrationError extends Error {
  constructor(reason: string) {
    super(
      `Case access cannot start: Kibana refused its "${CASE_ACCESS_FEATURE_ID}" feature, which authorises every ` +
        `route of the plugin (${reason}). Check that no other plugin registers "${CASE_ACCESS_FEATURE_ID}" and ` +
        `that the archive was built for this Kibana version (npm run build -- --kibana-version <version>).`
    );
    this.name = 'CaseAccessFeatureRegistrationError';
  }
}

export function registerFeatures(
  features: Pick<FeaturesPluginSetup, 'registerKibanaFeature'>,
  definitions: readonly KibanaFeatureConfig[],
  logger: Logger
): FeatureRegistrationResult {
  const result: FeatureRegistrationResult = {
    registeredFeatureIds: [],
    hostFeatureIds: [],
    refusedFeatureIds: [],
  };
  // caseAccess first, so that its refusal stops the plugin before anything else is registered. Then successors
  // before deprecated definitions: one whose successor was refused would name a feature that does not exist,
  // which Kibana's registry rejects when it validates replacements at the end of setup (stopping Kibana).
  const rank = (definition: KibanaFeatureConfig) =>
    definition.id === CASE_ACCESS_FEATURE_ID ? 0 : definition.deprecated ? 2 : 1;
  const ordered = [...definitions].sort((a, b) => rank(a) - rank(b));
  for (const definition of ordered) {
    const missing = [...replacementFeatureIds(definition)].filter((id) =>
      result.refusedFeatureIds.includes(id)
    );
    if (missing.length > 0) {
      result.refusedFeatureIds.push(definition.id);
      logger.warn(
        `Did not register feature "${definition.id}": its replacement ${missing.join(', ')} was not ` +
          `registered; the host's features stay in force.`
      );
      continue;
    }
    try {
      features.registerKibanaFeature(definition);
      result.registeredFeatureIds.push(definition.id);
    } catch (error) {
      if (definition.id === CASE_ACCESS_FEATURE_ID) {
        throw new CaseAccessFeatureRegistrationError(reasonOf(error));
      }
      if (isAlreadyRegistered(error, definition.id)) {
        result.hostFeatureIds.push(definition.id);
      } else {
        result.refusedFeatureIds.push(definition.id);
        logger.warn(
          `Did not register feature "${definition.id}" (Kibana refused it: ${reasonOf(error)}); ` +
            `the host's features stay in force.`
        );
      }
    }
  }
  // Reported in the order of the definitions, whatever the order of registration.
  const position = (id: string) => definitions.findIndex((definition) => definition.id === id);
  for (const ids of Object.values(result) as string[][]) {
    ids.sort((a, b) => position(a) - position(b));
  }
  if (result.hostFeatureIds.length > 0) {
    logger.debug(
      `Kept the host's definitions of already registered features: ${result.hostFeatureIds.join(', ')}`
    );
  }
  return result;
}
