/** Request routing of the Elasticsearch security fixture: one handler per endpoint, Elasticsearch's semantics. */
import type { IncomingMessage } from 'node:http';
import type { estypes } from '@elastic/elasticsearch';
import {
  CLUSTER_ACTIONS,
  checkPrivileges,
  checkProfilePrivileges,
  privilegesGranting,
  rolesGrantClusterAction,
  rolesManageApplication,
  type HasPrivilegesBody,
  type ProfileHasPrivilegesBody,
} from './authz';
import { FixtureHttpError, badRequest, unauthenticated, unauthorized } from './errors';
import type { FixtureEndpoint, FixtureFailure } from './types';
import type { FixtureState, StoredUser } from './state';

export interface FixtureContext {
  state: FixtureState;
  failures: Map<string, FixtureFailure>;
  /** Play serverless Elasticsearch: the APIs it does not offer answer 410 Gone. */
  serverless: boolean;
}

/**
 * Endpoints serverless Elasticsearch does not offer: the native user APIs (users are managed by Elastic Cloud).
 * `GET _license` stays (the serverless clients keep `license.get`).
 */
const UNAVAILABLE_ON_SERVERLESS: ReadonlySet<FixtureEndpoint> = new Set([
  'getUser',
  'putUser',
  'deleteUser',
]);

interface Call {
  caller: StoredUser;
  params: string[];
  query: URLSearchParams;
  body: unknown;
  ctx: FixtureContext;
}

interface Route {
  method: string[];
  pattern: RegExp;
  endpoint: FixtureEndpoint;
  /** The cluster action Elasticsearch authorises; absent for endpoints every authenticated user may call. */
  action?: string;
  run(call: Call): { status?: number; body: unknown };
}

const NAME = '([^/_][^/]*)';
const list = (value: string | undefined): string[] =>
  value === undefined ? [] : decodeURIComponent(value).split(',').filter(Boolean);

function asObject(body: unknown, what: string): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`request body for ${what} is required and must be a JSON object`);
  }
  return body as Record<string, unknown>;
}

function pick<T>(source: Map<string, T>, names: string[]): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [name, value] of source) {
    if (names.length === 0 || names.includes(name)) out[name] = value;
  }
  return out;
}

const ROUTES: Route[] = [
  {
    method: ['GET', 'HEAD'],
    pattern: /^\/$/,
    endpoint: 'info',
    action: CLUSTER_ACTIONS.main,
    run: () => {
      const body: estypes.InfoResponse = {
        name: 'es-security-fixture',
        cluster_name: 'es-security-fixture',
        cluster_uuid: 'fixture',
        tagline: 'You Know, for Search',
        version: {
          number: '9.4.0',
          build_flavor: 'default',
          build_type: 'fixture',
          build_hash: 'fixture',
          build_date: '2026-01-01T00:00:00.000Z',
          build_snapshot: false,
          lucene_version: '10.3.0',
          minimum_index_compatibility_version: '8.0.0',
          minimum_wire_compatibility_version: '8.19.0',
        },
      };
      return { body };
    },
  },
  {
    method: ['GET'],
    pattern: /^\/_security\/_authenticate$/,
    endpoint: 'authenticate',
    run: ({ caller, ctx }) => {
      const realm = {
        name: caller.reserved ? 'reserved' : 'default_native',
        type: caller.reserved ? 'reserved' : 'native',
      };
      const body: estypes.SecurityAuthenticateResponse & { profile_uid?: string } = {
        username: caller.username,
        roles: caller.roles,
        full_name: caller.full_name ?? null,
        email: caller.email ?? null,
        metadata: caller.metadata,
        enabled: caller.enabled,
        authentication_realm: realm,
        lookup_realm: realm,
        authentication_type: 'realm',
      };
      const profile = ctx.state.profileOf(caller.username);
      if (profile) body.profile_uid = profile.uid;
      return { body };
    },
  },
  {
    method: ['GET', 'POST'],
    pattern: /^\/_security\/user(?:\/([^/]+))?\/_has_privileges$/,
    endpoint: 'hasPrivileges',
    run: ({ caller, params, body, ctx }) => {
      const [user] = params;
      if (user !== undefined && decodeURIComponent(user) !== caller.username) {
        throw unauthorized(
          'cluster:admin/xpack/security/user/has_privileges',
          caller.username,
          caller.roles,
          ['(only for the authenticated user)']
        );
      }
      const request = asObject(body, '_has_privileges') as HasPrivilegesBody;
      return {
        body: checkPrivileges(
          caller.username,
          ctx.state.rolesOf(caller),
          ctx.state.privileges,
          request
        ),
      };
    },
  },
  {
    method: ['GET'],
    pattern: /^\/_security\/user(?:\/([^/]+))?$/,
    endpoint: 'getUser',
    action: CLUSTER_ACTIONS.getUser,
    run: ({ params, query, ctx }) => {
      const names = list(params[0]);
      const withUid = query.get('with_profile_uid') === 'true';
      // As Elasticsearch, any name is a key: `__proto__` too (a plain object would drop it).
      const body = Object.create(null) as estypes.SecurityGetUserResponse;
      for (const [name, user] of ctx.state.users) {
        // Every cluster lists its reserved users (elastic, kibana_system, ...) with the others.
        if (names.length > 0 && !names.includes(name)) continue;
        body[name] = ctx.state.publicUser(user, withUid);
      }
      return { status: names.length > 0 && Object.keys(body).length === 0 ? 404 : 200, body };
    },
  },
  {
    method: ['PUT', 'POST'],
    pattern: new RegExp(`^/_security/user/${NAME}$`),
    endpoint: 'putUser',
    action: CLUSTER_ACTIONS.putUser,
    run: ({ params, body, ctx }) => {
      const username = decodeURIComponent(params[0]);
      const request = asObject(body, 'put user');
      const existing = ctx.state.users.get(username);
      if (existing?.reserved)
        throw badRequest(`user [${username}] is reserved and only the password can be changed`);
      if (!existing && typeof request.password !== 'string') {
        throw badRequest(
          'Validation Failed: 1: password must be specified unless you are updating an existing user;'
        );
      }
      if (
        request.roles !== undefined &&
        !(Array.isArray(request.roles) && request.roles.every((r) => typeof r === 'string'))
      ) {
        throw badRequest('[roles] must be an array of strings');
      }
      ctx.state.users.set(username, {
        username,
        roles: request.roles ?? existing?.roles ?? [],
        full_name: (request.full_name as string | null | undefined) ?? existing?.full_name ?? null,
        email: (request.email as string | null | undefined) ?? existing?.email ?? null,
        metadata:
          (request.metadata as Record<string, unknown> | undefined) ?? existing?.metadata ?? {},
        enabled: (request.enabled as boolean | undefined) ?? existing?.enabled ?? true,
        password: (request.password as string | undefined) ?? existing?.password ?? '',
        reserved: false,
      });
      const response: estypes.SecurityPutUserResponse = { created: !existing };
      return { body: response };
    },
  },
  {
    method: ['DELETE'],
    pattern: new RegExp(`^/_security/user/${NAME}$`),
    endpoint: 'deleteUser',
    action: CLUSTER_ACTIONS.deleteUser,
    run: ({ params, ctx }) => {
      const username = decodeURIComponent(params[0]);
      if (ctx.state.users.get(username)?.reserved)
        throw badRequest(`user [${username}] is reserved and cannot be deleted`);
      const response: estypes.SecurityDeleteUserResponse = {
        found: ctx.state.users.delete(username),
      };
      return { status: response.found ? 200 : 404, body: response };
    },
  },
  {
    method: ['GET'],
    pattern: /^\/_security\/role(?:\/([^/]+))?$/,
    endpoint: 'getRole',
    action: CLUSTER_ACTIONS.getRole,
    run: ({ params, ctx }) => {
      const names = list(params[0]);
      const body: estypes.SecurityGetRoleResponse = Object.fromEntries(
        Object.entries(pick(ctx.state.roles, names)).map(([name, role]) => [
          name,
          ctx.state.roleAsListed(role),
        ])
      );
      return { status: names.length > 0 && Object.keys(body).length === 0 ? 404 : 200, body };
    },
  },
  {
    method: ['PUT', 'POST'],
    pattern: new RegExp(`^/_security/role/${NAME}$`),
    endpoint: 'putRole',
    action: CLUSTER_ACTIONS.putRole,
    run: ({ params, body, ctx }) => {
      const name = decodeURIComponent(params[0]);
      const request = asObject(body, 'put role');
      if (ctx.state.roles.get(name)?.metadata?._reserved)
        throw badRequest(`role [${name}] is reserved and cannot be modified`);
      for (const key of ['cluster', 'indices', 'applications', 'run_as'] as const) {
        if (request[key] !== undefined && !Array.isArray(request[key])) {
          throw badRequest(`failed to parse role [${name}]. [${key}] must be an array`);
        }
      }
      const created = !ctx.state.roles.has(name);
      ctx.state.roles.set(name, {
        cluster: (request.cluster as string[] | undefined) ?? [],
        indices: (request.indices as estypes.SecurityIndicesPrivileges[] | undefined) ?? [],
        applications:
          (request.applications as estypes.SecurityApplicationPrivileges[] | undefined) ?? [],
        run_as: (request.run_as as string[] | undefined) ?? [],
        metadata: (request.metadata as Record<string, unknown> | undefined) ?? {},
        transient_metadata: { enabled: true },
      });
      const response: estypes.SecurityPutRoleResponse = { role: { created } };
      return { body: response };
    },
  },
  {
    method: ['DELETE'],
    pattern: new RegExp(`^/_security/role/${NAME}$`),
    endpoint: 'deleteRole',
    action: CLUSTER_ACTIONS.deleteRole,
    run: ({ params, ctx }) => {
      const name = decodeURIComponent(params[0]);
      if (ctx.state.roles.get(name)?.metadata?._reserved)
        throw badRequest(`role [${name}] is reserved and cannot be deleted`);
      const response: estypes.SecurityDeleteRoleResponse = { found: ctx.state.roles.delete(name) };
      return { status: response.found ? 200 : 404, body: response };
    },
  },
  {
    method: ['POST'],
    pattern: /^\/_security\/profile\/_activate$/,
    endpoint: 'activateProfile',
    action: CLUSTER_ACTIONS.activateProfile,
    run: ({ body, ctx }) => {
      const request = asObject(body, 'activate profile');
      if (request.grant_type !== 'password') {
        throw badRequest('only the [password] grant_type is supported by this fixture');
      }
      const user = ctx.state.users.get(String(request.username));
      if (!user || user.password !== request.password || !user.enabled) {
        throw unauthenticated(
          `unable to authenticate user [${String(request.username)}] for action [${CLUSTER_ACTIONS.activateProfile}]`
        );
      }
      return { body: ctx.state.activateProfile(user) };
    },
  },
  {
    method: ['GET', 'POST'],
    pattern: /^\/_security\/profile\/_has_privileges$/,
    endpoint: 'profileHasPrivileges',
    action: CLUSTER_ACTIONS.profileHasPrivileges,
    run: ({ body, ctx }) => {
      const request = asObject(body, 'profile has privileges');
      if (!Array.isArray(request.uids) || request.uids.some((uid) => typeof uid !== 'string')) {
        throw badRequest('[uids] must be an array of profile uids');
      }
      if (typeof request.privileges !== 'object' || request.privileges === null) {
        throw badRequest('[privileges] is required and must be an object');
      }
      const response = checkProfilePrivileges(
        request as unknown as ProfileHasPrivilegesBody,
        (uid) => {
          const profile = ctx.state.profiles.get(uid);
          return profile ? { uid, roles: profile.user.roles } : undefined;
        },
        (names) => ctx.state.rolesNamed(names),
        ctx.state.privileges
      );
      return { body: response };
    },
  },
  {
    method: ['GET', 'POST'],
    pattern: /^\/_security\/profile\/_suggest$/,
    endpoint: 'suggestProfiles',
    action: CLUSTER_ACTIONS.suggestProfiles,
    run: ({ body, query, ctx }) => suggestProfiles(ctx.state, body, query),
  },
  {
    method: ['GET'],
    pattern: /^\/_security\/profile\/([^/_][^/]*)$/,
    endpoint: 'getProfile',
    action: CLUSTER_ACTIONS.getProfile,
    run: ({ params, ctx }) => {
      const profiles: estypes.SecurityUserProfileWithMetadata[] = [];
      const details: Record<string, estypes.ErrorCause> = {};
      for (const uid of list(params[0])) {
        const profile = ctx.state.profiles.get(uid);
        // Like Elasticsearch, `data` is returned only when asked for (`data=...`); this fixture never is.
        if (profile) profiles.push({ ...profile, data: {} });
        // Elasticsearch answers 200 and names each uid it has no document for in `errors`.
        else
          details[uid] = {
            type: 'resource_not_found_exception',
            reason: 'profile document not found',
          };
      }
      const count = Object.keys(details).length;
      const response: estypes.SecurityGetUserProfileResponse = {
        profiles,
        ...(count > 0 ? { errors: { count, details } } : {}),
      };
      return { body: response };
    },
  },
  {
    method: ['GET'],
    pattern: /^\/_security\/privilege(?:\/([^/]+))?(?:\/([^/]+))?$/,
    endpoint: 'getPrivileges',
    run: ({ caller, params, ctx }) => {
      const [application, names] = [params[0] && decodeURIComponent(params[0]), list(params[1])];
      const roles = ctx.state.rolesOf(caller);
      const allowed =
        rolesGrantClusterAction(roles, CLUSTER_ACTIONS.getPrivileges) ||
        (application !== undefined && rolesManageApplication(roles, application));
      if (!allowed) {
        throw unauthorized(
          CLUSTER_ACTIONS.getPrivileges,
          caller.username,
          caller.roles,
          privilegesGranting(CLUSTER_ACTIONS.getPrivileges)
        );
      }
      const body: estypes.SecurityGetPrivilegesResponse = {};
      for (const [app, privileges] of Object.entries(ctx.state.privileges)) {
        if (application && app !== application) continue;
        for (const [name, definition] of Object.entries(privileges)) {
          if (names.length > 0 && !names.includes(name)) continue;
          (body[app] ??= {})[name] = definition;
        }
      }
      return { status: application && Object.keys(body).length === 0 ? 404 : 200, body };
    },
  },
  {
    method: ['PUT', 'POST'],
    pattern: /^\/_security\/privilege\/?$/,
    endpoint: 'putPrivileges',
    run: ({ caller, body, ctx }) => {
      const request = asObject(body, 'put privileges') as Record<
        string,
        Record<string, estypes.SecurityPutPrivilegesActions>
      >;
      const roles = ctx.state.rolesOf(caller);
      const response: estypes.SecurityPutPrivilegesResponse = {};
      for (const application of Object.keys(request)) {
        if (
          !rolesGrantClusterAction(roles, CLUSTER_ACTIONS.putPrivileges) &&
          !rolesManageApplication(roles, application)
        ) {
          throw unauthorized(
            CLUSTER_ACTIONS.putPrivileges,
            caller.username,
            caller.roles,
            privilegesGranting(CLUSTER_ACTIONS.putPrivileges)
          );
        }
      }
      for (const [application, privileges] of Object.entries(request)) {
        const stored = (ctx.state.privileges[application] ??= {});
        const definitions = asObject(privileges, `privileges of [${application}]`) as Record<
          string,
          Partial<estypes.SecurityPutPrivilegesActions> | undefined
        >;
        for (const [name, definition] of Object.entries(definitions)) {
          if (
            !definition ||
            !Array.isArray(definition.actions) ||
            !definition.actions.every((action: unknown) => typeof action === 'string')
          ) {
            throw badRequest(
              `privilege [${application}:${name}] must have an array of string [actions]`
            );
          }
          (response[application] ??= {})[name] = { created: !(name in stored) };
          stored[name] = {
            application,
            name,
            actions: [...definition.actions],
            metadata: definition.metadata ?? {},
          };
        }
      }
      return { body: response };
    },
  },
  {
    method: ['GET'],
    pattern: /^\/_license\/?$/,
    endpoint: 'license',
    action: CLUSTER_ACTIONS.license,
    run: ({ ctx }) => {
      const body: estypes.LicenseGetResponse = { license: ctx.state.license };
      return { body };
    },
  },
];

/**
 * Elasticsearch searches the profile index with `from + size` bounded by `index.max_result_window` (10,000 unless
 * changed), so a larger `size` fails the search; the request itself only rejects a negative size.
 */
export const SUGGEST_MAX_RESULT_WINDOW = 10_000;
const SUGGEST_DEFAULT_SIZE = 10;
/** Searches count hits exactly up to 10,000, Elasticsearch's default `track_total_hits`. */
const SUGGEST_TOTAL_HITS_CAP = 10_000;

/**
 * `_suggest` as Elasticsearch answers it: enabled profiles only; an empty or absent `name` matches every one,
 * otherwise a word of the username, full name or email must start with each word of `name` (a plain stand-in for
 * Elasticsearch's fuzzy prefix match); newest first; `data` never returned (this fixture stores none).
 */
function suggestProfiles(
  state: FixtureState,
  body: unknown,
  query: URLSearchParams
): { body: estypes.SecuritySuggestUserProfilesResponse } {
  const request = body === undefined ? {} : asObject(body, 'suggest user profiles');
  if (request.data !== undefined && query.has('data')) {
    throw badRequest('[data] parameter cannot be specified both in the request body and the query');
  }
  if (request.name !== undefined && typeof request.name !== 'string') {
    throw badRequest('[name] must be a string');
  }
  const size = request.size ?? SUGGEST_DEFAULT_SIZE;
  if (typeof size !== 'number' || !Number.isInteger(size)) {
    throw badRequest('[size] must be an integer');
  }
  if (size < 0) {
    throw new FixtureHttpError(
      400,
      'action_request_validation_exception',
      `Validation Failed: 1: [size] parameter cannot be negative but was [${size}];`
    );
  }
  if (size > SUGGEST_MAX_RESULT_WINDOW) {
    throw new FixtureHttpError(
      400,
      'illegal_argument_exception',
      `Result window is too large, from + size must be less than or equal to: [${SUGGEST_MAX_RESULT_WINDOW}] but was [${size}]. This limit can be set by changing the [index.max_result_window] index level setting.`
    );
  }
  const wanted = (request.name ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matches = [...state.profiles.values()]
    .filter((profile) => profile.enabled !== false)
    .filter((profile) => {
      if (wanted.length === 0) return true;
      const { username, full_name, email } = profile.user;
      const words = [username, full_name ?? '', email ?? '']
        .join(' ')
        .toLowerCase()
        .split(/[\s@.]+/);
      return wanted.every((prefix) => words.some((word) => word.startsWith(prefix)));
    })
    .sort((a, b) => b.last_synchronized - a.last_synchronized);
  const profiles: estypes.SecurityUserProfile[] = matches
    .slice(0, size)
    .map(({ uid, user, labels, enabled }) => ({ uid, user, labels, enabled, data: {} }));
  // Like any search, the hit count is exact only up to 10,000 (`track_total_hits` default), then a lower bound.
  const total: estypes.SearchTotalHits =
    matches.length > SUGGEST_TOTAL_HITS_CAP
      ? { value: SUGGEST_TOTAL_HITS_CAP, relation: 'gte' }
      : { value: matches.length, relation: 'eq' };
  return {
    body: {
      total,
      took: 1,
      profiles,
    },
  };
}

function authenticate(state: FixtureState, header: string | undefined): StoredUser {
  const [scheme, credentials] = (header ?? '').split(' ');
  if (!credentials) throw unauthenticated('missing authentication credentials for REST request');
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  if (scheme === 'Basic') {
    const separator = decoded.indexOf(':');
    const username = decoded.slice(0, separator);
    const user = state.users.get(username);
    if (separator > 0 && user && user.enabled && user.password === decoded.slice(separator + 1))
      return user;
    throw unauthenticated(`unable to authenticate user [${username}] for REST request`);
  }
  if (scheme === 'ApiKey') {
    const user = state.users.get(state.apiKeys.get(decoded) ?? '');
    if (user) return user;
    throw unauthenticated(
      'unable to authenticate with provided credentials and anonymous access is not allowed for this request'
    );
  }
  throw unauthenticated(`unsupported authentication scheme [${scheme}]`);
}

function takeFailure(ctx: FixtureContext, endpoint: FixtureEndpoint): FixtureHttpError | undefined {
  for (const key of ['*', endpoint]) {
    const failure = ctx.failures.get(key);
    if (!failure) continue;
    if (failure.times !== undefined) {
      failure.times -= 1;
      if (failure.times <= 0) ctx.failures.delete(key);
    }
    const type =
      failure.type ?? (failure.status >= 500 ? 'fixture_injected_exception' : 'security_exception');
    return new FixtureHttpError(
      failure.status,
      type,
      failure.reason ?? `injected failure of [${endpoint}]`
    );
  }
  return undefined;
}

export interface FixtureAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  endpoint: FixtureEndpoint;
  username?: string;
}

export async function handle(
  ctx: FixtureContext,
  req: IncomingMessage,
  rawBody: string
): Promise<FixtureAnswer> {
  const url = new URL(req.url ?? '/', 'http://fixture');
  const method = req.method ?? 'GET';
  let endpoint: FixtureEndpoint = 'unknown';
  let username: string | undefined;
  try {
    let matched: { route: Route; match: RegExpExecArray } | undefined;
    for (const route of ROUTES) {
      const match = route.method.includes(method) ? route.pattern.exec(url.pathname) : null;
      if (match) {
        matched = { route, match };
        break;
      }
    }
    if (matched) endpoint = matched.route.endpoint;
    const injected = takeFailure(ctx, endpoint);
    if (injected) throw injected;
    if (ctx.serverless && UNAVAILABLE_ON_SERVERLESS.has(endpoint)) {
      throw new FixtureHttpError(
        410,
        'api_not_available_exception',
        `Request for uri [${url.pathname}] with method [${method}] exists but is not available when running in serverless mode`
      );
    }
    const caller = authenticate(ctx.state, req.headers.authorization);
    username = caller.username;
    if (!matched?.match) {
      throw new FixtureHttpError(
        405,
        'fixture_unsupported',
        `${method} ${url.pathname} is not implemented by the Elasticsearch security fixture`
      );
    }
    const { route, match } = matched;
    if (route.action && !rolesGrantClusterAction(ctx.state.rolesOf(caller), route.action)) {
      throw unauthorized(
        route.action,
        caller.username,
        caller.roles,
        privilegesGranting(route.action)
      );
    }
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      throw new FixtureHttpError(400, 'parse_exception', 'request body is not valid JSON');
    }
    const result = route.run({
      caller,
      params: match.slice(1),
      query: url.searchParams,
      body,
      ctx,
    });
    return { status: result.status ?? 200, body: result.body, headers: {}, endpoint, username };
  } catch (error) {
    if (error instanceof FixtureHttpError) {
      return {
        status: error.status,
        body: error.toBody(),
        headers: error.headers,
        endpoint,
        username,
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: 500,
      body: new FixtureHttpError(500, 'exception', reason).toBody(),
      headers: {},
      endpoint,
      username,
    };
  }
}
