/**
 * The directory reader against the Elasticsearch fixture with the official client: what a slow or failing cluster
 * turns into, and that profiles are read as Kibana only after the caller's privilege check passed.
 */
import { Client } from '@elastic/elasticsearch';
import { startEsSecurityFixture, type EsSecurityFixture } from '../../dev/es_security_fixture';
import { DirectoryError } from '../lib/errors';
import { routeTestSnapshot } from '../routes/test_utils/route_harness';
import { DEFAULT_SPACES, readDirectory, type DirectorySources } from './read_directory';
import { suggestProfileUids } from './read_profiles';

let es: EsSecurityFixture;
const clients: Client[] = [];
beforeAll(async () => {
  es = await startEsSecurityFixture({ snapshot: routeTestSnapshot() });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await es.stop();
});
afterEach(() => {
  es.clearFailures();
  es.setLatency(0);
});

function clientAs(username: string, requestTimeout = 5_000): Client {
  const client = new Client({
    node: es.url,
    auth: { username, password: 'changeme' },
    maxRetries: 0,
    requestTimeout,
  });
  clients.push(client);
  return client;
}

function sourcesAs(username: string, requestTimeout?: number): DirectorySources {
  return {
    asCaller: clientAs(username, requestTimeout),
    asInternalUser: clientAs('kibana_system'),
    getLicense: async () => ({ type: 'platinum', status: 'active' }),
    getSpaces: async () => DEFAULT_SPACES,
    getFeatures: async () => undefined,
    kibana: {
      version: '9.4.0',
      buildFlavor: 'traditional',
      publicBaseUrl: null,
      emailServiceAvailable: false,
    },
  };
}

async function failureOf(sources: DirectorySources): Promise<DirectoryError> {
  const error: unknown = await readDirectory(sources).catch((caught: unknown) => caught);
  if (!(error instanceof DirectoryError))
    throw new Error(`expected a DirectoryError, got ${String(error)}`);
  return error;
}

describe('readDirectory', () => {
  it('answers 503 with a one-line reason when Elasticsearch does not answer in time', async () => {
    // The client's timers are coarse (about a second), so the cluster is made clearly slower than that.
    es.setLatency(3_000);
    const error = await failureOf(sourcesAs('auditor', 1_000));
    expect(error.statusCode).toBe(503);
    expect(error.message).toMatch(
      /^Elasticsearch is unreachable while reading the caller’s privileges/
    );
    expect(error.message).not.toContain('\n');
  });

  it.each([
    [500, 502],
    [503, 503],
  ])('maps a %i from the privilege check to %i', async (status, expected) => {
    es.fail('hasPrivileges', { status, reason: 'circuit breaker tripped' });
    const error = await failureOf(sourcesAs('auditor'));
    expect(error.statusCode).toBe(expected);
    // Elasticsearch's own words go to the log; the answer says what failed.
    expect(error.message).toBe(
      `Elasticsearch answered ${status} while reading the caller’s privileges. Try again later.`
    );
    expect(error.detail).toContain('circuit breaker tripped');
  });

  it('reads nothing else, as the caller or as Kibana, when the caller lacks read_security', async () => {
    const mark = es.requests.length;
    expect((await failureOf(sourcesAs('audit_without_es'))).statusCode).toBe(403);
    expect(es.requests.slice(mark).map((request) => request.endpoint)).toEqual(['hasPrivileges']);
  });

  it('names the roles when they fail after users were read', async () => {
    es.fail('getRole', { status: 502, reason: 'bad gateway' });
    const error = await failureOf(sourcesAs('auditor'));
    expect(error.statusCode).toBe(502);
    expect(error.message).toBe('Elasticsearch answered 502 while reading roles. Try again later.');
    expect(error.detail).toBe('bad gateway');
  });
});

describe('readDirectory with single sign-on users', () => {
  const ssoProfile = {
    uid: 'u_saml_analyst_0',
    enabled: true,
    last_synchronized: 1764300000000,
    user: {
      username: 'saml_analyst',
      roles: ['cases_full'],
      realm_name: 'saml1',
      email: 'saml_analyst@example.com',
      full_name: 'SAML Analyst',
    },
    labels: {},
    data: {},
  };
  let sso: EsSecurityFixture;
  beforeAll(async () => {
    const snapshot = routeTestSnapshot();
    sso = await startEsSecurityFixture({
      snapshot: { ...snapshot, profiles: [...snapshot.profiles, ssoProfile] },
    });
  });
  afterAll(() => sso.stop());

  const client = (username: string) => {
    const created = new Client({ node: sso.url, auth: { username, password: 'changeme' } });
    clients.push(created);
    return created;
  };

  it('lists a user known only through a profile, read as Kibana after the privilege check', async () => {
    const mark = sso.requests.length;
    const snapshot = await readDirectory({
      ...sourcesAs('auditor'),
      asCaller: client('auditor'),
      asInternalUser: client('kibana_system'),
    });
    expect(snapshot.users.saml_analyst).toBeUndefined();
    expect(snapshot.profiles.map((profile) => profile.user.username)).toContain('saml_analyst');
    expect(snapshot.partial).toBeUndefined();
    const calls = sso.requests.slice(mark);
    expect(calls[0].endpoint).toBe('hasPrivileges');
    expect(calls.find((call) => call.endpoint === 'suggestProfiles')).toMatchObject({
      username: 'kibana_system',
      status: 200,
    });
  });

  it('says only the first N single sign-on users are listed when suggest returns as many as asked', async () => {
    const all = await suggestProfileUids(client('kibana_system'));
    expect(all.uids).toContain('u_saml_analyst_0');
    expect(all.pending).toBeUndefined();

    const cut = await suggestProfileUids(client('kibana_system'), 2);
    expect(cut.uids).toHaveLength(2);
    expect(cut.pending).toEqual({
      part: 'profiles',
      reason: expect.stringMatching(/^only the first 2 single sign-on users are listed/),
    });
  });

  it('keeps the report and says single sign-on users are missing when suggest fails', async () => {
    sso.fail('suggestProfiles', { status: 500, reason: 'profile index unavailable', times: 1 });
    const snapshot = await readDirectory({
      ...sourcesAs('auditor'),
      asCaller: client('auditor'),
      asInternalUser: client('kibana_system'),
    });
    expect(snapshot.profiles.map((profile) => profile.user.username)).not.toContain('saml_analyst');
    expect(snapshot.partial).toEqual([
      {
        part: 'profiles',
        reason: expect.stringContaining(
          'single sign-on users, known only through their profiles, are missing'
        ),
      },
    ]);
  });
});
