/**
 * Kibana's app categories for the features this plugin describes, with the same ids, labels, order and icons as
 * `DEFAULT_APP_CATEGORIES` in `@kbn/core` (which cannot be imported at runtime here).
 */
import type { AppCategory } from '@kbn/core/server';

export const MANAGEMENT_CATEGORY: AppCategory = Object.freeze({
  id: 'management',
  label: 'Management',
  order: 5000,
  euiIconType: 'managementApp',
});

export const SECURITY_CATEGORY: AppCategory = Object.freeze({
  id: 'securitySolution',
  label: 'Security',
  order: 4000,
  euiIconType: 'logoSecurity',
});

export const OBSERVABILITY_CATEGORY: AppCategory = Object.freeze({
  id: 'observability',
  label: 'Observability',
  order: 3000,
  euiIconType: 'logoObservability',
});

/** Analytics (`DEFAULT_APP_CATEGORIES.kibana`): Machine Learning's category, whose alerts Stack cases take. */
export const KIBANA_CATEGORY: AppCategory = Object.freeze({
  id: 'kibana',
  label: 'Analytics',
  order: 1000,
  euiIconType: 'logoKibana',
});

/** The subset of Kibana's `DEFAULT_APP_CATEGORIES` that the Cases, Connectors and alerting features use. */
export const APP_CATEGORIES = Object.freeze({
  management: MANAGEMENT_CATEGORY,
  security: SECURITY_CATEGORY,
  observability: OBSERVABILITY_CATEGORY,
});
