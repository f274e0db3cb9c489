/** Which features a space turns off, and which role resources cover a space. */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { BuildFlavor } from '../features';
import type { SnapshotSpace } from '../snapshot/types';

/** Categories a solution view hides, as Kibana's spaces plugin decides (classic hides none). */
const HIDDEN_CATEGORIES: Record<string, readonly string[]> = {
  es: ['observability', 'securitySolution', 'chat'],
  oblt: ['securitySolution', 'chat'],
  security: ['observability', 'enterpriseSearch', 'chat'],
  chat: ['observability', 'securitySolution', 'enterpriseSearch'],
};

/**
 * The features that replace a deprecated feature: those its `deprecated.replacedBy` names, or else every feature
 * its privileges' `replacedBy` references (as Kibana's spaces plugin collects them).
 */
function replacementsOf(feature: KibanaFeatureConfig): string[] {
  if (feature.deprecated?.replacedBy) return [...feature.deprecated.replacedBy];
  const privileges = [
    ...Object.values(feature.privileges ?? {}),
    ...(feature.subFeatures ?? []).flatMap((sub) =>
      sub.privilegeGroups.flatMap((group) => [...group.privileges])
    ),
  ];
  const ids = new Set<string>();
  for (const privilege of privileges) {
    const replacedBy = privilege.replacedBy;
    if (!replacedBy) continue;
    const references =
      'default' in replacedBy ? [...replacedBy.default, ...replacedBy.minimal] : replacedBy;
    for (const reference of references) ids.add(reference.feature);
  }
  return [...ids];
}

/**
 * The features disabled in a space, as Kibana decides them. A classic space (no solution) disables what it lists,
 * a deprecated id standing for the features that replace it (Kibana rewrites it so when it reads the space); a
 * space with a solution view disables the current features of the other solutions' categories instead (Kibana
 * then ignores the space's own `disabledFeatures`, which its UI no longer offers for such spaces).
 *
 * A deprecated feature is an alias of its replacements: Kibana gives its privileges the ui capabilities of the
 * replacing privileges and never hides it by its own id, so it is off exactly where all its replacements are.
 *
 * Solution views exist on traditional deployments only: on serverless Kibana's spaces client drops a stored
 * `solution` when it reads a space (and refuses one on create and update), so every space there is classic.
 */
export function disabledFeaturesOfSpace(
  features: readonly KibanaFeatureConfig[],
  space: Pick<SnapshotSpace, 'disabledFeatures' | 'solution'>,
  { buildFlavor = 'traditional' }: { buildFlavor?: BuildFlavor } = {}
): Set<string> {
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  const solution = buildFlavor === 'serverless' ? undefined : space.solution;
  const hidden = solution ? HIDDEN_CATEGORIES[solution] : undefined;
  const disabled = new Set<string>();
  if (hidden) {
    for (const feature of features) {
      if (!feature.deprecated && hidden.includes(feature.category.id)) disabled.add(feature.id);
    }
  } else {
    for (const id of space.disabledFeatures) {
      const feature = byId.get(id);
      const replacements = feature?.deprecated ? replacementsOf(feature) : [];
      if (replacements.length === 0) disabled.add(id);
      for (const replacement of replacements) disabled.add(replacement);
    }
  }
  for (const feature of features) {
    if (!feature.deprecated) continue;
    const replacements = replacementsOf(feature);
    if (replacements.length > 0 && replacements.every((id) => disabled.has(id))) {
      disabled.add(feature.id);
    }
  }
  return disabled;
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
