import type { MeResponse, ReportResponse } from '../../common/report/api';
import type { UserDetail } from '../../common/report/types';
import { RESERVED_USERS } from '../../dev/es_security_fixture/state';
import { startRouteHarness, type RouteHarness } from './test_utils/route_harness';

/** Every cluster lists its reserved users (elastic, kibana_system, ...) besides the snapshot's nine. */
const RESERVED = Object.keys(RESERVED_USERS);
const TOTAL = 9 + RESERVED.length;

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

async function report(query: string, username = 'auditor') {
  const response = await harness.get(`/internal/case_access/report${query}`, username);
  return { status: response.status, body: (await response.json()) as ReportResponse };
}

describe('GET /internal/case_access/report', () => {
  it('shows a superuser every user of the space with a summary and readiness', async () => {
    const { status, body } = await report('?perPage=500', 'elastic');
    expect(status).toBe(200);
    expect(body.users.map((user) => user.username)).toEqual(
      [
        'assignee_new',
        'audit_without_es',
        'auditor',
        'custom',
        'formula',
        'full',
        'revoked',
        'self_viewer',
        'viewer',
        ...RESERVED,
      ].sort()
    );
    expect(body.total).toBe(TOTAL);
    expect(body.spaces.map((space) => space.id)).toEqual(['default', 'ops']);
    expect(body.users.every((user) => user.spaces.length === 1)).toBe(true);
    expect(body.readiness.map((warning) => warning.id)).toContain('public-base-url-missing');
    expect(body.summary.management.full).toBe(3); // elastic (superuser), full and self_viewer
    // assignee_new, formula and elastic can read cases but have no profile (never logged in to Kibana).
    expect(body.summary.security.notAssignable).toBe(3);
  });

  it('lets an auditor holding read_security page, sort and search', async () => {
    const page2 = await report('?perPage=2&page=2');
    // apm_system and assignee_new on page 1.
    expect(page2.body.users.map((user) => user.username)).toEqual(['audit_without_es', 'auditor']);
    expect(page2.body.total).toBe(TOTAL);
    const byLevel = await report(
      '?sortField=level&sortOrder=desc&solution=observability&perPage=3'
    );
    expect(byLevel.body.users.map((user) => user.username)).toEqual([
      'elastic',
      'viewer',
      'apm_system',
    ]);
    const ascending = await report('?sortField=level&solution=management&sortOrder=asc');
    expect(ascending.body.users.at(-1)?.spaces[0].solutions.management.level).toBe('full');
    expect(ascending.body.users[0].spaces[0].solutions.management.level).toBe('none');
    const search = await report('?search=FULL%20ACC');
    expect(search.body.users.map((user) => user.username)).toEqual(['full']);
    const byEmail = await report('?search=viewer@example');
    expect(byEmail.body.users.map((user) => user.username)).toEqual(['self_viewer', 'viewer']);
  });

  it('answers "who can re-open cases in Management in space default" (capability reverse lookup)', async () => {
    const { body } = await report('?capability=reopenCase&solution=management');
    expect(body.users.map((user) => user.username)).toEqual(['elastic', 'full', 'self_viewer']);
    const deleters = await report('?capability=delete&solution=management');
    expect(deleters.body.users.map((user) => user.username)).toEqual([
      'custom',
      'elastic',
      'full',
      'self_viewer',
    ]);
  });

  it('filters by level within a solution and by warning', async () => {
    const viewers = await report('?solution=observability&level=view');
    expect(viewers.body.users.map((user) => user.username)).toEqual(['viewer']);
    const noProfile = await report('?warning=no-profile');
    expect(noProfile.body.users.map((user) => user.username)).toContain('assignee_new');
    expect(noProfile.body.users.map((user) => user.username)).not.toContain('full');
  });

  it('evaluates the requested space, where a disabled feature voids the grant', async () => {
    const { body } = await report('?space=ops&search=viewer@example.com');
    expect(body.space).toBe('ops');
    const viewer = body.users.find((user) => user.username === 'viewer');
    expect(viewer?.spaces[0]).toMatchObject({ space: 'ops' });
    expect(viewer?.spaces[0].solutions.observability.level).toBe('none');
  });

  it('refuses a caseAccess auditor without read_security with 403 naming the privilege', async () => {
    const response = await harness.get('/internal/case_access/report', 'audit_without_es');
    expect(response.status).toBe(403);
    expect((await response.json()).message).toContain(
      "you need the read_security cluster privilege to audit other users' case access"
    );
  });

  it('refuses a caseAccess read user (route privilege) with 403', async () => {
    expect((await harness.get('/internal/case_access/report', 'self_viewer')).status).toBe(403);
  });

  it.each([
    ['?perPage=0', 'perPage', '1 to 500'],
    ['?perPage=501', 'perPage', '1 to 500'],
    ['?page=first', 'page', 'whole number'],
    ['?sortField=email', 'sortField', 'username, level, warnings'],
    ['?sortOrder=up', 'sortOrder', 'asc, desc'],
    ['?solution=siem', 'solution', 'management, security, observability'],
    ['?level=admin', 'level', 'full, custom, view, none'],
    ['?capability=fly', 'capability', 'reopenCase'],
    ['?warning=oops', 'warning', 'no-profile'],
    ['?space=Not%20A%20Space', 'space', 'lower-case'],
    ['?color=red', 'color', 'allowed parameters'],
  ])('rejects %s with 400 naming %s and what it accepts', async (query, name, allowed) => {
    const response = await harness.get(`/internal/case_access/report${query}`, 'auditor');
    expect(response.status).toBe(400);
    const { message } = (await response.json()) as { message: string };
    expect(message).toContain(`[${name}]`);
    expect(message).toContain(allowed);
  });

  it('answers 404 for a space that does not exist, listing the spaces', async () => {
    const response = await harness.get('/internal/case_access/report?space=nope', 'auditor');
    expect(response.status).toBe(404);
    expect((await response.json()).message).toContain('default, ops');
  });

  it('still answers when profiles cannot be read, with a partial-directory warning', async () => {
    harness.es.fail('getProfile', { status: 500, reason: 'profile index unavailable' });
    const { status, body } = await report('');
    expect(status).toBe(200);
    const partial = body.readiness.find((warning) => warning.id === 'partial-directory');
    expect(partial?.message).toMatch(/profile/i);
    expect(body.total).toBe(TOTAL);
  });

  it('answers 503 with a short reason when Elasticsearch is unavailable, logged once', async () => {
    // Kibana's own authentication still works; the directory reads fail.
    harness.es.fail('getUser', { status: 503, reason: 'cluster is starting' });
    const first = await harness.get('/internal/case_access/report', 'auditor');
    const second = await harness.get('/internal/case_access/report', 'auditor');
    expect([first.status, second.status]).toEqual([503, 503]);
    const { message } = (await first.json()) as { message: string };
    expect(message).toBe('Elasticsearch answered 503 while reading users. Try again later.');
    expect(
      harness.logger.warnings.filter((line) => line.includes('cluster is starting'))
    ).toHaveLength(1);
  });

  it('answers 502 when Elasticsearch fails with another 5xx', async () => {
    harness.es.fail('getUser', { status: 500, reason: 'shard failure' });
    expect((await harness.get('/internal/case_access/report', 'auditor')).status).toBe(502);
  });

  it('serves a cached directory only to a caller who still holds read_security, and refresh=true reads again', async () => {
    await report('');
    const reads = () => harness.es.requests.filter((r) => r.endpoint === 'getUser').length;
    const before = reads();
    await report('?page=1');
    expect(reads()).toBe(before);
    await report('?refresh=true');
    expect(reads()).toBe(before + 1);
    // Revoke read_security from the auditor's role: the cached directory must not answer any more.
    const admin = { authorization: harness.kibana.headersFor('elastic').authorization };
    await fetch(`${harness.es.url}/_security/role/case_auditor`, {
      method: 'PUT',
      headers: { ...admin, 'content-type': 'application/json' },
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
      expect((await harness.get('/internal/case_access/report', 'auditor')).status).toBe(403);
    } finally {
      await fetch(`${harness.es.url}/_security/role/case_auditor`, {
        method: 'PUT',
        headers: { ...admin, 'content-type': 'application/json' },
        body: JSON.stringify({
          cluster: ['read_security'],
          applications: [
            {
              application: 'kibana-.kibana',
              privileges: ['feature_caseAccess.all'],
              resources: ['*'],
            },
          ],
        }),
      });
    }
  });

  it('sends rows without the grants and notCounted that the flyout reads from /users', async () => {
    const { body } = await report('?search=full', 'elastic');
    const row = body.users.find((user) => user.username === 'full');
    expect(row?.spaces[0].solutions.management).toMatchObject({ level: 'full', connectors: 'all' });
    for (const cell of body.users.flatMap((user) => Object.values(user.spaces[0].solutions))) {
      expect(Object.keys(cell)).not.toContain('grants');
      expect(Object.keys(cell)).not.toContain('notCounted');
    }
    const detail = await harness.get('/internal/case_access/users/full', 'elastic');
    const { user } = (await detail.json()) as UserDetail;
    expect(Object.keys(user.spaces[0].solutions.management.grants)).toContain('read');
  });

  it('answers a cached page with three calls as the caller and no client made for the request', async () => {
    await report('');
    const child = jest.spyOn(harness.kibana.elasticsearch.client.base, 'child');
    const mark = harness.es.requests.length;
    try {
      const { status } = await report('?page=1');
      expect(status).toBe(200);
      // Who the caller is, the route's privileges, and read_security with the space's login (issue 13): as Kibana
      // makes the caller's client only when a handler uses it, a page from the cache makes none.
      expect(harness.es.requests.slice(mark).map((r) => [r.endpoint, r.username])).toEqual([
        ['authenticate', 'auditor'],
        ['hasPrivileges', 'auditor'],
        ['hasPrivileges', 'auditor'],
      ]);
      expect(child).not.toHaveBeenCalled();
    } finally {
      child.mockRestore();
    }
  });

  it('reads profiles as the internal user only after the caller showed read_security', async () => {
    const mark = harness.es.requests.length;
    await report('');
    const requests = harness.es.requests.slice(mark);
    const check = requests.findIndex(
      (r) => r.endpoint === 'hasPrivileges' && r.username === 'auditor'
    );
    const profiles = requests.filter((r) => r.endpoint === 'getProfile');
    expect(check).toBeGreaterThanOrEqual(0);
    expect(profiles.length).toBeGreaterThan(0);
    expect(profiles.every((r) => r.username === 'kibana_system')).toBe(true);
    expect(requests.indexOf(profiles[0])).toBeGreaterThan(check);
    expect(
      requests
        .filter((r) => r.endpoint === 'getUser' || r.endpoint === 'getRole')
        .map((r) => r.username)
    ).toContain('auditor');
  });
});

describe('GET /internal/case_access/users/{username}', () => {
  it('explains one user in a space, with what would grant each missing capability', async () => {
    const response = await harness.get(
      '/internal/case_access/users/custom?space=default',
      'auditor'
    );
    expect(response.status).toBe(200);
    const detail = (await response.json()) as UserDetail;
    expect(detail.user.username).toBe('custom');
    expect(detail.user.spaces[0].solutions.management.grants.delete?.[0]).toMatchObject({
      role: 'mgmt_custom',
    });
    // In the role editor's words, with the space by name.
    expect(detail.user.spaces[0].solutions.management.grants.delete?.[0].label).toMatch(
      /^Role mgmt_custom: Management → Cases → .+, in (all spaces|space )/
    );
    expect(detail.missing.management.reopenCase?.length).toBeGreaterThan(0);
  });

  it('labels every grant and suggestion in the role editor’s words, exactly', async () => {
    const response = await harness.get('/internal/case_access/users/custom?space=ops', 'auditor');
    const detail = (await response.json()) as UserDetail;
    expect(detail.space).toBe('ops');
    expect(detail.user.spaces.map((access) => access.space)).toEqual(['ops']);
    // mgmt_custom applies to space Default only: nothing in Operations, and the suggestions name Operations.
    expect(detail.user.spaces[0].solutions.management.grants).toEqual({});
    const here = (await (
      await harness.get('/internal/case_access/users/custom?space=default', 'auditor')
    ).json()) as UserDetail;
    const labels = Object.fromEntries(
      Object.entries(here.user.spaces[0].solutions.management.grants).map(([key, grants]) => [
        key,
        (grants ?? []).map((grant) => grant.label),
      ])
    );
    expect(labels).toEqual({
      read: [
        'Role mgmt_custom: Management → Cases → Read, with customised sub-feature privileges, in space Default',
      ],
      delete: [
        'Role mgmt_custom: Management → Cases → Delete cases and comments, in space Default',
      ],
    });
    expect(here.user.spaces[0].solutions.security.grants).toEqual({});
    expect(here.missing.management.reopenCase?.map((suggestion) => suggestion.label)).toEqual([
      'Management → Cases → Re-open closed cases, in space Default',
      'Management → Cases → All, in space Default',
    ]);
    expect(detail.missing.management.reopenCase?.map((suggestion) => suggestion.label)).toEqual([
      'Management → Cases → Re-open closed cases, in space Operations',
      'Management → Cases → All, in space Operations',
    ]);
    expect(here.missing.management.create).toEqual([
      {
        feature: 'generalCasesV3',
        privilege: 'all',
        privilegeName: 'feature_generalCasesV3.all',
        space: 'default',
        label: 'Management → Cases → All, in space Default',
      },
    ]);
  });

  it('answers 400 when the user is named in both the path and the query, or in neither', async () => {
    for (const path of [
      '/internal/case_access/users?space=default',
      '/internal/case_access/users/full?space=default&username=custom',
    ]) {
      const response = await harness.get(path, 'auditor');
      expect({ path, status: response.status, body: await response.json() }).toEqual({
        path,
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message:
            '[username]: name the user either in the path or in the query (for the names . and ..), not both',
        },
      });
    }
  });

  it("gives the user's level in every space, by name, for the flyout's All spaces view", async () => {
    const exact = (await (
      await harness.get('/internal/case_access/users/custom', 'auditor')
    ).json()) as UserDetail;
    expect(exact.allSpaces).toEqual([
      {
        space: 'default',
        name: 'Default',
        levels: { management: 'custom', security: 'none', observability: 'none' },
      },
      {
        space: 'ops',
        name: 'Operations',
        levels: { management: 'none', security: 'none', observability: 'none' },
      },
    ]);
    const spaces = (await report('')).body.spaces;
    const response = await harness.get('/internal/case_access/users/custom', 'auditor');
    const detail = (await response.json()) as UserDetail;
    expect(detail.allSpaces?.map((s) => s.space)).toEqual(spaces.map((s) => s.id));
    expect(detail.allSpaces?.map((s) => s.name)).toEqual(spaces.map((s) => s.name));
    const here = detail.allSpaces?.find((s) => s.space === 'default');
    expect(here?.levels.management).toBe(detail.user.spaces[0].solutions.management.level);
  });

  it('answers 404 naming an unknown user', async () => {
    const response = await harness.get('/internal/case_access/users/ghost', 'auditor');
    expect(response.status).toBe(404);
    expect((await response.json()).message).toBe(
      '[username]: there is no user "ghost"; check the spelling or refresh the report'
    );
  });
});

describe('GET /internal/case_access/me', () => {
  it('gives a caseAccess read user their own access, authoritatively, in every space', async () => {
    const response = await harness.get('/internal/case_access/me', 'self_viewer');
    expect(response.status).toBe(200);
    const body = (await response.json()) as MeResponse;
    expect(body.authoritative).toBe(true);
    expect(body.user.username).toBe('self_viewer');
    expect(body.user.spaces.map((space) => space.space)).toEqual(['default', 'ops']);
    const management = body.user.spaces[0].solutions.management;
    expect(management.level).toBe('full');
    expect(management.capabilities.reopenCase).toBe(true);
    expect(management.manageConnectors).toBe(true);
    expect(body.user.spaces[0].solutions.security.level).toBe('none');
  });

  it('keeps deployment settings warnings from a caseAccess read user (they are for administrators)', async () => {
    const audit = await report('');
    expect(audit.body.readiness.map((warning) => warning.id)).toContain('public-base-url-missing');
    const body = (await (
      await harness.get('/internal/case_access/me', 'self_viewer')
    ).json()) as MeResponse;
    const ids = body.readiness.map((warning) => warning.id);
    expect(ids).not.toContain('public-base-url-missing');
    expect(ids).not.toContain('email-service-unavailable');
  });

  it('is refused to users without the caseAccess feature', async () => {
    expect((await harness.get('/internal/case_access/me', 'viewer')).status).toBe(403);
  });
});

describe('GET /internal/case_access/report.csv', () => {
  it('streams every matching row, with formula cells neutralised', async () => {
    const response = await harness.get(
      '/internal/case_access/report.csv?search=formula',
      'auditor'
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0].startsWith('User,Full name,')).toBe(true);
    expect(lines).toHaveLength(4); // header + three solutions
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="case-access_default_\d{4}-\d{2}-\d{2}_filtered\.csv"/
    );
  });

  /** The day in a file name: today's (UTC) date, or yesterday's when the test ran across midnight. */
  function fileNameOf(response: Response, before: Date) {
    const disposition = response.headers.get('content-disposition') ?? '';
    return disposition
      .replace(before.toISOString().slice(0, 10), 'DAY')
      .replace(new Date().toISOString().slice(0, 10), 'DAY');
  }

  it('names the file after the space and the day, and says "filtered" only when a filter narrows it', async () => {
    const cases: Array<[string, string]> = [
      ['', 'case-access_default_DAY.csv'],
      ['?space=ops&sortField=level&sortOrder=desc&page=2&perPage=1', 'case-access_ops_DAY.csv'],
      ['?search=full', 'case-access_default_DAY_filtered.csv'],
      ['?solution=security', 'case-access_default_DAY_filtered.csv'],
      ['?level=none', 'case-access_default_DAY_filtered.csv'],
      ['?capability=delete', 'case-access_default_DAY_filtered.csv'],
      ['?warning=no-profile', 'case-access_default_DAY_filtered.csv'],
      ['?notAssignable=true', 'case-access_default_DAY_filtered.csv'],
      ['?notAssignable=false', 'case-access_default_DAY.csv'],
    ];
    for (const [query, name] of cases) {
      const before = new Date();
      const response = await harness.get(`/internal/case_access/report.csv${query}`, 'auditor');
      expect({ query, status: response.status, disposition: fileNameOf(response, before) }).toEqual(
        {
          query,
          status: 200,
          disposition: `attachment; filename="${name}"`,
        }
      );
      await response.arrayBuffer();
    }
  });

  it('holds every user of the space, three rows each, in the order of the table, not one page', async () => {
    const response = await harness.get('/internal/case_access/report.csv?perPage=1', 'auditor');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = (await response.text()).split('\r\n');
    expect(header.split(',').slice(0, 9)).toEqual([
      'User',
      'Full name',
      'Email',
      'Realm',
      'User status',
      'Profile',
      'Space',
      'Solution',
      'Access',
    ]);
    expect(rows.pop()).toBe('');
    expect(rows).toHaveLength(TOTAL * 3);
    const table = (await report('?perPage=500')).body.users.map((user) => user.username);
    const users = rows.filter((_, index) => index % 3 === 0).map((row) => row.split(',')[0]);
    expect(users).toEqual(table.map((name) => (name.startsWith('=') ? `'${name}` : name)));
    const full = rows.filter((row) => row.startsWith('full,'));
    expect(full.map((row) => row.split(',').slice(6, 9))).toEqual([
      ['Default', 'Stack Management', 'Full'],
      ['Default', 'Security', 'None'],
      ['Default', 'Observability', 'None'],
    ]);
  });

  it('holds exactly what the table shows: the filtered solution, the space by name', async () => {
    const spaces = (await report('')).body.spaces;
    const other = spaces.find((s) => s.id !== 'default') ?? spaces[0];
    const response = await harness.get(
      `/internal/case_access/report.csv?space=${other.id}&solution=security`,
      'auditor'
    );
    const lines = (await response.text()).trim().split('\r\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain(`,${other.name},Security,`);
  });
});
