/**
 * Verification benchmark: `GET /internal/case_access/verify` for one space of the 10k-user directory (1k roles,
 * 20 spaces), through the local host's HTTP server, its `checkUserProfilesPrivileges` and the Elasticsearch security
 * fixture's `_security/profile/_has_privileges` (which judges each profile's stored roles against the registered
 * privileges, as Elasticsearch does). The directory is read once before timing (as after a look at the report), so
 * the figure is verification itself: the engine's rows, a few dozen batched privilege checks, and the comparison.
 * Target: below 3 s.
 */
import { performance } from 'node:perf_hooks';
import type { VerifyResponse } from '../common/verify';
import { startRouteHarness } from '../server/routes/test_utils/route_harness';
import { generateDirectory } from './generate';

const USERS = 10_000;
const ROLES = 1_000;
const SPACES = 20;
const SEED = 20260101;
const RUNS = 3;
const TARGET_MS = 3_000;

async function main() {
  const snapshot = generateDirectory({ users: USERS, roles: ROLES, spaces: SPACES, seed: SEED });
  const space = snapshot.kibana.spaces[0].id;
  const harness = await startRouteHarness(snapshot);
  try {
    const warmUp = await harness.get(`/internal/case_access/report?space=${space}`, 'elastic');
    if (warmUp.status !== 200) throw new Error(`report answered ${warmUp.status}`);
    await warmUp.arrayBuffer();
    const times: number[] = [];
    let last: VerifyResponse | undefined;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const response = await harness.get(`/internal/case_access/verify?space=${space}`, 'elastic');
      if (response.status !== 200) {
        throw new Error(`verify answered ${response.status}: ${await response.text()}`);
      }
      last = (await response.json()) as VerifyResponse;
      times.push(performance.now() - start);
    }
    const calls = harness.es.requests.filter((r) => r.endpoint === 'profileHasPrivileges').length;
    const best = Math.min(...times);
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    console.log(
      `/verify space ${space}, ${USERS} users, ${ROLES} roles, ${SPACES} spaces: ` +
        `${last?.checked} checked, ${last?.notVerifiable} not verifiable, ${last?.differences.length} differences, ` +
        `${Math.round(calls / RUNS)} privilege checks per run`
    );
    console.log(
      `verify median ${median.toFixed(0)} ms, best ${best.toFixed(0)} ms (${RUNS} runs); target ${TARGET_MS} ms: ` +
        `${median < TARGET_MS ? 'meets' : 'MISSES'} it`
    );
  } finally {
    await harness.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
