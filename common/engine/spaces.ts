/** Which features a space turns off, and which role resources cover a space. */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { SnapshotSpace } from '../snapshot/types';

/** Categories a solution view hides, as Kibana's spaces plugin decides (classic hides none). */
const HIDDEN_CATEGORIES: Record<string, readonly string[]> = {
  es: ['observability', 'securitySolution'],
  oblt: ['enterpriseSearch', 'securitySolution'],
  security: ['observability', 'enterpriseSearch'],
};

/**
 * The features disabled in a space. A classic space (no solution) disables what it lists; a space with a solution
 * view disables every feature of the other solutions' categories instead (Kibana then ignores the space's own
 * `disabledFeatures`, which its UI no longer offers for such spaces).
 */
export function disabledFeaturesOfSpace(
  features: readonly KibanaFeatureConfig[],
  space: Pick<SnapshotSpace, 'disabledFeatures' | 'solution'>
): Set<string> {
  const hidden = space.solution ? HIDDEN_CATEGORIES[space.solution] : undefined;
  if (!hidden) return new Set(space.disabledFeatures);
  return new Set(
    features.filter((feature) => hidden.includes(feature.category.id)).map((f) => f.id)
  );
}

/** Elasticsearch wildcard match (`*` any run, `?` one character), as used for application names and resources. */
export function wildcardMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === value;
  let p = 0;
  let v = 0;
  let star = -1;
  let mark = 0;
  while (v < value.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
      p++;
      v++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = v;
    } else if (star >= 0) {
      p = star + 1;
      v = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

export const SPACE_RESOURCE_PREFIX = 'space:';

/** A role's resource applies in a space when it is `*`, `space:<id>` or a wildcard pattern matching the latter. */
export function resourceCoversSpace(resource: string, spaceId: string): boolean {
  return resource === '*' || wildcardMatch(resource, `${SPACE_RESOURCE_PREFIX}${spaceId}`);
}
