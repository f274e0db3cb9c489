/**
 * Route benchmark: p50 and p95 of `GET /internal/case_access/report` page 1 at 10k users and 1k roles (20 spaces),
 * through the local host's HTTP server and the Elasticsearch security fixture with the official client.
 * Cold: `refresh=true` (users, roles and profiles read again, engine rebuilt); warm: served from the per-caller
 * cache after the fresh `read_security` check. Target: warm p50 below 300 ms.
 */
import { performance } from 'node:perf_hooks';
import { startRouteHarness } from '../server/routes/test_utils/route_harness';
import { generateDirectory } from './generate';

const USERS = 10_000;
const ROLES = 1_000;
const SPACES = 20;
const SEED = 20260101;
const COLD_RUNS = 7;
const WARM_RUNS = 40;
const WARM_TARGET_MS = 300;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const snapshot = generateDirectory({ users: USERS, roles: ROLES, spaces: SPACES, seed: SEED });
  const harness = await startRouteHarness(snapshot);
  const timeRequest = async (query: string) => {
    const start = performance.now();
    const response = await harness.get(`/internal/case_access/report${query}`, 'elastic');
    if (response.status !== 200) {
      throw new Error(`report answered ${response.status}: ${await response.text()}`);
    }
    await response.arrayBuffer();
    return performance.now() - start;
  };
  try {
    const cold: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) cold.push(await timeRequest('?refresh=true'));
    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) warm.push(await timeRequest('?page=1'));
    const row = (label: string, values: number[]) =>
      `${label.padEnd(6)} p50 ${percentile(values, 50).toFixed(0).padStart(6)} ms   p95 ${percentile(
        values,
        95
      )
        .toFixed(0)
        .padStart(6)} ms   (${values.length} requests)`;
    console.log(`/report page 1, ${USERS} users, ${ROLES} roles, ${SPACES} spaces`);
    console.log(row('cold', cold));
    console.log(row('warm', warm));
    const warmP50 = percentile(warm, 50);
    console.log(
      `warm p50 ${warmP50 < WARM_TARGET_MS ? 'meets' : 'MISSES'} the ${WARM_TARGET_MS} ms target`
    );
  } finally {
    await harness.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
