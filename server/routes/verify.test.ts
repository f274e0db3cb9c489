import { RESERVED_USERS } from '../../dev/es_security_fixture/state';
import { Client } from '@elastic/elasticsearch';
import type { DirectorySnapshot } from '../../common/snapshot';
import { FIXTURE_PASSWORD } from '../../dev/es_security_fixture';
import type { VerifyResponse } from '../../common/verify';
import {
  routeTestSnapshot,
  startRouteHarness,
  type RouteHarness,
} from './test_utils/route_harness';

const VERIFY = '/internal/case_access/verify';

let harness: RouteHarness;
afterEach(async () => harness?.stop());

async function verify(space: string, username = 'auditor') {
  const response = await harness.get(`${VERIFY}?space=${space}`, username);
  return { status: response.status, body: (await response.json()) as VerifyResponse };
}

/**
 * Two planted disagreements: `viewer` held Cases All when last logged in (the profile keeps that role), and
 * `shadow` holds `custom_cases`, an application privilege someone registered in Kibana's application by hand
 * (`PUT _security/privilege`): Elasticsearch grants its actions, the model (built from the feature definitions)
 * does not know it.
 */
function plantedSnapshot(): DirectorySnapshot {
  const snapshot = routeTestSnapshot();
  return {
    ...snapshot,
    users: {
      ...snapshot.users,
      shadow: {
        username: 'shadow',
        roles: ['shadow_cases'],
        full_name: 'Shadow',
        email: null,
        metadata: {},
        enabled: true,
        profile_uid: 'u_shadow_0',
      },
    },
    roles: {
      ...snapshot.roles,
      shadow_cases: {
        cluster: [],
        indices: [],
        applications: [
          { application: 'kibana-.kibana', privileges: ['custom_cases'], resources: ['*'] },
        ],
        run_as: [],
        metadata: {},
      },
    },
    profiles: [
      ...snapshot.profiles.map((profile) =>
        profile.user.username === 'viewer'
          ? { ...profile, user: { ...profile.user, roles: ['cases_full'] } }
          : profile
      ),
      {
        uid: 'u_shadow_0',
        enabled: true,
        last_synchronized: 1764300000000,
        labels: {},
        data: {},
        user: { username: 'shadow', roles: ['shadow_cases'], realm_name: 'native1' },
      },
    ],
  };
}

describe('GET /internal/case_access/verify', () => {
  it('confirms every user with a profile when the model and Elasticsearch agree', async () => {
    harness = await startRouteHarness();
    const { status, body } = await verify('default');
    expect(status).toBe(200);
    expect(body).toMatchObject({ space: 'default', checked: 3, confirmed: 3, differences: [] });
    // Users who never logged in have no profile: Elasticsearch cannot be asked about them.
    // The fixture lists Elasticsearch's reserved users too, none of whom has a profile here.
    expect(body.notVerifiable).toBe(
      Object.keys(routeTestSnapshot().users).length - 3 + Object.keys(RESERVED_USERS).length
    );
  });

  it('finds and explains planted disagreements, and logs each model mismatch once', async () => {
    harness = await startRouteHarness(plantedSnapshot());
    const admin = new Client({
      node: harness.es.url,
      auth: { username: 'elastic', password: FIXTURE_PASSWORD },
    });
    await admin.security.putPrivileges({
      privileges: {
        'kibana-.kibana': {
          custom_cases: {
            application: 'kibana-.kibana',
            name: 'custom_cases',
            actions: ['login:', 'cases:cases/*'],
          },
        },
      },
    });
    await admin.close();
    const { status, body } = await verify('default');
    expect(status).toBe(200);
    expect(body.checked).toBe(4);
    const reasonsOf = (username: string) => [
      ...new Set(body.differences.filter((d) => d.username === username).map((d) => d.reason)),
    ];
    expect(reasonsOf('viewer')).toEqual(['roles-changed-since-login']);
    expect(reasonsOf('shadow')).toEqual(['model-mismatch']);
    expect(body.differences).toContainEqual({
      username: 'viewer',
      solution: 'management',
      capability: 'push',
      model: false,
      elasticsearch: true,
      reason: 'roles-changed-since-login',
      actions: ['cases:cases/pushCase'],
    });
    expect(body.differences).toContainEqual(
      expect.objectContaining({ username: 'shadow', capability: 'read', elasticsearch: true })
    );
    expect(body.confirmed).toBe(2);

    const shadowCells = body.differences.filter((d) => d.username === 'shadow').length;
    const warned = () => harness.logger.warnings.filter((w) => w.includes('"shadow"'));
    expect(warned()).toHaveLength(shadowCells);
    expect(warned()[0]).toMatch(
      /space "default".*Elasticsearch says granted for actions \[cases:cases\//
    );
    await verify('default');
    expect(warned()).toHaveLength(shadowCells);
    expect(harness.logger.warnings.some((w) => w.includes('"viewer"'))).toBe(false);
  });

  it('does not judge the cells of a feature the space disables', async () => {
    harness = await startRouteHarness(plantedSnapshot());
    const { body } = await verify('ops');
    expect(body.differences.filter((d) => d.solution === 'observability')).toEqual([]);
  });

  it('answers 403 without caseAccess All, and 404 for an unknown space', async () => {
    harness = await startRouteHarness();
    expect((await verify('default', 'self_viewer')).status).toBe(403);
    const unknown = await verify('nowhere');
    expect(unknown.status).toBe(404);
  });
});
