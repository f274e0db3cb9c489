/**
 * `report --es-url ... --verify`: the report's cells checked by Elasticsearch's `_security/profile/_has_privileges`
 * for every user with a profile, as the plugin's `/verify` route does inside Kibana. Without Kibana at hand, the
 * actions are named as Kibana names them (`login:`, `cases:<owner>/<operation>`, `saved_object:<type>/<operation>`:
 * the same format in every 8.x and 9.x release) for the application of Kibana's default index.
 */
import { Client } from '@elastic/elasticsearch';
import { KIBANA_APPLICATION } from '../../common/constants';
import type { AccessEngine } from '../../common/engine';
import type { DirectorySnapshot } from '../../common/snapshot';
import { elasticsearchProfileChecker, verifySpace, type VerifyResponse } from '../../common/verify';
import type { LiveClusterOptions } from '../../server/directory/live_cluster';
import { DirectoryError } from '../../server/lib/errors';

/** Kibana's action strings, as its security plugin builds them (x-pack/platform/packages/private/security/authorization_core/src/actions). */
export const KIBANA_ACTIONS = {
  login: 'login:',
  cases: { get: (owner: string, operation: string) => `cases:${owner}/${operation}` },
  savedObject: { get: (type: string, operation: string) => `saved_object:${type}/${operation}` },
};

const REQUEST_TIMEOUT_MS = 30_000;

export async function verifyLive(
  live: LiveClusterOptions,
  snapshot: DirectorySnapshot,
  engine: AccessEngine,
  spaceIds: readonly string[]
): Promise<VerifyResponse[]> {
  const client = new Client({
    node: live.esUrl,
    auth: live.apiKey
      ? { apiKey: live.apiKey }
      : { username: live.username ?? '', password: live.password ?? '' },
    maxRetries: 0,
    requestTimeout: REQUEST_TIMEOUT_MS,
  });
  try {
    const results: VerifyResponse[] = [];
    for (const space of spaceIds) {
      results.push(
        await verifySpace({
          snapshot,
          engine,
          space,
          actions: KIBANA_ACTIONS,
          check: elasticsearchProfileChecker(client, {
            application: KIBANA_APPLICATION,
            space,
            loginAction: KIBANA_ACTIONS.login,
          }),
          // Without Kibana's feature list the version's operations are unknown: template privileges are recent.
          skip: live.kibanaUrl ? [] : ['manageTemplates'],
        }).catch((error: unknown) => {
          const status = (error as { meta?: { statusCode?: number } })?.meta?.statusCode;
          const reason = error instanceof Error ? error.message : String(error);
          throw new DirectoryError(
            status === 403 ? 'forbidden' : 'upstream',
            status === 403 ? 403 : 502,
            status === 403
              ? `Elasticsearch refused _security/profile/_has_privileges: the credentials need the manage_user_profile cluster privilege (${reason})`
              : `Elasticsearch could not check the profiles' privileges: ${reason}`
          );
        })
      );
    }
    return results;
  } finally {
    await client.close();
  }
}

/** The verification as text: per space, the counts, then each difference with its reason. */
export function formatVerification(results: readonly VerifyResponse[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(
      `Space ${result.space}: ${result.checked} checked, ${result.confirmed} confirmed, ` +
        `${new Set(result.differences.map((d) => d.username)).size} differ, ${result.notVerifiable} not verifiable`
    );
    for (const d of result.differences) {
      lines.push(
        `  ${d.username}  ${d.solution ?? 'connectors'} ${d.capability}: report ${d.model ? 'yes' : 'no'}, ` +
          `Elasticsearch ${d.elasticsearch ? 'yes' : 'no'} (${d.reason}; ${d.actions.join(', ')})`
      );
    }
    for (const e of result.errors) lines.push(`  ${e.username}  not verifiable: ${e.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
