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
/** The Kibana version the fake Kibana reports, and whose current features it answers with. */
let kibanaVersion = '9.4.0';

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
  const current = getBuiltinFeatures({ buildFlavor: 'traditional', kibanaVersion }).filter(
    (f) => !f.deprecated
  );
  kibana = http.createServer((request, response) => {
    const body = request.url?.startsWith('/api/features')
      ? current
      : request.url === '/api/spaces/space'
        ? [{ id: 'default', name: 'Default', disabledFeatures: [] }]
        : { version: { number: kibanaVersion, build_flavor: 'traditional' } };
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

describe('on a Kibana 9.1, whose current Security base feature is siemV3', () => {
  // x-pack/solutions/security/packages/features/src/security/v1_features/kibana_features.ts in 9.1 replaces
  // `siem` by `siemV3` (with Timeline and Notes): the newest chains (`siemV5`, rules, alerts) name features a 9.1
  // Kibana does not have, so the deprecated definitions must follow the live version.
  beforeAll(() => {
    kibanaVersion = '9.1.0';
  });
  afterAll(() => {
    kibanaVersion = '9.4.0';
  });

  it('keeps siem and siemV2, replaced by siemV3, and no feature 9.1 lacks', async () => {
    const snapshot = await readLiveDirectory({
      esUrl: es.url,
      username: 'elastic',
      password: 'changeme',
      kibanaUrl,
    });
    const ids = snapshot.kibana.features?.map((feature) => feature.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['siem', 'siemV2', 'siemV3']));
    expect(ids).not.toContain('siemV4');
    expect(ids).not.toContain('securitySolutionRulesV1');
    expect(ids).not.toContain('securitySolutionAlertsV1');
  });
});
