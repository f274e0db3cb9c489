import type { AuthenticatedUser } from '@kbn/core/server';
import { callerKey } from './directory_service';

const realm = (name: string, type = name) => ({ name, type });

function caller(overrides: Partial<AuthenticatedUser> = {}): AuthenticatedUser {
  return {
    username: 'alice',
    roles: ['auditor', 'viewer'],
    enabled: true,
    authentication_realm: realm('native1', 'native'),
    lookup_realm: realm('native1', 'native'),
    authentication_provider: { type: 'basic', name: 'basic' },
    authentication_type: 'realm',
    elastic_cloud_user: false,
    ...overrides,
  };
}

/** As Elasticsearch authenticates an API key: its owner's name, the API key realm, no roles of its own. */
const apiKey = (id: string) =>
  caller({
    roles: [],
    authentication_realm: realm('_es_api_key'),
    authentication_type: 'api_key',
    api_key: { id, name: `key ${id}` },
  });

describe('callerKey (whose cached directory a request may get)', () => {
  it.each([
    ['another user', caller({ username: 'bob' })],
    ['the same name in another realm', caller({ authentication_realm: realm('saml1', 'saml') })],
    ['the same user with other roles', caller({ roles: ['auditor'] })],
    ['an API key of the same user', apiKey('k1')],
  ])('keeps a password login apart from %s', (_, other) => {
    expect(callerKey(other)).not.toBe(callerKey(caller()));
  });

  it('keeps two API keys of the same owner apart (each key has its own role descriptors)', () => {
    expect(callerKey(apiKey('k1'))).not.toBe(callerKey(apiKey('k2')));
  });

  it('shares the entry between two sessions of the same user, whatever the order of roles', () => {
    expect(callerKey(caller({ roles: ['viewer', 'auditor'] }))).toBe(callerKey(caller()));
  });
});
