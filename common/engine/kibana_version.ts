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
 * The first release whose Cases system action also requires `assignCase`: `constructRequiredKibanaPrivileges` in
 * x-pack/platform/plugins/shared/cases/server/connectors/cases/utils.ts. It came with the case assignees
 * sub-feature (elastic/kibana#201654, 8.18 and 9.0), not later: the connector's index.test.ts expects
 * `cases:<owner>/assignCase` from `getKibanaPrivileges` already in its form from before elastic/kibana#222827 (9.1,
 * which gave `getCasesConnectorAdapter` the `logger` it uses for Attack Discovery), and the only stored utils.ts
 * without it predates the assignees sub-feature. elastic/kibana#284854 (9.5.3) made the action apply a v2
 * template's assignees; it did not change what the action requires. So every supported 9.x release requires it.
 */
export const CASE_ACTION_ASSIGN_SINCE = '8.18.0';

export function caseActionRequiresAssign(version: string, buildFlavor: BuildFlavor): boolean {
  return kibanaVersionAtLeast(version, CASE_ACTION_ASSIGN_SINCE, buildFlavor);
}
