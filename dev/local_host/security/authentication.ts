/**
 * Authentication as Kibana does it for this host: HTTP basic credentials on any request (as Kibana accepts for API
 * clients), or a session cookie created by the login form; either way the credentials are checked by
 * Elasticsearch (`_security/_authenticate`), which also tells who the user is.
 */
import { randomBytes } from 'crypto';
import type { Client } from '@elastic/elasticsearch';
import type { Request } from '@hapi/hapi';

import type { AuthenticatedUser } from '@kbn/core/server';

import type { AuthenticationState } from '../http/http_server';

export const SESSION_COOKIE = 'sid';

export interface Credentials {
  username: string;
  password: string;
}

export function basicAuthorization({ username, password }: Credentials): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** The credentials of an `Authorization: Basic …` header, or null. */
export function parseBasicAuthorization(header: string | undefined): Credentials | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function readCookie(request: Request, name: string): string | undefined {
  const raw: unknown = request.headers.cookie;
  const header = typeof raw === 'string' ? raw : '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    // A malformed value (bad percent-encoding) is no session: the caller is not authenticated (401).
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

interface Session {
  authorization: string;
  profileUid?: string;
}

/** Server-side sessions keyed by an opaque random id held in an HTTP-only cookie. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(session: Session): string {
    const sid = randomBytes(24).toString('base64url');
    this.sessions.set(sid, session);
    return sid;
  }

  get(sid: string | undefined): Session | undefined {
    return sid ? this.sessions.get(sid) : undefined;
  }

  delete(sid: string | undefined): void {
    if (sid) this.sessions.delete(sid);
  }
}

function statusOf(error: unknown): number | undefined {
  return (error as { meta?: { statusCode?: number } })?.meta?.statusCode;
}

/** Who Elasticsearch says the holder of `authorization` is; null when it rejects the credentials. */
export async function authenticateWithElasticsearch(
  client: Client,
  authorization: string,
  profileUid?: string
): Promise<AuthenticatedUser | null> {
  try {
    const es = await client.security.authenticate(undefined, { headers: { authorization } });
    const user: AuthenticatedUser = {
      username: es.username,
      email: es.email ?? undefined,
      full_name: es.full_name ?? undefined,
      roles: es.roles,
      metadata: es.metadata,
      enabled: es.enabled,
      authentication_realm: es.authentication_realm,
      lookup_realm: es.lookup_realm,
      authentication_provider: { type: 'basic', name: 'basic' },
      authentication_type: es.authentication_type,
      elastic_cloud_user: false,
    };
    if (profileUid) user.profile_uid = profileUid;
    return user;
  } catch (error) {
    if (statusOf(error) === 401) return null;
    throw error;
  }
}

/** The `authenticate` function of the HTTP server: basic credentials first, then the session cookie. */
export function createAuthenticator(client: Client, sessions?: SessionStore) {
  return async (request: Request): Promise<AuthenticationState | null> => {
    const raw: unknown = request.headers.authorization;
    const header = typeof raw === 'string' ? raw : '';
    if (parseBasicAuthorization(header)) {
      const user = await authenticateWithElasticsearch(client, header);
      return user ? { user, authorization: header } : null;
    }
    const session = sessions?.get(readCookie(request, SESSION_COOKIE));
    if (!session) return null;
    const user = await authenticateWithElasticsearch(
      client,
      session.authorization,
      session.profileUid
    );
    return user ? { user, authorization: session.authorization } : null;
  };
}
