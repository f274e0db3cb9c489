/**
 * How the routes fail: bad queries get a 400 naming the parameter and what it accepts; Elasticsearch refusing or
 * failing gives 401 / 403 / 502 / 503 with a short reason, logged once; a part Kibana cannot read gives a partial answer
 * whose warning names the part and what it affects.
 */
import { of } from 'rxjs';
import type { ILicense, LicensingPluginStart } from '@kbn/licensing-plugin/server';
import type { SpacesPluginStart } from '@kbn/spaces-plugin/server';
import type { MeResponse, ReportResponse } from '../../common/report/api';
import { RESERVED_USERS } from '../../dev/es_security_fixture/state';
import {
  startRouteHarness,
  type RouteHarness,
  type RouteHarnessOptions,
} from './test_utils/route_harness';

const REPORT = '/internal/case_access/report';
/** The snapshot's nine users and the reserved users every cluster lists. */
const TOTAL = 9 + Object.keys(RESERVED_USERS).length;

async function getJson<T>(harness: RouteHarness, path: string, username = 'auditor') {
  const response = await harness.get(path, username);
  return { status: response.status, body: (await response.json()) as T };
}

function partialWarning(body: { readiness: Array<{ id: string; message: string }> }) {
  return body.readiness.find((warning) => warning.id === 'partial-directory')?.message;
}

describe('with a working cluster', () => {
  let harness: RouteHarness;
  beforeAll(async () => {
    harness = await startRouteHarness();
  });
  afterAll(async () => {
    await harness.stop();
  });
  afterEach(() => {
    harness.es.clearFailures();
    harness.cache.clear();
  });

  it.each([
    [`${REPORT}?space=default&space=ops`, 'space', 'give the parameter once'],
    [`${REPORT}?search=a&search=b`, 'search', 'give the parameter once'],
    [`${REPORT}?page=0`, 'page', 'whole number 1 or more'],
    [`${REPORT}?page=`, 'page', 'whole number 1 or more'],
    [`${REPORT}?perPage=99999999999999999999`, 'perPage', 'from 1 to 500'],
    [`${REPORT}?perPage=1.5`, 'perPage', 'from 1 to 500'],
    [`${REPORT}?sortOrder=ASC`, 'sortOrder', 'asc, desc'],
    [`${REPORT}?refresh=yes`, 'refresh', 'true, false'],
    [`${REPORT}?space=%C3%A9`, 'space', 'lower-case letters'],
    [`${REPORT}?search=${'x'.repeat(257)}`, 'search', 'at most 256 characters'],
    [`${REPORT}?__proto__=x`, '__proto__', 'allowed parameters are space, page'],
    [`${REPORT}.csv?perPage=0`, 'perPage', 'from 1 to 500'],
    ['/internal/case_access/users/full?page=2', 'page', 'allowed parameters are space, refresh'],
    [`/internal/case_access/users/${'a'.repeat(1025)}`, 'username', '1 to 1024 characters'],
    ['/internal/case_access/me?space=ops', 'space', 'takes no parameters'],
  ])('answers %s with 400 naming [%s] and "%s", no stack', async (path, name, allowed) => {
    const { status, body } = await getJson<{ message: string }>(harness, path);
    expect(status).toBe(400);
    expect(body.message).toContain(`[${name}]`);
    expect(body.message).toContain(allowed);
    expect(body.message).not.toMatch(/\n|\bat \S+ \(/);
  });

  it.each([
    ['?space=', TOTAL],
    ['?search=', TOTAL],
    ['?search=%C3%BC%E2%9C%93', 0],
    ['?page=999', TOTAL],
  ])('accepts %s (empty, unicode or past the end) with a normal answer', async (query, total) => {
    const { status, body } = await getJson<ReportResponse>(harness, `${REPORT}${query}`);
    expect(status).toBe(200);
    expect(body.space).toBe('default');
    expect(body.total).toBe(total);
    if (query === '?page=999') expect(body.users).toEqual([]);
  });

  it.each(['getUser', 'getRole'] as const)(
    'answers 403 naming read_security when Elasticsearch answers %s with 403',
    async (endpoint) => {
      harness.es.fail(endpoint, { status: 403, type: 'security_exception', reason: 'refused' });
      const { status: answer, body } = await getJson<{ message: string }>(harness, REPORT);
      expect(answer).toBe(403);
      expect(body.message).toContain('you need the read_security cluster privilege');
    }
  );

  // Kibana's router forwards an Elasticsearch 401 as a 401, so that its session handling logs the user in again.
  it.each(['getUser', 'getRole'] as const)(
    'answers 401 (log in again), not 403, when Elasticsearch answers %s with 401',
    async (endpoint) => {
      harness.es.fail(endpoint, {
        status: 401,
        type: 'security_exception',
        reason: 'token expired',
      });
      const { status: answer, body } = await getJson<{ message: string }>(
        harness,
        `${REPORT}?refresh=true`
      );
      expect(answer).toBe(401);
      expect(body.message).toContain('Log in again');
      expect(body.message).not.toContain('read_security');
    }
  );

  it('lists users from their profiles, not a 500, where Elasticsearch has no user API (serverless 410)', async () => {
    harness.es.fail('getUser', {
      status: 410,
      type: 'api_not_available_exception',
      reason: 'exists but is not available when running in serverless mode',
    });
    const { status, body } = await getJson<ReportResponse>(
      harness,
      `${REPORT}?refresh=true&perPage=500`
    );
    expect(status).toBe(200);
    const usernames = body.users.map((user) => user.username);
    // Only users with a profile (who logged in once) are known: `full` has one, `assignee_new` does not.
    expect(usernames).toContain('full');
    expect(usernames).not.toContain('assignee_new');
    const partial = body.readiness.find((warning) => warning.id === 'partial-directory');
    expect(partial?.message).toContain('does not offer the user API');
  });

  it('retries without with_profile_uid when Elasticsearch fails it, and joins users to profiles by username', async () => {
    const mark = harness.es.requests.length;
    harness.es.fail('getUser', {
      status: 500,
      reason: 'failed to retrieve profile uids; retry without [with_profile_uid]',
      times: 1,
    });
    const { status, body } = await getJson<ReportResponse>(
      harness,
      `${REPORT}?refresh=true&perPage=500`
    );
    expect(status).toBe(200);
    const userCalls = harness.es.requests.slice(mark).filter((r) => r.endpoint === 'getUser');
    expect(userCalls.map((call) => [call.path, call.status])).toEqual([
      ['/_security/user?with_profile_uid=true', 500],
      ['/_security/user', 200],
    ]);
    // `full` has a profile: it is still found, so `full` stays assignable.
    const full = body.users.find((user) => user.username === 'full');
    expect(full?.profile?.uid).toBe('u_full_0');
    expect(full?.spaces[0].solutions.management.assignable).toBe(true);
    expect(body.total).toBe(TOTAL);
  });

  it('answers 503 when roles cannot be read, and 502 for a profile-less 5xx on users', async () => {
    harness.es.fail('getRole', { status: 503, reason: 'master not discovered' });
    const roles = await getJson<{ message: string }>(harness, REPORT);
    expect(roles.status).toBe(503);
    expect(roles.body.message).toBe(
      'Elasticsearch answered 503 while reading roles. Try again later.'
    );
    expect(harness.logger.warnings.some((line) => line.includes('master not discovered'))).toBe(
      true
    );
    harness.es.clearFailures();
    harness.es.fail('getUser', { status: 504, reason: 'gateway timeout' });
    expect((await harness.get(REPORT, 'auditor')).status).toBe(502);
  });

  it('logs an outage once however often it is hit, and again after reads recovered', async () => {
    const logged = () =>
      harness.logger.warnings.filter((line) => line.includes('node is restarting')).length;
    const before = logged();
    harness.es.fail('getUser', { status: 503, reason: 'node is restarting' });
    for (let i = 0; i < 3; i++) {
      expect((await harness.get(`${REPORT}?refresh=true`, 'auditor')).status).toBe(503);
    }
    expect(logged()).toBe(before + 1);
    harness.es.clearFailures();
    expect((await harness.get(REPORT, 'auditor')).status).toBe(200);
    harness.es.fail('getUser', { status: 503, reason: 'node is restarting' });
    expect((await harness.get(`${REPORT}?refresh=true`, 'auditor')).status).toBe(503);
    expect(logged()).toBe(before + 2);
  });
});

describe('when Kibana cannot read the licence or the spaces', () => {
  /** What Kibana's licensing plugin gives while Elasticsearch cannot tell it the licence. */
  const unavailable: ILicense = {
    isActive: false,
    isAvailable: false,
    signature: '',
    error: 'License information could not be obtained from Elasticsearch',
    hasAtLeast: () => false,
  };
  const licensing: LicensingPluginStart = {
    license$: of(unavailable),
    getLicense: async () => unavailable,
  };
  const failingSpaces = (harnessSpaces: () => SpacesPluginStart): SpacesPluginStart => ({
    spacesService: {
      getSpaceId: (request) => harnessSpaces().spacesService.getSpaceId(request),
      createSpacesClient: () => ({
        getAll: () => Promise.reject(new Error('Saved object index .kibana is unavailable')),
        get: () => Promise.reject(new Error('Saved object index .kibana is unavailable')),
      }),
    },
  });

  let harness: RouteHarness;
  beforeAll(async () => {
    const options: RouteHarnessOptions = {
      plugins: { licensing, spaces: failingSpaces(() => harness.kibana.spaces) },
    };
    harness = await startRouteHarness(undefined, options);
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('answers /report with a partial warning naming the licence and the spaces, and what they affect', async () => {
    const { status, body } = await getJson<ReportResponse>(harness, `${REPORT}?perPage=1`);
    expect(status).toBe(200);
    expect(body.total).toBe(TOTAL);
    expect(body.spaces.map((space) => space.id)).toEqual(['default']);
    const warning = partialWarning(body);
    expect(warning).toContain('license: the license is not available');
    expect(warning).toContain('Assignable');
    expect(warning).toContain('spaces: Saved object index .kibana is unavailable');
    expect(warning).toContain('only the default space is shown');
    // Not an expired licence: it could not be read.
    expect(body.readiness.map((item) => item.id)).not.toContain('license-expired');
  });

  it('answers /me with the same partial warning instead of failing or guessing silently', async () => {
    const { status, body } = await getJson<MeResponse>(
      harness,
      '/internal/case_access/me',
      'self_viewer'
    );
    expect(status).toBe(200);
    expect(body.user.spaces.map((space) => space.space)).toEqual(['default']);
    expect(partialWarning(body)).toContain('license: the license is not available');
    expect(partialWarning(body)).toContain('spaces:');
  });
});
