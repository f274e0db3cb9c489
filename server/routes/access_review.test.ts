/** `/snapshot` and `/simulate` through the real routes, the local host's HTTP server and the ES fixture. */
import type { SimulationResult } from '../../common/diff';
import { parseSnapshot, type DirectorySnapshot } from '../../common/snapshot';
import {
  routeTestSnapshot,
  startRouteHarness,
  type RouteHarness,
} from './test_utils/route_harness';

const SECRET = 'sk-live-do-not-leak';

/** The route test directory, with a secret in user metadata and profile data (which Elasticsearch does return). */
function snapshotWithSecrets(): DirectorySnapshot {
  const snapshot = routeTestSnapshot();
  snapshot.users.custom = {
    ...snapshot.users.custom,
    metadata: { api_key: SECRET, _reserved: false },
  };
  snapshot.profiles = snapshot.profiles.map((profile) => ({
    ...profile,
    data: { kibana: { token: SECRET } },
    labels: { note: SECRET },
  }));
  return snapshot;
}

let harness: RouteHarness;
beforeAll(async () => {
  harness = await startRouteHarness(snapshotWithSecrets());
});
afterAll(async () => {
  await harness.stop();
});
afterEach(() => {
  harness.es.clearFailures();
  harness.cache.clear();
});

function post(body: unknown, username = 'auditor', raw?: string) {
  return fetch(`${harness.kibana.url}/internal/case_access/simulate`, {
    method: 'POST',
    headers: {
      ...harness.kibana.headersFor(username),
      'kbn-xsrf': 'true',
      'content-type': 'application/json',
    },
    body: raw ?? JSON.stringify(body),
  });
}

describe('GET /internal/case_access/snapshot', () => {
  it('gives an auditor the directory as a snapshot that the parser reads back, stamped with takenAt', async () => {
    const before = Date.now();
    const response = await harness.get('/internal/case_access/snapshot', 'auditor');
    expect(response.status).toBe(200);
    const text = await response.text();
    const snapshot = parseSnapshot(text);
    expect(Date.parse(snapshot.takenAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(Object.keys(snapshot.users)).toEqual(
      expect.arrayContaining(['custom', 'full', 'revoked'])
    );
    expect(snapshot.roles.mgmt_custom.applications[0].privileges).toContain(
      'feature_generalCasesV3.cases_delete'
    );
    expect(snapshot.kibana.spaces.map((space) => space.id)).toEqual(['default', 'ops']);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('carries no secret: no password, no API key, no profile data', async () => {
    const text = await (await harness.get('/internal/case_access/snapshot', 'elastic')).text();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('changeme');
    expect(text).not.toMatch(/"password|"password_hash|"api_key|"credentials|"token/);
    const snapshot = parseSnapshot(text);
    expect(snapshot.users.custom.metadata).toEqual({ _reserved: false });
    expect(snapshot.profiles.every((profile) => Object.keys(profile.data).length === 0)).toBe(true);
  });

  it.each([
    ['audit_without_es', 'read_security'],
    ['self_viewer', 'caseAccessAudit'],
  ])('refuses %s', async (username, reason) => {
    const response = await harness.get('/internal/case_access/snapshot', username);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain(reason);
  });

  it('refuses a query parameter it does not take', async () => {
    const response = await harness.get('/internal/case_access/snapshot?space=ops', 'auditor');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('[space]: this route takes no parameters');
  });
});

describe('POST /internal/case_access/simulate', () => {
  it('shows what giving a user a role would change, with the row before and after', async () => {
    const response = await post({
      space: 'default',
      username: 'revoked',
      addRoles: ['cases_full'],
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as SimulationResult;
    expect(result.evaluatedUsers).toBe(1);
    expect(result.user?.before.spaces[0].solutions.management.level).toBe('none');
    expect(result.user?.after.spaces[0].solutions.management.level).toBe('full');
    expect(result.changes).toContainEqual(
      expect.objectContaining({
        username: 'revoked',
        space: 'default',
        solution: 'management',
        subject: 'delete',
        direction: 'gained',
        causes: [{ kind: 'roleAdded', role: 'cases_full' }],
      })
    );
    // Nothing saved: the report still shows no access.
    const report = await harness.get(
      '/internal/case_access/users/revoked?space=default',
      'auditor'
    );
    expect((await report.json()).user.spaces[0].solutions.management.level).toBe('none');
  });

  it("lists everyone a role's new privileges would affect", async () => {
    const response = await post({
      space: 'default',
      role: 'mgmt_custom',
      applications: [
        {
          application: 'kibana-.kibana',
          privileges: ['feature_generalCasesV3.read'],
          resources: ['*'],
        },
      ],
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as SimulationResult;
    expect(new Set(result.changes.map((change) => change.username))).toEqual(new Set(['custom']));
    expect(result.changes).toContainEqual(
      expect.objectContaining({ subject: 'delete', direction: 'lost' })
    );
  });

  it.each([
    [{ space: 'default', username: 'ghost', addRoles: ['cases_full'] }, 'there is no user "ghost"'],
    [{ space: 'default', username: 'revoked', addRoles: ['nope'] }, 'there is no role "nope"'],
    [{ space: 'default', username: 'revoked' }, 'give addRoles or removeRoles'],
    [{ space: 'default', role: 'mgmt_custom' }, '[applications]'],
    [[1, 2], 'expected a JSON object'],
  ])('answers 400 naming the problem for %j', async (body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(message);
  });

  it('answers 404 for a space the caller cannot see', async () => {
    const response = await post({ space: 'mars', username: 'revoked', addRoles: ['cases_full'] });
    expect(response.status).toBe(404);
  });

  it('refuses a body larger than the limit before reading it', async () => {
    const huge = JSON.stringify({
      space: 'default',
      username: 'x',
      addRoles: ['r'.repeat(70 * 1024)],
    });
    const response = await post(undefined, 'auditor', huge);
    expect(response.status).toBe(413);
  });

  it.each([['audit_without_es'], ['self_viewer']])('refuses %s', async (username) => {
    const response = await post(
      { space: 'default', username: 'revoked', addRoles: ['cases_full'] },
      username
    );
    expect(response.status).toBe(403);
  });
});
