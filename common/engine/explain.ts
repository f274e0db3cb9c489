/** What would grant a missing capability: feature privileges a role could add, in the role editor's terms. */
import { translate } from '../i18n/translate';
import type { GrantKey, GrantSuggestion, Solution } from '../report/types';
import type { SnapshotSpace } from '../snapshot/types';
import { GRANT_KEYS, SOLUTION_INDEX, bitOf } from './bits';
import type { PrivilegeCatalog, ResolvedPrivilege } from './catalog';

/** At most this many ways to obtain one capability: enough to choose from, short enough to read. */
const MAX_SUGGESTIONS = 3;

export interface SuggestionRequest {
  solution: Solution;
  space: Pick<SnapshotSpace, 'id'>;
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
            space: space.id,
          },
        }),
      };
    });
  }
  return result;
}
