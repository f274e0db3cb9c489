/**
 * The routes with names that are not ordinary path segments or object keys, a caller whose rights change under the
 * cache, and a storm of refreshes.
 */
import type { ReportResponse } from '../../common/report/api';
import type { UserDetail } from '../../common/report/types';
import { REFRESH_INTERVAL_MS } from '../lib/directory_cache';
import {
  routeTestSnapshot,
  startRouteHarness,
  type RouteHarness,
} from './test_utils/route_harness';

const NAMES = ['.', '..', '__proto__', 'constructor'];

let harness: RouteHarness;
beforeAll(async () => {
  const snapshot = routeTestSnapshot();
  const users = { ...snapshot.users };
  for (const name of NAMES) {
    Object.defineProperty(users, name, {
      value: { username: name, roles: ['cases_full'], metadata: {}, enabled: true },
      enumerable: true,
    });
  }
  harness = await startRouteHarness(
    { ...snapshot, users },
    { refreshIntervalMs: REFRESH_INTERVAL_MS }
  );
});
afterAll(() => harness.stop());

const admin = () => ({ authorization: harness.kibana.headersFor('elastic').authorization });

async function putAuditorRole(resources: string[]) {
  await fetch(`${harness.es.url}/_security/role/case_auditor`, {
    method: 'PUT',
    headers: { ...admin(), 'content-type': 'application/json' },
    body: JSON.stringify({
      cluster: ['read_security'],
      applications: [
        { application: 'kibana-.kibana', privileges: ['feature_caseAccess.all'], resources },
      ],
    }),
  });
}

describe('names', () => {
  it('lists users named ., .., __proto__ and constructor in the report', async () => {
    const response = await harness.get(
      '/internal/case_access/report?space=default&perPage=500',
      'auditor'
    );
    const body = (await response.json()) as ReportResponse;
    const names = body.users.map((user) => user.username);
    for (const name of NAMES) expect(names).toContain(name);
  });

  it.each(['.', '..'])('opens the user %j named in the query', async (name) => {
    const query = new URLSearchParams({ space: 'default', username: name });
    const response = await harness.get(`/internal/case_access/users?${query}`, 'auditor');
    expect(response.status).toBe(200);
    expect(((await response.json()) as UserDetail).user.username).toBe(name);
  });

  it.each(['__proto__', 'constructor'])('opens the user %j named in the path', async (name) => {
    const response = await harness.get(
      `/internal/case_access/users/${encodeURIComponent(name)}?space=default`,
      'auditor'
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as UserDetail).user.username).toBe(name);
  });

  it('refuses a user named both in the path and in the query', async () => {
    const response = await harness.get(
      '/internal/case_access/users/full?space=default&username=custom',
      'auditor'
    );
    expect(response.status).toBe(400);
  });
});

describe('the cache and the caller’s rights', () => {
  it('stops serving a space from the cache once the caller may no longer see it', async () => {
    const ops = '/internal/case_access/report?space=ops';
    expect((await harness.get(ops, 'auditor')).status).toBe(200);
    await putAuditorRole(['space:default']);
    try {
      expect((await harness.get(ops, 'auditor')).status).toBe(404);
      expect(
        (await harness.get('/internal/case_access/report?space=default', 'auditor')).status
      ).toBe(200);
    } finally {
      await putAuditorRole(['*']);
    }
  });

  it('checks read_security before a refresh is answered from the last read', async () => {
    expect((await harness.get('/internal/case_access/report', 'auditor')).status).toBe(200);
    await fetch(`${harness.es.url}/_security/role/case_auditor`, {
      method: 'PUT',
      headers: { ...admin(), 'content-type': 'application/json' },
      body: JSON.stringify({
        cluster: [],
        applications: [
          {
            application: 'kibana-.kibana',
            privileges: ['feature_caseAccess.all'],
            resources: ['*'],
          },
        ],
      }),
    });
    try {
      const refreshed = await harness.get('/internal/case_access/report?refresh=true', 'auditor');
      expect(refreshed.status).toBe(403);
    } finally {
      await putAuditorRole(['*']);
    }
  });

  it('reads the directory once for a storm of concurrent refreshes', async () => {
    harness.cache.clear();
    // The storm lasts longer than one read: later refreshes get the read that just ended (the throttle).
    const reads = () => harness.es.requests.filter((r) => r.endpoint === 'getUser').length;
    const before = reads();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        harness.get('/internal/case_access/report?refresh=true', 'auditor')
      )
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(40).fill(200));
    expect(reads() - before).toBe(1);
  });
});
