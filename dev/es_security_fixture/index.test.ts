import { Client, errors } from '@elastic/elasticsearch';
import {
  FIXTURE_PASSWORD,
  startEsSecurityFixture,
  type EsSecurityFixture,
  type EsSecurityFixtureSnapshot,
} from '.';

const snapshot: EsSecurityFixtureSnapshot = {
  license: { type: 'platinum', status: 'active' },
  users: {
    auditor: {
      username: 'auditor',
      roles: ['security_reader'],
      full_name: 'Auditor',
      email: 'auditor@example.com',
      metadata: {},
      enabled: true,
    },
    analyst: {
      username: 'analyst',
      roles: ['cases_reader'],
      full_name: 'Analyst',
      email: null,
      metadata: {},
      enabled: true,
      profile_uid: 'u_analyst_0',
    },
  },
  roles: {
    security_reader: { cluster: ['read_security'] },
    cases_reader: {
      cluster: [],
      applications: [
        {
          application: 'kibana-.kibana',
          privileges: ['feature_generalCasesV3.read'],
          resources: ['space:ops'],
        },
      ],
    },
  },
  profiles: [
    {
      uid: 'u_analyst_0',
      enabled: true,
      last_synchronized: 1764300000000,
      user: { username: 'analyst', roles: ['cases_reader'], realm_name: 'native1' },
    },
  ],
};

let fixture: EsSecurityFixture;
const clients: Client[] = [];
const clientFor = (username: string, password = FIXTURE_PASSWORD) => {
  const client = new Client({ node: fixture.url, auth: { username, password } });
  clients.push(client);
  return client;
};

beforeEach(async () => {
  fixture = await startEsSecurityFixture({ snapshot });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await fixture.stop();
});

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return error instanceof errors.ResponseError ? error.statusCode : undefined;
  }
}

describe('Elasticsearch security fixture', () => {
  it('lists the snapshot users with their profile uids to a reader of security', async () => {
    const users = await clientFor('auditor').security.getUser({ with_profile_uid: true });
    expect(
      Object.keys(users)
        .filter((name) => !users[name].metadata._reserved)
        .sort()
    ).toEqual(['analyst', 'auditor']);
    expect(users.analyst.profile_uid).toBe('u_analyst_0');
    expect(users.auditor.profile_uid).toBeUndefined();
    const withoutUid = await clientFor('auditor').security.getUser();
    expect(withoutUid.analyst.profile_uid).toBeUndefined();
  });

  it('always lists the reserved users and roles, as every cluster does', async () => {
    const client = clientFor('auditor');
    const users = await client.security.getUser();
    expect(Object.keys(users)).toEqual(
      expect.arrayContaining(['elastic', 'kibana', 'kibana_system', 'logstash_system'])
    );
    expect(users.elastic).toMatchObject({ roles: ['superuser'], metadata: { _reserved: true } });
    const roles = await client.security.getRole();
    expect(roles.viewer.applications).toEqual([
      { application: 'kibana-.kibana', privileges: ['read'], resources: ['*'] },
    ]);
    expect(roles.editor.applications[0].privileges).toEqual(['all']);
    expect(Object.keys(roles)).toEqual(
      expect.arrayContaining(['superuser', 'kibana_admin', 'monitoring_user', 'kibana_system'])
    );
    for (const role of Object.values(roles)) {
      expect(role.transient_metadata).toEqual({ enabled: true });
    }
  });

  it('names profile uids it has no document for in errors, as Elasticsearch does', async () => {
    const { profiles, errors: failures } = await clientFor('kibana_system').security.getUserProfile(
      {
        uid: ['u_analyst_0', 'u_gone_1'],
      }
    );
    expect(profiles.map((profile) => profile.uid)).toEqual(['u_analyst_0']);
    expect(failures).toEqual({
      count: 1,
      details: {
        u_gone_1: { type: 'resource_not_found_exception', reason: 'profile document not found' },
      },
    });
  });

  it('counts suggested profiles exactly up to 10,000, then as a lower bound', async () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      uid: `u_sso_${i}`,
      enabled: true,
      last_synchronized: i,
      user: { username: `sso_${i}`, roles: [], realm_name: 'saml1' },
    }));
    await fixture.stop();
    fixture = await startEsSecurityFixture({ snapshot: { ...snapshot, profiles: many } });
    const answer = await clientFor('kibana_system').security.suggestUserProfiles({
      name: '',
      size: 10,
    });
    expect(answer.total).toEqual({ value: 10_000, relation: 'gte' });
    expect(answer.profiles).toHaveLength(10);
  });

  it('plays serverless Elasticsearch: the user APIs answer 410', async () => {
    await fixture.stop();
    fixture = await startEsSecurityFixture({ snapshot, serverless: true });
    const client = clientFor('elastic');
    await expect(client.security.getUser()).rejects.toMatchObject({
      statusCode: 410,
      message: expect.stringContaining('api_not_available_exception'),
    });
    expect(await statusOf(client.security.putUser({ username: 'x', roles: [] }))).toBe(410);
    expect(await statusOf(client.license.get())).toBe(200);
    expect(await statusOf(client.security.getRole())).toBe(200);
    expect(await statusOf(client.security.authenticate())).toBe(200);
  });

  it('refuses users and roles to a user without read_security, naming the privileges that grant them', async () => {
    const client = clientFor('analyst');
    await expect(client.security.getRole()).rejects.toMatchObject({
      statusCode: 403,
      message: expect.stringContaining('read_security'),
    });
    expect(await statusOf(client.security.getUser())).toBe(403);
  });

  it('rejects wrong passwords and missing credentials with 401', async () => {
    expect(await statusOf(clientFor('auditor', 'wrong').security.authenticate())).toBe(401);
    const anonymous = new Client({ node: fixture.url });
    clients.push(anonymous);
    expect(await statusOf(anonymous.security.authenticate())).toBe(401);
  });

  it('lets only writers of security change users and roles', async () => {
    expect(
      await statusOf(clientFor('auditor').security.putRole({ name: 'x', cluster: ['monitor'] }))
    ).toBe(403);
    const admin = clientFor('elastic');
    await admin.security.putRole({ name: 'x', cluster: ['monitor'] });
    await admin.security.putUser({ username: 'newbie', password: 'secret1', roles: ['x'] });
    const created = await clientFor('newbie', 'secret1').security.authenticate();
    expect(created.roles).toEqual(['x']);
    await admin.security.deleteUser({ username: 'newbie' });
    expect(await statusOf(clientFor('newbie', 'secret1').security.authenticate())).toBe(401);
    expect(await statusOf(admin.security.getRole({ name: 'missing' }))).toBe(404);
  });

  it('creates a profile on first login and serves profiles to the internal user', async () => {
    const internal = clientFor('kibana_system');
    expect(
      await statusOf(clientFor('auditor').security.getUserProfile({ uid: 'u_analyst_0' }))
    ).toBe(200);
    const activated = await internal.security.activateUserProfile({
      grant_type: 'password',
      username: 'auditor',
      password: FIXTURE_PASSWORD,
    });
    const { profiles } = await internal.security.getUserProfile({
      uid: [activated.uid, 'u_analyst_0', 'u_nobody_0'],
    });
    expect(profiles.map((profile) => profile.user.username)).toEqual(['auditor', 'analyst']);
    const users = await clientFor('elastic').security.getUser({ with_profile_uid: true });
    expect(users.auditor.profile_uid).toBe(activated.uid);
    expect(
      await statusOf(clientFor('analyst').security.getUserProfile({ uid: 'u_analyst_0' }))
    ).toBe(403);
  });

  it('resolves application privileges through the registered privilege actions', async () => {
    await clientFor('kibana_system').security.putPrivileges({
      privileges: {
        'kibana-.kibana': {
          'feature_generalCasesV3.read': {
            actions: ['login:', 'cases:cases/getCase', 'ui:generalCasesV3/read_cases'],
          },
          'feature_generalCasesV3.all': {
            actions: ['login:', 'cases:cases/getCase', 'cases:cases/createCase'],
          },
        },
      },
    });
    const result = await clientFor('analyst').security.hasPrivileges({
      cluster: ['read_security'],
      application: [
        {
          application: 'kibana-.kibana',
          resources: ['space:ops', 'space:default'],
          privileges: ['cases:cases/getCase', 'cases:cases/createCase'],
        },
      ],
    });
    expect(result.has_all_requested).toBe(false);
    expect(result.cluster.read_security).toBe(false);
    expect(result.application['kibana-.kibana']).toEqual({
      'space:ops': { 'cases:cases/getCase': true, 'cases:cases/createCase': false },
      'space:default': { 'cases:cases/getCase': false, 'cases:cases/createCase': false },
    });
    const superuser = await clientFor('elastic').security.hasPrivileges({
      cluster: ['read_security', 'manage_security'],
      application: [{ application: 'kibana-.kibana', resources: ['*'], privileges: ['anything'] }],
    });
    expect(superuser.has_all_requested).toBe(true);
    expect(
      fixture.getPrivileges()['kibana-.kibana']['feature_generalCasesV3.all'].actions
    ).toContain('cases:cases/createCase');
  });

  it('answers every privilege check from the roles as they are now, however often the same role set asked', async () => {
    const auditor = clientFor('auditor');
    const readsSecurity = async () =>
      (await auditor.security.hasPrivileges({ cluster: ['read_security'] })).cluster.read_security;
    expect(await readsSecurity()).toBe(true);
    expect(await readsSecurity()).toBe(true);
    const admin = clientFor('elastic');
    await admin.security.putRole({ name: 'security_reader', cluster: [] });
    expect(await readsSecurity()).toBe(false);
    await admin.security.putRole({ name: 'security_reader', cluster: ['read_security'] });
    expect(await readsSecurity()).toBe(true);
    await admin.security.deleteRole({ name: 'security_reader' });
    expect(await readsSecurity()).toBe(false);
    // A role whose name joins two others is another set: it resolves to nothing, not to their roles.
    await admin.security.putRole({ name: 'a', cluster: ['read_security'] });
    await admin.security.putRole({ name: 'b', cluster: [] });
    await admin.security.putUser({ username: 'pair', password: 'secret1', roles: ['a', 'b'] });
    await admin.security.putUser({ username: 'joined', password: 'secret1', roles: ['a,b'] });
    const readsAs = async (username: string) =>
      (await clientFor(username, 'secret1').security.hasPrivileges({ cluster: ['read_security'] }))
        .cluster.read_security;
    expect(await readsAs('pair')).toBe(true);
    expect(await readsAs('joined')).toBe(false);
  });

  it('answers profile privilege checks from the roles stored in each profile, action patterns included', async () => {
    const internal = clientFor('kibana_system');
    await internal.security.putPrivileges({
      privileges: {
        'kibana-.kibana': {
          'feature_generalCasesV3.read': {
            application: 'kibana-.kibana',
            name: 'feature_generalCasesV3.read',
            actions: ['login:', 'cases:cases/get*'],
          },
        },
      },
    });
    // The user's current roles grow, but the profile keeps the roles of the last login.
    await clientFor('elastic').security.putUser({
      username: 'analyst',
      password: FIXTURE_PASSWORD,
      roles: ['cases_reader', 'superuser'],
    });
    const check = (privileges: string[], resources = ['space:ops']) =>
      internal.security.hasPrivilegesUserProfile({
        uids: ['u_analyst_0', 'u_nobody'],
        privileges: { application: [{ application: 'kibana-.kibana', privileges, resources }] },
      });
    expect(await check(['cases:cases/getCase'])).toEqual({ has_privilege_uids: ['u_analyst_0'] });
    expect(await check(['cases:cases/getCase'], ['space:default'])).toEqual({
      has_privilege_uids: [],
    });
    expect(await check(['cases:cases/getCase', 'cases:cases/pushCase'])).toEqual({
      has_privilege_uids: [],
    });
    expect(
      await statusOf(
        clientFor('auditor').security.hasPrivilegesUserProfile({
          uids: ['u_analyst_0'],
          privileges: { application: [] },
        })
      )
    ).toBe(403);
  });

  it('authenticates API keys made for a user', async () => {
    const client = new Client({
      node: fixture.url,
      auth: { apiKey: fixture.createApiKey('auditor') },
    });
    clients.push(client);
    expect((await client.security.authenticate()).username).toBe('auditor');
  });

  it('serves the licence to users with monitor and to the internal user', async () => {
    const { license } = await clientFor('kibana_system').license.get();
    expect(license).toMatchObject({ type: 'platinum', status: 'active' });
  });

  it('injects failures per endpoint, a limited number of times, and for the whole service', async () => {
    const internal = clientFor('kibana_system');
    fixture.fail('getProfile', { status: 500, times: 1 });
    expect(await statusOf(internal.security.getUserProfile({ uid: 'u_analyst_0' }))).toBe(500);
    expect(await statusOf(internal.security.getUserProfile({ uid: 'u_analyst_0' }))).toBe(200);
    fixture.fail('*', { status: 503, reason: 'cluster is down' });
    const client = new Client({
      node: fixture.url,
      auth: { username: 'elastic', password: FIXTURE_PASSWORD },
      maxRetries: 0,
    });
    clients.push(client);
    await expect(client.security.getUser()).rejects.toMatchObject({ statusCode: 503 });
    fixture.clearFailures();
    expect(await statusOf(client.security.getUser())).toBe(200);
    expect(fixture.requests.at(-1)).toMatchObject({
      endpoint: 'getUser',
      username: 'elastic',
      status: 200,
    });
  });
});
