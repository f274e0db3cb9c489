/**
 * `GET /internal/case_access/me` for callers other than a full-access user: roles limited to one space, a feature
 * disabled in a space, Connectors Read against All, and a re-open-only custom role. Each expectation is what the
 * caller's panel shows.
 */
import type { MeResponse } from '../../common/report/api';
import type { UserDetail } from '../../common/report/types';
import type { DirectorySnapshot } from '../../common/snapshot';
import {
  routeTestSnapshot,
  startRouteHarness,
  type RouteHarness,
} from './test_utils/route_harness';

const application = 'kibana-.kibana';
const OWN_ACCESS = { application, privileges: ['feature_caseAccess.read'], resources: ['*'] };

function role(privileges: string[], resources = ['*']) {
  return {
    cluster: [],
    indices: [],
    applications: [OWN_ACCESS, { application, privileges, resources }],
    run_as: [],
    metadata: {},
    transient_metadata: { enabled: true },
  };
}

function caller(username: string) {
  return {
    username,
    roles: [`${username}_role`],
    full_name: `${username} person`,
    email: `${username}@example.com`,
    metadata: {},
    enabled: true,
  };
}

/** The route tests' directory plus one caller per case; `ops` has the Stack Cases feature turned off. */
function meSnapshot(): DirectorySnapshot {
  const base = routeTestSnapshot();
  const callers = {
    ops_only: ['feature_generalCasesV3.all'],
    connectors_read: ['feature_generalCasesV3.all', 'feature_actions.read'],
    connectors_all: ['feature_generalCasesV3.all', 'feature_actions.all'],
    reopen_only: ['feature_generalCasesV3.minimal_read', 'feature_generalCasesV3.case_reopen'],
    security_all: ['feature_securitySolutionCasesV3.all'],
  };
  const roles = Object.fromEntries(
    Object.entries(callers).map(([name, privileges]) => [
      `${name}_role`,
      role(privileges, name === 'ops_only' ? ['space:ops'] : ['*']),
    ])
  );
  return {
    ...base,
    kibana: {
      ...base.kibana,
      spaces: base.kibana.spaces.map((space) =>
        space.id === 'default'
          ? space
          : { ...space, disabledFeatures: [...space.disabledFeatures, 'securitySolutionCasesV3'] }
      ),
    },
    users: {
      ...base.users,
      ...Object.fromEntries(Object.keys(callers).map((name) => [name, caller(name)])),
    },
    roles: { ...base.roles, ...roles },
  };
}

async function me(harness: RouteHarness, username: string): Promise<MeResponse> {
  const response = await harness.get('/internal/case_access/me', username);
  if (response.status !== 200) throw new Error(`${response.status}: ${await response.text()}`);
  return (await response.json()) as MeResponse;
}

function space(body: MeResponse, id: string) {
  const found = body.user.spaces.find((candidate) => candidate.space === id);
  if (!found)
    throw new Error(`no space ${id} in ${body.user.spaces.map((s) => s.space).join(', ')}`);
  return found;
}

const grantedOf = (capabilities: Record<string, boolean>) =>
  Object.entries(capabilities)
    .filter(([, value]) => value)
    .map(([name]) => name)
    .sort();

describe('GET /internal/case_access/me, checked by Kibana’s authorisation service', () => {
  let harness: RouteHarness;
  beforeAll(async () => {
    harness = await startRouteHarness(meSnapshot());
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('a role limited to one space gives full Stack access there and none elsewhere', async () => {
    const body = await me(harness, 'ops_only');
    expect(body.authoritative).toBe(true);
    expect(body.user.username).toBe('ops_only');
    expect(space(body, 'ops').solutions.management.level).toBe('full');
    expect(space(body, 'default').solutions.management.level).toBe('none');
    expect(grantedOf(space(body, 'default').solutions.management.capabilities)).toEqual([]);
  });

  it('a feature turned off in a space gives nothing there', async () => {
    const body = await me(harness, 'security_all');
    expect(space(body, 'default').solutions.security.level).toBe('full');
    const ops = space(body, 'ops').solutions.security;
    expect(ops.level).toBe('none');
    expect(grantedOf(ops.capabilities)).toEqual([]);
    // The caller is told why: their roles would grant it, but the space turns Security's Cases off.
    const voided = ops.warnings.find((warning) => warning.id === 'feature-disabled-in-space');
    expect(voided?.message).toContain('Your roles (security_all_role) would grant case access');
    expect(voided?.message).toContain('Security → Cases is turned off in space');
    // The same warnings as the report's cell for the same user and space.
    const detail = await harness.get(
      '/internal/case_access/users/security_all?space=ops',
      'elastic'
    );
    expect(detail.status).toBe(200);
    const reported = ((await detail.json()) as UserDetail).user.spaces[0].solutions.security;
    expect(ops.warnings.map((warning) => warning.id)).toEqual(
      reported.warnings.map((warning) => warning.id)
    );
    // Nothing of the kind where the feature is on, nor for a solution the caller holds nothing of.
    expect(space(body, 'default').solutions.security.warnings.map((w) => w.id)).toEqual([
      'push-without-connectors',
      'comment-without-alerts',
    ]);
    expect(space(body, 'ops').solutions.observability.warnings).toEqual([]);
  });

  it('Connectors Read lets the caller push but not manage connectors; All does both', async () => {
    const read = space(await me(harness, 'connectors_read'), 'default').solutions.management;
    expect(read).toMatchObject({ connectors: 'read', manageConnectors: false });
    const all = space(await me(harness, 'connectors_all'), 'default').solutions.management;
    expect(all).toMatchObject({ connectors: 'all', manageConnectors: true });
    expect(all.pushToExternal).toBe(true);
  });

  it('a custom role with only re-open shows read and re-open, level custom', async () => {
    const management = space(await me(harness, 'reopen_only'), 'default').solutions.management;
    expect(management.level).toBe('custom');
    expect(grantedOf(management.capabilities)).toEqual(['read', 'reopenCase']);
  });
});
