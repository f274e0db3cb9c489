import type { RouteValidationResultFactory } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';

import { startEsSecurityFixture } from '../es_security_fixture';
import type { EsSecurityFixture } from '../es_security_fixture';
import { createTestKibanaServer } from './test_kibana_server';
import type { TestKibanaServer } from './test_kibana_server';

const AUDIT_FEATURE: KibanaFeatureConfig = {
  id: 'testAudit',
  name: 'Test audit',
  category: { id: 'management', label: 'Management' },
  app: [],
  privileges: {
    all: { api: ['testAudit'], savedObject: { all: [], read: [] }, ui: ['audit'] },
    read: { api: ['testReadOwn'], savedObject: { all: [], read: [] }, ui: ['readOwn'] },
  },
};

function role(privileges: string[], resources: string[]) {
  return { applications: [{ application: 'kibana-.kibana', privileges, resources }] };
}
function user(username: string, roles: string[]) {
  return { username, roles, enabled: true, metadata: {}, full_name: username, email: null };
}

const snapshot = {
  users: {
    auditor: user('auditor', ['auditor']),
    reader: user('reader', ['reader']),
    soc_auditor: user('soc_auditor', ['soc_auditor']),
  },
  roles: {
    auditor: role(['feature_testAudit.all'], ['*']),
    reader: role(['feature_testAudit.read'], ['*']),
    soc_auditor: role(['feature_testAudit.all'], ['space:soc']),
  },
  license: { type: 'platinum', status: 'active' },
};

describe('createTestKibanaServer', () => {
  let es: EsSecurityFixture;
  let kibana: TestKibanaServer;

  beforeAll(async () => {
    es = await startEsSecurityFixture({ snapshot });
    kibana = await createTestKibanaServer({
      esUrl: es.url,
      features: [AUDIT_FEATURE],
      spaces: [
        { id: 'default', name: 'Default', disabledFeatures: [] },
        { id: 'soc', name: 'SOC', disabledFeatures: [] },
      ],
    });
    kibana.router.versioned
      .get({
        path: '/internal/test/{name}',
        access: 'internal',
        security: { authz: { requiredPrivileges: ['testAudit'] } },
      })
      .addVersion(
        {
          version: '1',
          validate: {
            request: {
              params: (data, { ok }) => ok(data as { name: string }),
              query: (data: { limit?: string }, { ok, badRequest }) => {
                const limit = data.limit === undefined ? 10 : Number(data.limit);
                return Number.isInteger(limit) && limit > 0 && limit <= 100
                  ? ok({ limit })
                  : badRequest('limit must be a whole number from 1 to 100', ['limit']);
              },
            },
          },
        },
        async (context, request, response) => {
          const core = await context.core;
          const me = await core.elasticsearch.client.asCurrentUser.security.authenticate();
          return response.ok({
            body: {
              name: request.params.name,
              limit: request.query.limit,
              caller: core.security.authc.getCurrentUser()?.username,
              esUser: me.username,
              space: kibana.spaces.spacesService.getSpaceId(request),
            },
          });
        }
      )
      .addVersion({ version: '2', validate: false }, async (_context, _request, response) =>
        response.ok({ body: 'v2 text' })
      );
    kibana.router.versioned
      .post({
        path: '/internal/test/fail',
        access: 'internal',
        security: { authz: { requiredPrivileges: ['testReadOwn'] } },
      })
      .addVersion({ version: '1', validate: false }, async () => {
        throw new Error('boom');
      });
    kibana.router.versioned
      .get({
        path: '/internal/test/shape',
        access: 'internal',
        security: { authz: { requiredPrivileges: ['testReadOwn'] } },
      })
      .addVersion(
        {
          version: '1',
          validate: {
            response: {
              200: {
                body:
                  () =>
                  (data: { count?: unknown }, { ok, badRequest }: RouteValidationResultFactory) =>
                    typeof data.count === 'number'
                      ? ok(data)
                      : badRequest('count must be a number'),
              },
            },
          },
        },
        async (_context, _request, response) => response.ok({ body: { count: 'three' } })
      );
    await kibana.start();
  });

  afterAll(async () => {
    await kibana.stop();
    await es.stop();
  });

  const get = (path: string, headers: Record<string, string>) =>
    fetch(`${kibana.url}${path}`, { headers });

  it('answers an authorised caller with the validated request and a context scoped to the caller', async () => {
    const res = await get('/internal/test/x?limit=5', kibana.headersFor('auditor'));
    expect(res.status).toBe(200);
    expect(res.headers.get('elastic-api-version')).toBe('1');
    expect(await res.json()).toEqual({
      name: 'x',
      limit: 5,
      caller: 'auditor',
      esUser: 'auditor',
      space: 'default',
    });
  });

  it('gives 401 in Kibana error shape to unauthenticated and wrongly authenticated calls', async () => {
    const anonymous = await get('/internal/test/x', { 'elastic-api-version': '1' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Unauthorized',
    });
    const wrong = await get('/internal/test/x', kibana.headersFor('auditor', 'wrong'));
    expect(wrong.status).toBe(401);
  });

  it('gives 403 naming the missing privilege to a caller without the route privilege', async () => {
    const res = await get('/internal/test/x', kibana.headersFor('reader'));
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error).toBe('Forbidden');
    expect(body.message).toBe(
      'API [GET /internal/test/x] is unauthorized for user, this action is granted by the Kibana privileges [testAudit]'
    );
  });

  it('checks privileges at the space of the URL', async () => {
    const soc = await get('/s/soc/internal/test/x', kibana.headersFor('soc_auditor'));
    expect(soc.status).toBe(200);
    expect((await soc.json()).space).toBe('soc');
    const defaultSpace = await get('/internal/test/x', kibana.headersFor('soc_auditor'));
    expect(defaultSpace.status).toBe(403);
  });

  it('negotiates the version by the elastic-api-version header', async () => {
    const { 'elastic-api-version': _omit, ...noVersion } = kibana.headersFor('auditor');
    const missing = await get('/internal/test/x', noVersion);
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toBe(
      'Please specify a version via elastic-api-version header. Available versions: [1, 2]'
    );
    const unknown = await get('/internal/test/x', { ...noVersion, 'elastic-api-version': '3' });
    expect((await unknown.json()).message).toMatch(
      /^No version "3" available for \[get\] \[\/internal\/test\/\{name\}\]/
    );
    const v2 = await get('/internal/test/x', { ...noVersion, 'elastic-api-version': '2' });
    expect(v2.status).toBe(200);
    expect(await v2.text()).toBe('v2 text');
  });

  it('rejects invalid input with 400 naming the field', async () => {
    const res = await get('/internal/test/x?limit=1000', kibana.headersFor('auditor'));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: '[request query.limit]: limit must be a whole number from 1 to 100',
    });
  });

  it('requires kbn-xsrf on writes and hides handler errors behind a 500', async () => {
    const { 'kbn-xsrf': _omit, ...noXsrf } = kibana.headersFor('reader');
    const withoutXsrf = await fetch(`${kibana.url}/internal/test/fail`, {
      method: 'POST',
      headers: noXsrf,
    });
    expect(withoutXsrf.status).toBe(400);
    expect((await withoutXsrf.json()).message).toBe('Request must contain a kbn-xsrf header.');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = await fetch(`${kibana.url}/internal/test/fail`, {
      method: 'POST',
      headers: kibana.headersFor('reader'),
    });
    spy.mockRestore();
    expect(failing.status).toBe(500);
    expect((await failing.json()).message).toBe('An internal server error occurred.');
  });

  it('validates response bodies in development mode', async () => {
    const res = await get('/internal/test/shape', kibana.headersFor('reader'));
    expect(res.status).toBe(500);
    expect((await res.json()).message).toBe(
      'Failed output validation: [response body]: count must be a number'
    );
  });

  it('refuses routes without security.authz and duplicate routes', () => {
    expect(() =>
      kibana.router.versioned.get({
        path: '/internal/test/open',
        access: 'internal',
        security: undefined,
      })
    ).toThrow(/must declare security.authz/);
    expect(() =>
      kibana.router.versioned.get({
        path: '/internal/test/{name}',
        access: 'internal',
        security: { authz: { requiredPrivileges: ['x'] } },
      })
    ).toThrow('Method "get" for path "/internal/test/{name}" is already registered.');
  });
});
