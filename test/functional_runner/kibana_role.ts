/**
 * Converts a role as Kibana's role API takes it (`kibana: [{ base, feature, spaces }]`) into the Elasticsearch role
 * descriptor Kibana writes, following Kibana's rules: application `kibana-.kibana`; an entry for all spaces (`*`)
 * grants `all` / `read` as global base privileges at resource `*`; an entry for named spaces grants `space_all` /
 * `space_read` at `space:<id>`; feature privileges become `feature_<id>.<privilege>`.
 */
import type { KibanaRoleDescriptor } from '@kbn/ftr-common-functional-services';

export const KIBANA_APPLICATION = 'kibana-.kibana';

export interface ElasticsearchRoleBody {
  cluster: string[];
  indices: Array<{ names: string[]; privileges: string[] }>;
  run_as: string[];
  applications: Array<{ application: string; privileges: string[]; resources: string[] }>;
  metadata: Record<string, unknown>;
}

const BASE_PRIVILEGES = new Set(['all', 'read']);

export function toElasticsearchRole(
  name: string,
  role: KibanaRoleDescriptor
): ElasticsearchRoleBody {
  const applications = (role.kibana ?? []).map((entry, index) => {
    const where = `role ${name}: kibana[${index}]`;
    if (!Array.isArray(entry.spaces) || entry.spaces.length === 0) {
      throw new Error(`${where}.spaces must list '*' or space ids`);
    }
    const base = entry.base ?? [];
    const features = Object.entries(entry.feature ?? {});
    if (base.length > 0 && features.length > 0) {
      throw new Error(
        `${where}: use either base or feature privileges, not both (as Kibana requires)`
      );
    }
    const global = entry.spaces.includes('*');
    if (global && entry.spaces.length > 1) {
      throw new Error(`${where}.spaces: '*' cannot be combined with other spaces`);
    }
    for (const privilege of base) {
      if (!BASE_PRIVILEGES.has(privilege)) {
        throw new Error(
          `${where}.base: unknown base privilege '${privilege}' (use 'all' or 'read')`
        );
      }
    }
    return {
      application: KIBANA_APPLICATION,
      privileges: [
        ...base.map((privilege) => (global ? privilege : `space_${privilege}`)),
        ...features.flatMap(([featureId, privileges]) =>
          privileges.map((privilege) => `feature_${featureId}.${privilege}`)
        ),
      ],
      resources: global ? ['*'] : entry.spaces.map((space) => `space:${space}`),
    };
  });

  return {
    cluster: role.elasticsearch?.cluster ?? [],
    indices: role.elasticsearch?.indices ?? [],
    run_as: role.elasticsearch?.run_as ?? [],
    applications,
    metadata: {},
  };
}
