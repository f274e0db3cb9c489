import fs from 'fs';
import path from 'path';
import { RESERVED_USERS } from '../es_security_fixture/state';
import { parseSnapshot } from '../../common/snapshot';
import type { VerifyResponse } from '../../common/verify';
import { startRouteHarness, type RouteHarness } from '../../server/routes/test_utils/route_harness';

const demo = parseSnapshot(fs.readFileSync(path.join(__dirname, 'demo_directory.json'), 'utf8'));

let harness: RouteHarness;
beforeAll(async () => {
  harness = await startRouteHarness(demo);
});
afterAll(async () => harness?.stop());

async function verify(space: string): Promise<VerifyResponse> {
  const response = await harness.get(`/internal/case_access/verify?space=${space}`, 'alice');
  expect(response.status).toBe(200);
  return (await response.json()) as VerifyResponse;
}

describe('verification of the demo directory against the local host', () => {
  it.each(demo.kibana.spaces.map((space) => space.id))(
    'in space %s, finds only the users whose roles changed since the last login, and explains them',
    async (space) => {
      const result = await verify(space);
      // nora never logged in, and the reserved users Elasticsearch always lists have no profile here
      expect(result.notVerifiable).toBe(1 + Object.keys(RESERVED_USERS).length);
      const unexplained = result.differences.filter((d) => d.reason === 'model-mismatch');
      // The model and Elasticsearch agree on every other cell: a model-mismatch here is a defect of the engine.
      expect(unexplained).toEqual([]);
      const explained = result.differences.filter((d) => d.reason === 'roles-changed-since-login');
      // Ravi worked in Observability (with Connectors All, everywhere) at his last login; he now only views cases
      // in the default space. Dora viewed cases (cases_viewer, default space only) at her last login and now holds
      // only monitoring_only, so Elasticsearch still finds her able to read cases there.
      const changed = [...new Set(explained.map((d) => d.username))];
      expect(changed).toEqual(space === 'default' ? ['dora', 'ravi'] : ['ravi']);
    }
  );

  it('shows in the default space that Elasticsearch still grants Ravi his former Observability access', async () => {
    const result = await verify('default');
    expect(result.differences).toContainEqual(
      expect.objectContaining({
        username: 'ravi',
        solution: 'observability',
        capability: 'push',
        model: false,
        elasticsearch: true,
        reason: 'roles-changed-since-login',
      })
    );
  });
});
