/**
 * What differs between the Kibana 9.x releases for the feature definitions this plugin registers. Kibana's feature
 * schema (x-pack/platform/plugins/shared/features/server/feature_schema.ts, `casesSchemaObject`) rejects unknown
 * `cases` keys, so a definition must carry only the keys of the Kibana it is registered in.
 *
 * Template privileges (the `manageTemplates` key of a privilege's `cases`, the `cases_manage_templates`
 * sub-feature and UI capability) came with elastic/kibana#257683 "[Cases][Templates] Prepare template
 * privileges", merged to main in March 2026 while main was 9.4.0 (main became 9.4.0 with #246790 on 2025-12-17
 * and 9.5.0 with #262165 on 2026-04-09), without backports: 9.4.0 is the first release that has them.
 */
import type {
  FeatureKibanaPrivileges,
  FeatureKibanaPrivilegesReference,
  KibanaFeatureConfig,
  SubFeatureConfig,
} from '@kbn/features-plugin/common';
import { CASES_MANAGE_TEMPLATES_SUB_PRIVILEGE_ID, CASES_UI } from './constants';

/** The first Kibana release whose feature schema knows `cases.manageTemplates`. */
export const TEMPLATE_PRIVILEGES_SINCE = '9.4.0';

/** The Kibana releases this plugin is built and tested for (one per minor; patches behave as their minor). */
export const SUPPORTED_KIBANA_VERSIONS: readonly string[] = Object.freeze([
  '9.0.0',
  '9.1.0',
  '9.2.0',
  '9.3.0',
  '9.4.0',
  '9.5.0',
]);

/** The `cases` privilege keys of every 9.x schema, in the schema's order. */
const BASE_CASES_KEYS = [
  'all',
  'create',
  'read',
  'update',
  'delete',
  'push',
  'settings',
  'createComment',
  'reopenCase',
  'assign',
] as const;

type Version = readonly [major: number, minor: number, patch: number];

/**
 * `9.3.2`, `9.4.0-SNAPSHOT` → [9, 3, 2] / [9, 4, 0]; anything else (undefined, `kibana`, which development
 * builds accept as any version) → undefined, read as the newest release.
 */
export function parseKibanaVersion(version: string | undefined): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version ?? '');
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * The older of two versions, an unreadable one (undefined, `kibana`) counting as the newest: the definitions must
 * fit both the Kibana the archive was built for and the one running it.
 */
export function olderKibanaVersion(
  a: string | undefined,
  b: string | undefined
): string | undefined {
  const [pa, pb] = [parseKibanaVersion(a), parseKibanaVersion(b)];
  if (!pa) return pb ? b : undefined;
  if (!pb) return a;
  return compare(pa, pb) <= 0 ? a : b;
}

/** Whether `version` (Kibana's `packageInfo.version`, or the archive's `kibanaVersion`) has template privileges. */
export function hasTemplatePrivileges(version: string | undefined): boolean {
  const parsed = parseKibanaVersion(version);
  const since = parseKibanaVersion(TEMPLATE_PRIVILEGES_SINCE) as Version;
  return parsed === undefined || compare(parsed, since) >= 0;
}

/** The keys the `cases` of a feature privilege may have in `version`'s feature schema. */
export function casesPrivilegeKeys(version: string | undefined): readonly string[] {
  return hasTemplatePrivileges(version) ? [...BASE_CASES_KEYS, 'manageTemplates'] : BASE_CASES_KEYS;
}

function withoutTemplates<T extends FeatureKibanaPrivileges>(privilege: T): T {
  const { manageTemplates: _dropped, ...cases } = privilege.cases ?? {};
  const replacedBy = privilege.replacedBy;
  const pruneRefs = (refs: readonly FeatureKibanaPrivilegesReference[]) =>
    refs.map((ref) => ({
      ...ref,
      privileges: ref.privileges.filter((id) => id !== CASES_MANAGE_TEMPLATES_SUB_PRIVILEGE_ID),
    }));
  return {
    ...privilege,
    ...(privilege.cases ? { cases } : {}),
    ui: privilege.ui.filter((capability) => capability !== CASES_UI.manageTemplates),
    ...(replacedBy
      ? {
          replacedBy:
            'default' in replacedBy
              ? {
                  default: pruneRefs(replacedBy.default),
                  minimal: pruneRefs(replacedBy.minimal),
                }
              : pruneRefs(replacedBy),
        }
      : {}),
  };
}

function grantsTemplates(subFeature: SubFeatureConfig): boolean {
  return subFeature.privilegeGroups.some((group) =>
    group.privileges.some(
      (privilege) =>
        privilege.id === CASES_MANAGE_TEMPLATES_SUB_PRIVILEGE_ID ||
        privilege.cases?.manageTemplates !== undefined
    )
  );
}

/**
 * The definition as `version`'s Kibana accepts it: unchanged from {@link TEMPLATE_PRIVILEGES_SINCE} on; before,
 * without the template sub-feature, the `manageTemplates` grants, their UI capability and the replacement
 * references to the template sub-feature privilege.
 */
export function fitFeatureToVersion(
  feature: KibanaFeatureConfig,
  version: string | undefined
): KibanaFeatureConfig {
  if (hasTemplatePrivileges(version)) return feature;
  const privileges = feature.privileges;
  return {
    ...feature,
    privileges: privileges
      ? { all: withoutTemplates(privileges.all), read: withoutTemplates(privileges.read) }
      : null,
    ...(feature.subFeatures
      ? {
          subFeatures: feature.subFeatures
            .filter((subFeature) => !grantsTemplates(subFeature))
            .map((subFeature) => ({
              ...subFeature,
              privilegeGroups: subFeature.privilegeGroups.map((group) => ({
                ...group,
                privileges: group.privileges.map(withoutTemplates),
              })),
            })),
        }
      : {}),
  };
}

/**
 * Whether a Kibana of `version` has something that came in `since`. Serverless runs the newest Kibana, and an
 * unreadable version (undefined, `kibana`) reads as the newest, as everywhere in these definitions.
 */
export function kibanaHasSince(
  version: string | undefined,
  since: string,
  buildFlavor: 'traditional' | 'serverless' = 'traditional'
): boolean {
  if (buildFlavor === 'serverless') return true;
  const parsed = parseKibanaVersion(version);
  return parsed === undefined || compare(parsed, parseKibanaVersion(since) as Version) >= 0;
}
