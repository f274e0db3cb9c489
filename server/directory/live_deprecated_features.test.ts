/**
 * Kibana's GET /api/features omits deprecated features (x-pack/platform/plugins/shared/features/server/routes/
 * index.ts asks the registry with `omitDeprecated: true`), though Kibana still honours their privileges. The live
 * reader keeps the built-in deprecated definitions, so a role written with V1 Cases privileges keeps its access.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccessEngine } from '../../common/engine';
import { getBuiltinFeatures } from '../../common/features';
import { startEsSecurityFixture, type EsSecurityFixture } from '../../dev/es_security_fixture';
import { routeTestSnapshot } from '../routes/test_utils/route_harness';
import { readLiveDirectory } from './live_cluster';

let es: EsSecurityFixture;
let kibana: http.Server;
let kibanaUrl: string;

beforeEach(async () => {
  const snapshot = routeTestSnapshot();
  snapshot.roles.legacy = {
    cluster: [],
    indices: [],
    applications: [
      { application: 'kibana-.kibana', privileges: ['feature_generalCases.all'], resources: ['*'] },
    ],
    run_as: [],
    metadata: {},
  };
  snapshot.users.legacy = {
    username: 'legacy',
    roles: ['legacy'],
    metadata: {},
    enabled: true,
  };
  es = await startEsSecurityFixture({ snapshot });
  // A Kibana that answers as the real features API does: no deprecated feature.
  const current = getBuiltinFeatures({ buildFlavor: 'traditional' }).filter((f) => !f.deprecated);
  kibana = http.createServer((request, response) => {
    const body = request.url?.startsWith('/api/features')
      ? current
      : request.url === '/api/spaces/space'
        ? [{ id: 'default', name: 'Default', disabledFeatures: [] }]
        : { version: { number: '9.4.0', build_flavor: 'traditional' } };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => kibana.listen(0, '127.0.0.1', resolve));
  kibanaUrl = `http://127.0.0.1:${(kibana.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await es.stop();
  await new Promise((resolve) => kibana.close(resolve));
});

it('keeps deprecated Cases features read live, so V1 roles still grant access', async () => {
  const snapshot = await readLiveDirectory({
    esUrl: es.url,
    username: 'elastic',
    password: 'changeme',
    kibanaUrl,
  });
  const ids = snapshot.kibana.features?.map((feature) => feature.id) ?? [];
  expect(ids).toEqual(
    expect.arrayContaining(['generalCases', 'generalCasesV2', 'siem', 'securitySolutionRulesV1'])
  );
  const engine = createAccessEngine(snapshot);
  const legacy = engine.evaluateUser('legacy');
  expect(legacy?.spaces[0].solutions.management.level).not.toBe('none');
  expect(legacy?.warnings.map((w) => w.id)).not.toContain('unknown-privileges');
});
