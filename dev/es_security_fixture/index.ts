/**
 * A development fixture of the Elasticsearch security API, for tests, the local host and benchmarks. It is NOT
 * Elasticsearch and is never imported by server/, public/ or common/. It answers the security, privileges, profile
 * and licence endpoints the plugin and its CLI use, with Elasticsearch's response shapes, errors and authorisation.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FixtureState } from './state';
import { handle } from './routes';
import type {
  EsSecurityFixture,
  EsSecurityFixtureOptions,
  FixtureFailure,
  FixtureRequestRecord,
} from './types';

export {
  FIXTURE_PASSWORD,
  SUPERUSER,
  KIBANA_SYSTEM_USER,
  type EsSecurityFixtureSnapshot,
} from './state';
export type {
  EsSecurityFixture,
  EsSecurityFixtureOptions,
  FixtureEndpoint,
  FixtureFailure,
  FixtureRequestRecord,
} from './types';

export async function startEsSecurityFixture({
  snapshot,
  port = 0,
  serverless = false,
}: EsSecurityFixtureOptions): Promise<EsSecurityFixture> {
  const state = new FixtureState(snapshot);
  const failures = new Map<string, FixtureFailure>();
  const requests: FixtureRequestRecord[] = [];
  let latency = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = () =>
        handle({ state, failures, serverless }, req, Buffer.concat(chunks).toString('utf8')).then(
          ({ status, body, headers, endpoint, username }) => {
            requests.push({
              method: req.method ?? 'GET',
              path: req.url ?? '/',
              endpoint,
              username,
              status,
            });
            const payload = JSON.stringify(body);
            res.writeHead(status, {
              'content-type': 'application/json',
              'x-elastic-product': 'Elasticsearch',
              'content-length': Buffer.byteLength(payload),
              ...headers,
            });
            res.end(req.method === 'HEAD' ? undefined : payload);
          }
        );
      if (latency > 0) setTimeout(() => void answer(), latency);
      else void answer();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${boundPort}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    fail: (endpoint, failure) => failures.set(endpoint, { ...failure }),
    clearFailures: () => failures.clear(),
    setLatency: (ms) => {
      latency = ms;
    },
    createApiKey: (username) => {
      const id = `fixture-key-${state.apiKeys.size + 1}`;
      const key = Buffer.from(`${username}:${id}`).toString('base64url');
      state.apiKeys.set(`${id}:${key}`, username);
      return Buffer.from(`${id}:${key}`).toString('base64');
    },
    getPrivileges: () => structuredClone(state.privileges),
  };
}
