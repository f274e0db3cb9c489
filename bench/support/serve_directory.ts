/**
 * For the load benchmark: the plugin's routes on the local host's HTTP server with the Elasticsearch security
 * fixture, in a process of its own (so its memory is measured alone), over a generated directory. Listens on
 * 127.0.0.1 only, prints `READY <url>` and serves until stdin closes. Adds `/internal/security/me` as Kibana's
 * security plugin has it: an authenticated route that does nothing else, the baseline for throughput.
 */
import { startRouteHarness } from '../../server/routes/test_utils/route_harness';
import { REFRESH_INTERVAL_MS } from '../../server/lib/directory_cache';
import { generateDirectory } from '../generate';

async function main() {
  const [users, roles, spaces] = process.argv.slice(2).map(Number);
  const snapshot = generateDirectory({ users, roles, spaces, seed: 20260101 });
  const harness = await startRouteHarness(snapshot, {
    refreshIntervalMs: REFRESH_INTERVAL_MS,
    host: '127.0.0.1',
  });
  harness.kibana.router.versioned
    .get({
      path: '/internal/security/me',
      access: 'internal',
      security: { authz: { enabled: false, reason: 'Returns only the caller’s own identity.' } },
    })
    .addVersion({ version: '1', validate: false }, async (_context, request, response) =>
      response.ok({ body: harness.kibana.security.authc.getCurrentUser(request) ?? undefined })
    );
  process.stdout.write(`READY ${harness.kibana.url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void harness.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
