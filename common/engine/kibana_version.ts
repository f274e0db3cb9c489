/** Kibana versions: what changes between the releases the engine supports. */
import type { BuildFlavor } from '../snapshot/types';

/** `[major, minor, patch]` of a version such as `9.5.3` or `9.6.0-SNAPSHOT`; `undefined` when not one. */
export function parseKibanaVersion(version: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/**
 * Whether `version` is `minimum` or later. Serverless runs the newest Kibana, and a version that cannot be read is
 * taken as the newest too (the rules of the current release apply).
 */
export function kibanaVersionAtLeast(
  version: string,
  minimum: string,
  buildFlavor: BuildFlavor = 'traditional'
): boolean {
  if (buildFlavor === 'serverless') return true;
  const have = parseKibanaVersion(version);
  const need = parseKibanaVersion(minimum);
  if (!have || !need) return true;
  for (let i = 0; i < 3; i++) {
    if (have[i] !== need[i]) return have[i] > need[i];
  }
  return true;
}

/**
 * The first release whose Cases system action also requires `assignCase` (it applies a template's assignees to
 * the cases it opens): `constructRequiredKibanaPrivileges` in
 * x-pack/platform/plugins/shared/cases/server/connectors/cases/utils.ts, changed by elastic/kibana#284854 (9.5.3).
 */
export const CASE_ACTION_ASSIGN_SINCE = '9.5.3';

export function caseActionRequiresAssign(version: string, buildFlavor: BuildFlavor): boolean {
  return kibanaVersionAtLeast(version, CASE_ACTION_ASSIGN_SINCE, buildFlavor);
}
