/** What would grant a missing capability: feature privileges a role could add, in the role editor's terms. */
import { translate } from '../i18n/translate';
import type { Grant, GrantKey, GrantSuggestion, Solution } from '../report/types';
import type { SnapshotSpace } from '../snapshot/types';
import { SPACE_RESOURCE_PREFIX } from './spaces';
import { GRANT_KEYS, SOLUTION_INDEX, bitOf } from './bits';
import type { PrivilegeCatalog, ResolvedPrivilege } from './catalog';

/** At most this many ways to obtain one capability: enough to choose from, short enough to read. */
const MAX_SUGGESTIONS = 3;

export interface SuggestionRequest {
  solution: Solution;
  space: Pick<SnapshotSpace, 'id'> & { name?: string };
  disabled: ReadonlySet<string>;
  /** Grant bits the user lacks and the features enabled in the space could grant. */
  missingMask: number;
}

/** Sub-feature privileges first (they grant just what is missing), then Read, then All. */
function rank(privilege: ResolvedPrivilege): number {
  if (privilege.privilegeId === 'read') return 1;
  if (privilege.privilegeId === 'all') return 2;
  return 0;
}

function privilegeLabel(catalog: PrivilegeCatalog, privilege: ResolvedPrivilege): string {
  if (privilege.privilegeId === 'all') {
    return translate('xpack.caseAccess.engine.privilegeAllLabel', { defaultMessage: 'All' });
  }
  if (privilege.privilegeId === 'read') {
    return translate('xpack.caseAccess.engine.privilegeReadLabel', { defaultMessage: 'Read' });
  }
  if (privilege.privilegeId === 'minimal_all') {
    return translate('xpack.caseAccess.engine.privilegeMinimalAllLabel', {
      defaultMessage: 'All, with customised sub-feature privileges',
    });
  }
  if (privilege.privilegeId === 'minimal_read') {
    return translate('xpack.caseAccess.engine.privilegeMinimalReadLabel', {
      defaultMessage: 'Read, with customised sub-feature privileges',
    });
  }
  const definition = privilege.definitions.find((d) => d.privilegeId === privilege.privilegeId);
  const name = definition && 'name' in definition.privilege ? definition.privilege.name : undefined;
  return typeof name === 'string' ? name : privilege.privilegeId;
}

/** Candidate privileges: current (not deprecated), user-assignable feature privileges of enabled features. */
function candidates(catalog: PrivilegeCatalog, disabled: ReadonlySet<string>): ResolvedPrivilege[] {
  const found: ResolvedPrivilege[] = [];
  for (const name of catalog.names()) {
    const privilege = catalog.resolve(name);
    if (!privilege || privilege.kind !== 'feature' || privilege.deprecated) continue;
    if (privilege.privilegeId.startsWith('minimal_')) continue;
    if (privilege.effects.some((effect) => disabled.has(effect.featureId))) continue;
    found.push(privilege);
  }
  return found;
}

export function suggestGrants(
  catalog: PrivilegeCatalog,
  { solution, space, disabled, missingMask }: SuggestionRequest
): Partial<Record<GrantKey, GrantSuggestion[]>> {
  const result: Partial<Record<GrantKey, GrantSuggestion[]>> = {};
  if (missingMask === 0) return result;
  const index = SOLUTION_INDEX[solution];
  const pool = candidates(catalog, disabled);
  for (const key of GRANT_KEYS) {
    const bit = bitOf(key);
    if ((missingMask & bit) === 0) continue;
    const matching = pool
      .filter((privilege) => privilege.effects.some((effect) => (effect.masks[index] & bit) !== 0))
      .sort(
        (a, b) =>
          rank(a) - rank(b) ||
          (catalog.feature(a.featureId ?? '')?.order ?? 0) -
            (catalog.feature(b.featureId ?? '')?.order ?? 0) ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
      )
      .slice(0, MAX_SUGGESTIONS);
    if (matching.length === 0) continue;
    result[key] = matching.map((privilege) => {
      const feature = catalog.feature(privilege.featureId ?? '');
      return {
        feature: privilege.featureId ?? '',
        privilege: privilege.privilegeId,
        privilegeName: privilege.name,
        space: space.id,
        label: translate('xpack.caseAccess.engine.grantSuggestionLabel', {
          defaultMessage: '{category} → {feature} → {privilege}, in space {space}',
          values: {
            category: feature?.category.label ?? '',
            feature: feature?.name ?? privilege.featureId ?? '',
            privilege: privilegeLabel(catalog, privilege),
            space: space.name || space.id,
          },
        }),
      };
    });
  }
  return result;
}

/** Where a role's Kibana privilege applies, in words: all spaces, one space by name, or a pattern. */
function describeResource(resource: string, spaceName: (id: string) => string): string {
  if (resource === '*') {
    return translate('xpack.caseAccess.engine.allSpacesResourceLabel', {
      defaultMessage: 'in all spaces',
    });
  }
  if (resource.startsWith(SPACE_RESOURCE_PREFIX) && !resource.includes('*')) {
    return translate('xpack.caseAccess.engine.spaceResourceLabel', {
      defaultMessage: 'in space {space}',
      values: { space: spaceName(resource.slice(SPACE_RESOURCE_PREFIX.length)) },
    });
  }
  return translate('xpack.caseAccess.engine.patternResourceLabel', {
    defaultMessage: 'in spaces matching {resource}',
    values: { resource },
  });
}

/**
 * A grant in the words of Kibana's role editor: "Role cases_full: Management → Cases → All, in all spaces". Base
 * space privileges read "All features: All"; a privilege the catalog does not know keeps its raw name.
 */
export function describeGrant(
  catalog: PrivilegeCatalog,
  grant: Grant,
  spaceName: (id: string) => string
): string {
  const privilege = catalog.resolve(grant.privilege);
  let what = grant.privilege;
  if (privilege?.kind === 'feature') {
    const feature = catalog.feature(privilege.featureId ?? '');
    what = `${feature?.category.label ?? ''} → ${feature?.name ?? privilege.featureId} → ${privilegeLabel(
      catalog,
      privilege
    )}`;
  } else if (privilege?.kind === 'base') {
    what = translate('xpack.caseAccess.engine.basePrivilegeLabel', {
      defaultMessage: 'All features: {privilege}',
      values: {
        privilege: ['all', 'space_all'].includes(privilege.privilegeId)
          ? translate('xpack.caseAccess.engine.privilegeAllLabel', { defaultMessage: 'All' })
          : translate('xpack.caseAccess.engine.privilegeReadLabel', { defaultMessage: 'Read' }),
      },
    });
  }
  return translate('xpack.caseAccess.engine.grantLabel', {
    defaultMessage: 'Role {role}: {what}, {where}',
    values: { role: grant.role, what, where: describeResource(grant.resource, spaceName) },
  });
}
