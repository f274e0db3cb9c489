/**
 * What the routes show to whom: every route checks the caller, a cached directory never answers a caller who could
 * not read it directly, spaces the caller cannot see stay hidden, and spreadsheet formulas are neutralised.
 */
import type { MeResponse, ReportResponse } from '../../common/report/api';
import type { DirectorySnapshot } from '../../common/snapshot';
import {
  routeTestSnapshot,
  startRouteHarness,
  type RouteHarness,
} from './test_utils/route_harness';

const application = 'kibana-.kibana';

/** The route test callers plus an auditor of the default space only, a security manager and awkward names. */
function securitySnapshot(): DirectorySnapshot {
  const base = routeTestSnapshot();
  const user = (username: string, roles: string[], fullName = `${username} person`) => ({
    username,
    roles,
    full_name: fullName,
    email: `${username}@example.com`,
    metadata: {},
    enabled: true,
  });
  const role = (cluster: string[], privileges: string[], resources: string[]) => ({
    cluster,
    indices: [],
    applications: [{ application, privileges, resources }],
    run_as: [],
    metadata: {},
    transient_metadata: { enabled: true },
  });
  return {
    ...base,
    users: {
      ...base.users,
      security_manager: user('security_manager', ['case_security_manager']),
      default_auditor: user('default_auditor', ['case_default_auditor']),
      csv_tab: user('csv_tab', [], '\t=1+1'),
      csv_cr: user('csv_cr', [], '\r=1+1'),
      csv_plus: user('csv_plus', [], '+SUM(A1:A2)'),
      '=csv_name': user('=csv_name', []),
    },
    roles: {
      ...base.roles,
      case_security_manager: role(['manage_security'], ['feature_caseAccess.all'], ['*']),
      case_default_auditor: role(['read_security'], ['feature_caseAccess.all'], ['space:default']),
    },
  };
}

let harness: RouteHarness;

beforeAll(async () => {
  harness = await startRouteHarness(securitySnapshot());
});
afterAll(async () => {
  await harness.stop();
});
afterEach(() => {
  harness.es.clearFailures();
  harness.cache.clear();
});

async function getJson<T>(path: string, username: string) {
  const response = await harness.get(path, username);
  return { status: response.status, body: (await response.json()) as T };
}

const reportOf = (query: string, username: string) =>
  getJson<ReportResponse>(`/internal/case_access/report${query}`, username);

describe('who may read what', () => {
  it('serves a security manager (manage_security without read_security)', async () => {
    const { status, body } = await reportOf('', 'security_manager');
    expect(status).toBe(200);
    expect(body.users.map((user) => user.username)).toContain('full');
  });

  it.each([
    ['/internal/case_access/report'],
    ['/internal/case_access/report.csv'],
    ['/internal/case_access/users/full'],
    // No existence oracle: an unknown user or space is refused before it is looked up.
    ['/internal/case_access/users/ghost'],
    ['/internal/case_access/report?space=nope'],
  ])('refuses %s to a caseAccess auditor without read_security', async (path) => {
    const response = await harness.get(path, 'audit_without_es');
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('read_security');
  });

  it.each([
    ['/internal/case_access/report'],
    ['/internal/case_access/report.csv'],
    ['/internal/case_access/users/full'],
    ['/internal/case_access/users/self_viewer'],
  ])('refuses %s to a caseAccess read user, who still gets /me', async (path) => {
    expect((await harness.get(path, 'self_viewer')).status).toBe(403);
    const me = await getJson<MeResponse>('/internal/case_access/me', 'self_viewer');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('self_viewer');
  });

  it('never reads profiles as the internal user for a caller who was refused', async () => {
    const mark = harness.es.requests.length;
    expect((await harness.get('/internal/case_access/report', 'audit_without_es')).status).toBe(
      403
    );
    const after = harness.es.requests.slice(mark);
    expect(after.filter((request) => request.endpoint === 'getProfile')).toEqual([]);
    expect(after.filter((request) => request.endpoint === 'getUser')).toEqual([]);
  });
});

describe('spaces the caller cannot see', () => {
  it('hides them from an auditor of the default space, whatever another caller has cached', async () => {
    // A superuser's directory (both spaces) is cached first; it must not answer the other caller.
    expect((await reportOf('?space=ops', 'elastic')).status).toBe(200);
    const own = await reportOf('', 'default_auditor');
    expect(own.status).toBe(200);
    expect(own.body.spaces.map((space) => space.id)).toEqual(['default']);
    const ops = await reportOf('?space=ops', 'default_auditor');
    expect(ops.status).toBe(404);
    expect((ops.body as unknown as { message: string }).message).toContain(
      'does not exist or you cannot see it; use one of default'
    );
    for (const path of [
      '/internal/case_access/users/full?space=ops',
      '/internal/case_access/report.csv?space=ops',
    ]) {
      expect((await harness.get(path, 'default_auditor')).status).toBe(404);
    }
  });

  it('gives /me only the spaces the caller can see', async () => {
    const { status, body } = await getJson<MeResponse>(
      '/internal/case_access/me',
      'default_auditor'
    );
    expect(status).toBe(200);
    expect(body.user.spaces.map((space) => space.space)).toEqual(['default']);
  });
});

describe('the report as CSV', () => {
  async function csvLine(search: string): Promise<string> {
    const response = await harness.get(
      `/internal/case_access/report.csv?search=${encodeURIComponent(search)}`,
      'auditor'
    );
    expect(response.status).toBe(200);
    const lines = (await response.text()).split('\r\n');
    return lines[1];
  }

  it.each([
    ['csv_tab', "'\t=1+1"],
    ['csv_cr', '"\'\r=1+1"'],
    ['csv_plus', "'+SUM(A1:A2)"],
  ])('neutralises the formula in the full name of %s', async (username, cell) => {
    const line = await csvLine(username);
    expect(line.startsWith(`${username},${cell},`)).toBe(true);
  });

  it('neutralises a user name that starts a formula', async () => {
    expect((await csvLine('=csv_name')).startsWith("'=csv_name,")).toBe(true);
  });
});
