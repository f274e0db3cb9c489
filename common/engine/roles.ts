/**
 * Roles, read once: which of their application privileges count for Kibana, what each resolves to, and what is
 * wrong with them (unknown or deprecated privileges, sub-feature privileges the licence voids).
 */
import { KIBANA_APPLICATION } from '../constants';
import type { estypes } from '@elastic/elasticsearch';
import type { PrivilegeCatalog, ResolvedPrivilege } from './catalog';
import { wildcardMatch } from './spaces';

/** A privilege name a role holds, at the resources it holds it. */
export interface RoleEntry {
  name: string;
  /** `undefined` for superuser (`*` privilege). */
  privilege: ResolvedPrivilege | undefined;
  superuser: boolean;
  resources: string[];
}

export interface RoleInfo {
  name: string;
  entries: RoleEntry[];
  /** Privilege names that grant nothing because Kibana does not know them. */
  unknown: string[];
  /**
   * Privilege names of deprecated Cases features (those with case owners), which the deprecation warnings name.
   * Other deprecated features (Security's `siem`, ...) still grant what they grant but are not Cases' to warn of.
   */
  deprecated: string[];
  /** Sub-feature privilege names that the licence leaves unregistered. */
  licenseVoided: string[];
  /**
   * Elasticsearch disabled the role for the licence (`transient_metadata.enabled: false`, set when a role needs
   * document- or field-level security the licence lacks): it grants nothing, and `entries` is empty.
   */
  disabledByLicense: boolean;
  /** Index name patterns (as written in the role) on which the role may search (`read`, `all`, read actions). */
  readIndexPatterns: string[];
}

/** Index privileges that allow searching an index (Elasticsearch's `IndexPrivilege`: `read` and `all`). */
const SEARCH_PRIVILEGES = new Set(['read', 'all']);
const SEARCH_ACTION = 'indices:data/read/search';

function readIndexPatternsOf(role: estypes.SecurityGetRoleRole): string[] {
  const patterns: string[] = [];
  for (const entry of role.indices ?? []) {
    const privileges: unknown = (entry as { privileges?: unknown }).privileges;
    if (!Array.isArray(privileges)) continue;
    const reads = privileges.some(
      (privilege) =>
        typeof privilege === 'string' &&
        (SEARCH_PRIVILEGES.has(privilege) || wildcardMatch(privilege, SEARCH_ACTION))
    );
    if (!reads) continue;
    const names: unknown = (entry as { names?: unknown }).names;
    for (const name of Array.isArray(names) ? names : [names]) {
      if (typeof name === 'string') patterns.push(name);
    }
  }
  return patterns;
}

/**
 * Whether an index name pattern of a role covers `index`, as Elasticsearch matches them: `*` and `?` wildcards,
 * or a Lucene regular expression between slashes (read here as a JavaScript one, anchored).
 */
export function indexPatternMatches(pattern: string, index: string): boolean {
  if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/')) {
    try {
      return new RegExp(`^(?:${pattern.slice(1, -1)})$`).test(index);
    } catch {
      return false;
    }
  }
  return wildcardMatch(pattern, index);
}

/** Whether the role may search `index`. */
export function roleReadsIndex(info: RoleInfo, index: string): boolean {
  return info.readIndexPatterns.some((pattern) => indexPatternMatches(pattern, index));
}

const ALL = '*';

function isDeprecatedCasesPrivilege(
  privilege: ResolvedPrivilege,
  catalog: PrivilegeCatalog
): boolean {
  if (!privilege.deprecated || privilege.featureId === undefined) return false;
  return (catalog.feature(privilege.featureId)?.cases?.length ?? 0) > 0;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function analyseRole(
  name: string,
  role: estypes.SecurityGetRoleRole,
  catalog: PrivilegeCatalog
): RoleInfo {
  const entries = new Map<string, RoleEntry>();
  const unknown = new Set<string>();
  const deprecated = new Set<string>();
  const licenseVoided = new Set<string>();
  const disabledByLicense = role.transient_metadata?.enabled === false;
  for (const application of disabledByLicense ? [] : role.applications) {
    // Only Kibana's own application counts; `*` (or a pattern matching it) covers it too.
    if (!wildcardMatch(application.application, KIBANA_APPLICATION)) continue;
    for (const privilegeName of application.privileges) {
      const superuser = privilegeName === ALL;
      const privilege = superuser
        ? undefined
        : (catalog.resolve(privilegeName) ?? catalog.resolveAction(privilegeName));
      if (!superuser && !privilege) {
        if (catalog.unregisteredReason(privilegeName) === 'license')
          licenseVoided.add(privilegeName);
        else unknown.add(privilegeName);
        continue;
      }
      if (privilege && isDeprecatedCasesPrivilege(privilege, catalog))
        deprecated.add(privilegeName);
      const entry = entries.get(privilegeName) ?? {
        name: privilegeName,
        privilege,
        superuser,
        resources: [],
      };
      for (const resource of application.resources) {
        if (!entry.resources.includes(resource)) entry.resources.push(resource);
      }
      entries.set(privilegeName, entry);
    }
  }
  const sortedEntries = [...entries.values()].sort((a, b) => byString(a.name, b.name));
  for (const entry of sortedEntries) entry.resources.sort(byString);
  return {
    name,
    entries: sortedEntries,
    unknown: [...unknown].sort(byString),
    deprecated: [...deprecated].sort(byString),
    licenseVoided: [...licenseVoided].sort(byString),
    disabledByLicense,
    readIndexPatterns: disabledByLicense ? [] : readIndexPatternsOf(role),
  };
}

export { byString };
