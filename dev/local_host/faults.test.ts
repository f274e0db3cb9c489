/**
 * The local host under bad requests and a cluster that goes away: a malformed session cookie is a 401, an unknown
 * `/s/<space>` a 404, and Elasticsearch down a 503 in words, logged once per outage.
 */
import type { Logger } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { startEsSecurityFixture, type EsSecurityFixture } from '../es_security_fixture';
import { createKibanaServices, type KibanaServices } from './core/kibana_services';
import { SessionStore } from './security/authentication';

const FEATURE: KibanaFeatureConfig = {
  id: 'testAudit',
  name: 'Test audit',
  category: { id: 'management', label: 'Management' },
  app: [],
  privileges: {
    all: { api: ['testAudit'], savedObject: { all: [], read: [] }, ui: ['audit'] },
    read: { api: ['testAudit'], savedObject: { all: [], read: [] }, ui: ['audit'] },
  },
};

const snapshot = {
  users: { auditor: { username: 'auditor', roles: ['auditor'], enabled: true, metadata: {} } },
  roles: {
    auditor: {
      applications: [
        { application: 'kibana-.kibana', privileges: ['feature_testAudit.all'], resources: ['*'] },
      ],
    },
  },
  license: { type: 'platinum', status: 'active' },
};

const errors: string[] = [];
const logger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message) => errors.push(String(message)),
  error: (message) => errors.push(String(message)),
  fatal: (message) => errors.push(String(message)),
  get: () => logger,
};

let es: EsSecurityFixture;
let host: KibanaServices;
let url: string;
const auth = {
  authorization: `Basic ${Buffer.from('auditor:changeme').toString('base64')}`,
  'elastic-api-version': '1',
};

beforeAll(async () => {
  es = await startEsSecurityFixture({ snapshot });
  host = await createKibanaServices({
    esUrl: es.url,
    features: [FEATURE],
    spaces: [
      { id: 'default', name: 'Default', disabledFeatures: [] },
      { id: 'soc', name: 'SOC', disabledFeatures: [] },
    ],
    sessions: new SessionStore(),
    mode: 'production',
    logger,
  });
  host.http
    .createRouter()
    .versioned.get({
      path: '/internal/test/ping',
      access: 'internal',
      security: { authz: { requiredPrivileges: ['testAudit'] } },
    })
    .addVersion({ version: '1', validate: false }, async (_, __, response) =>
      response.ok({ body: { ok: true } })
    );
  await host.registerPrivileges();
  url = await host.http.start();
});
afterAll(async () => {
  await host.stop();
  await es.stop();
});

it('answers 401 to a malformed session cookie', async () => {
  const response = await fetch(`${url}/internal/test/ping`, {
    headers: { cookie: 'sid=%E0%A4%A', 'elastic-api-version': '1' },
  });
  expect(response.status).toBe(401);
});

it('answers 404 for an unknown /s/<space>, and serves a known one', async () => {
  expect((await fetch(`${url}/s/nope/internal/test/ping`, { headers: auth })).status).toBe(404);
  expect((await fetch(`${url}/s/soc/internal/test/ping`, { headers: auth })).status).toBe(200);
});

it('answers 503 in words while Elasticsearch is down, logging it once', async () => {
  await es.stop();
  const before = errors.length;
  const answers = await Promise.all(
    [1, 2, 3].map(() => fetch(`${url}/internal/test/ping`, { headers: auth }))
  );
  expect(answers.map((answer) => answer.status)).toEqual([503, 503, 503]);
  const body = (await answers[0].json()) as { message: string };
  expect(body.message).toBe('Elasticsearch is unreachable. Try again later.');
  expect(errors.length - before).toBe(1);
});
