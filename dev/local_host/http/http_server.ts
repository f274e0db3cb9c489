/**
 * An HTTP server that serves routes registered through Kibana's router contract, with Kibana's request pipeline:
 * space prefix (`/s/<space>/…`) → authentication (401 for API calls) → version negotiation by the
 * `elastic-api-version` header → XSRF header check → `security.authz` privileges (403) → request validation (400)
 * → handler → response validation (development mode) → Kibana's error format.
 *
 * Built on @hapi/hapi because Kibana's HTTP server is hapi: path templates (`/users/{username}`), payload parsing
 * and error bodies (`{ statusCode, error, message }`) behave as they do in Kibana without re-implementing them.
 */
import { Readable } from 'stream';
import Hapi from '@hapi/hapi';
import type { Request, ResponseToolkit, ResponseObject } from '@hapi/hapi';

import type {
  AuthenticatedUser,
  IBasePath,
  IKibanaResponse,
  IRouter,
  KibanaRequest,
  Logger,
  PrivilegeSet,
  RequestHandlerContextBase,
  RouteMethod,
  RouteSecurity,
} from '@kbn/core/server';

import {
  formatErrorBody,
  isKibanaResponse,
  kibanaResponseFactory,
  responseHeaders,
} from './kibana_response';
import { toKibanaRequest } from './kibana_request';
import { createRouter, invalidVersionMessage, RouteRegistry } from './router';
import type { RegisteredRoute, RegisteredVersion } from './router';
import {
  resolveValidation,
  responseBodyValidator,
  runValidator,
  ValidationFailure,
} from './validation';

export const VERSION_HEADER = 'elastic-api-version';
const SPACE_URL = /^\/s\/([a-z0-9_-]+)(\/.*)?$/;
const XSRF_HEADERS = ['kbn-xsrf', 'kbn-version'];
const SAFE_METHODS = new Set(['get', 'head', 'options']);

/** Who a request was made by, and the credentials to call Elasticsearch as them. */
export interface AuthenticationState {
  user: AuthenticatedUser;
  /** Value of the `authorization` header for Elasticsearch calls as this user. */
  authorization: string;
}

export interface HttpServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** `server.publicBaseUrl`; `undefined` when not set. */
  publicBaseUrl?: string;
  /**
   * Kibana's dev mode answers 400 to internal routes called without a version (so browser code that forgets
   * the header fails here as it fails in a Kibana dev instance); production assumes version 1.
   */
  mode?: 'development' | 'production';
  /** Identifies the caller from headers or cookies; `null` when not authenticated. */
  authenticate(request: Request): Promise<AuthenticationState | null>;
  /** Whether the caller holds each route privilege (`api:<name>` at the request's space). */
  authorize?(request: KibanaRequest, privileges: string[]): Promise<Record<string, boolean>>;
  /** The request handler context (`context.core` etc.) for a request. */
  createContext?(request: KibanaRequest): RequestHandlerContextBase;
  /** Whether a space exists: `/s/<space>/…` of any other space is a 404, as in Kibana. */
  spaceExists?(spaceId: string): boolean;
  logger?: Logger;
}

export interface HttpServer {
  readonly hapi: Hapi.Server;
  readonly registry: RouteRegistry;
  readonly basePath: IBasePath;
  createRouter<Ctx extends RequestHandlerContextBase = RequestHandlerContextBase>(): IRouter<Ctx>;
  /** The authentication state of a request a handler received (null when unauthenticated). */
  getAuthState(request: KibanaRequest): AuthenticationState | null;
  /** A `KibanaRequest` for a raw (page) request handled outside the router, e.g. to check privileges. */
  toKibanaRequest(request: Request, auth: AuthenticationState | null): KibanaRequest;
  /** The space a request addresses: `default` unless the URL starts with `/s/<space>`. */
  getSpaceId(request: KibanaRequest | Request): string;
  /** Starts listening and resolves with the server's URL, e.g. `http://localhost:5601`. */
  start(): Promise<string>;
  readonly url: string;
  stop(): Promise<void>;
}

interface RequestState {
  spaceId: string;
  auth: AuthenticationState | null;
}

const SPACE_KEY = 'caseAccessSpaceId';

function spaceOfHapi(request: Request): string {
  const app = request.app as Record<string, unknown>;
  return typeof app[SPACE_KEY] === 'string' ? app[SPACE_KEY] : 'default';
}

function readVersion(request: Request): string | undefined {
  const header: unknown = request.headers[VERSION_HEADER];
  const value: unknown = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function requiredPrivilegeNames(requiredPrivileges: Array<string | PrivilegeSet>): string[] {
  const names = new Set<string>();
  for (const entry of requiredPrivileges) {
    if (typeof entry === 'string') names.add(entry);
    else
      for (const name of [...(entry.allRequired ?? []), ...(entry.anyRequired ?? [])])
        names.add(name);
  }
  return [...names];
}

function isSatisfied(entry: string | PrivilegeSet, granted: Record<string, boolean>): boolean {
  if (typeof entry === 'string') return granted[entry] === true;
  const all = entry.allRequired ?? [];
  const any = entry.anyRequired ?? [];
  return (
    all.every((name) => granted[name]) && (any.length === 0 || any.some((name) => granted[name]))
  );
}

function errorOf(error: unknown): { statusCode?: number; message: string } {
  if (error && typeof error === 'object') {
    const meta = (error as { meta?: { statusCode?: number } }).meta;
    const message = error instanceof Error ? error.message : JSON.stringify(error);
    return { statusCode: meta?.statusCode, message };
  }
  return { message: String(error) };
}

/** The official client's errors for no answer at all (refused, reset, timed out). */
const CONNECTION_ERRORS = new Set(['ConnectionError', 'NoLivingConnectionsError', 'TimeoutError']);

function isConnectionError(error: unknown): boolean {
  return error instanceof Error && CONNECTION_ERRORS.has(error.name);
}

const consoleLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: (message) => console.log(message),
  warn: (message) => console.warn(message instanceof Error ? message.message : message),
  error: (message) => console.error(message instanceof Error ? message.stack : message),
  fatal: (message) => console.error(message instanceof Error ? message.stack : message),
  get: () => consoleLogger,
};

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const mode = options.mode ?? 'development';
  const logger = options.logger ?? consoleLogger;
  const hapi = Hapi.server({
    port: options.port ?? 0,
    host: options.host ?? 'localhost',
    routes: { payload: { parse: true, output: 'data' } },
  });
  const registry = new RouteRegistry();
  const states = new WeakMap<KibanaRequest, RequestState>();
  /** Set while Elasticsearch is unreachable, so an outage is logged once, not once per request. */
  let outage = false;
  let url = '';

  hapi.ext('onRequest', (request, h) => {
    const match = SPACE_URL.exec(request.url.pathname);
    if (match && options.spaceExists && !options.spaceExists(match[1])) {
      return h
        .response({ statusCode: 404, error: 'Not Found', message: 'This space does not exist.' })
        .code(404)
        .takeover();
    }
    if (match) {
      (request.app as Record<string, unknown>)[SPACE_KEY] = match[1];
      request.setUrl(`${match[2] ?? '/'}${request.url.search}`);
    }
    return h.continue;
  });

  const basePath: IBasePath = {
    serverBasePath: '',
    publicBaseUrl: options.publicBaseUrl,
    get: (request) => {
      const state = states.get(request);
      return state && state.spaceId !== 'default' ? `/s/${state.spaceId}` : '';
    },
    prepend: (path) => path,
    remove: (path) => path,
  };

  function send(h: ResponseToolkit, response: IKibanaResponse, version?: string): ResponseObject {
    const { status } = response;
    const options2 = response.options as {
      headers?: Record<string, string | string[]>;
      bypassErrorFormat?: boolean;
    };
    let payload: unknown = response.payload;
    if (status >= 400 && !options2.bypassErrorFormat) {
      payload = formatErrorBody(status, response.payload as Parameters<typeof formatErrorBody>[1]);
    }
    const reply = h
      .response(payload as string | object | Buffer | Readable | undefined)
      .code(status);
    for (const [name, value] of responseHeaders(options2.headers))
      reply.header(name, String(value));
    if (version) reply.header(VERSION_HEADER, version);
    return reply;
  }

  function errorReply(h: ResponseToolkit, status: number, message: string, version?: string) {
    return send(
      h,
      kibanaResponseFactory.customError({ statusCode: status, body: message }),
      version
    );
  }

  function pickVersion(
    route: RegisteredRoute,
    request: Request
  ): { version?: string; error?: string } {
    const versions = [...route.versions.keys()];
    const list = versions.length ? `[${versions.join(', ')}]` : '<none>';
    const isPublic = route.config.access === 'public';
    let version = readVersion(request);
    if (!version) {
      if (isPublic) version = versions.sort()[0];
      else if (mode === 'production') version = '1';
    }
    if (!version)
      return {
        error: `Please specify a version via ${VERSION_HEADER} header. Available versions: ${list}`,
      };
    const invalid = invalidVersionMessage(isPublic, version);
    if (invalid) return { error: invalid };
    if (!route.versions.has(version)) {
      return {
        error: `No version "${version}" available for [${route.method}] [${route.path}]. Available versions are: ${list}`,
      };
    }
    return { version };
  }

  async function handle(route: RegisteredRoute, request: Request, h: ResponseToolkit) {
    if (route.versions.size === 0) {
      return errorReply(h, 500, `No handlers registered for [${route.method}] [${route.path}].`);
    }
    const security: RouteSecurity | undefined = route.config.security;
    const authcMode = security?.authc?.enabled ?? true;
    let auth: AuthenticationState | null = null;
    if (authcMode !== false) {
      try {
        auth = await options.authenticate(request);
        outage = false;
      } catch (error) {
        // Elasticsearch cannot be asked who the caller is: 503 in words, and one log line per outage.
        if (isConnectionError(error)) {
          if (!outage) logger.error(`Elasticsearch is unreachable: ${errorOf(error).message}`);
          outage = true;
          return errorReply(h, 503, 'Elasticsearch is unreachable. Try again later.');
        }
        logger.error(`Authentication failed: ${errorOf(error).message}`);
        return errorReply(h, 500, 'An internal server error occurred.');
      }
      if (!auth && authcMode === true) return errorReply(h, 401, 'Unauthorized');
    }

    const picked = pickVersion(route, request);
    if (!picked.version) return errorReply(h, 400, picked.error ?? 'Bad version');
    const version = picked.version;
    const registered = route.versions.get(version) as RegisteredVersion;

    if (
      !SAFE_METHODS.has(route.method) &&
      !XSRF_HEADERS.some((name) => request.headers[name] !== undefined)
    ) {
      return errorReply(h, 400, 'Request must contain a kbn-xsrf header.', version);
    }

    const validation = resolveValidation(registered.options);
    const routeOptions = { access: route.config.access, ...(route.config.options ?? {}), security };
    let kibanaRequest = toKibanaRequest({
      hapiRequest: request,
      routePath: route.path,
      method: route.method,
      routeOptions,
      isAuthenticated: auth !== null,
      params: request.params,
      query: request.query,
      body: request.payload,
    });
    const state: RequestState = { spaceId: spaceOfHapi(request), auth };
    states.set(kibanaRequest, state);

    const authz = (registered.options.security ?? security)?.authz;
    if (authz && 'requiredPrivileges' in authz) {
      const names = requiredPrivilegeNames(authz.requiredPrivileges);
      if (!options.authorize) {
        throw new Error(
          'Routes with security.authz.requiredPrivileges need an authorize function.'
        );
      }
      let granted: Record<string, boolean>;
      try {
        granted = await options.authorize(kibanaRequest, names);
      } catch (error) {
        const { statusCode, message } = errorOf(error);
        if (statusCode === 401) return errorReply(h, 401, message, version);
        logger.error(`Authorization check failed: ${message}`);
        return errorReply(h, 500, 'An internal server error occurred.', version);
      }
      if (!authz.requiredPrivileges.every((entry) => isSatisfied(entry, granted))) {
        const missing = names.filter((name) => !granted[name]);
        const message = `API [${route.method.toUpperCase()} ${kibanaRequest.url.pathname}${kibanaRequest.url.search}] is unauthorized for user, this action is granted by the Kibana privileges [${missing.join(',')}]`;
        return errorReply(h, 403, message, version);
      }
    }

    let params: unknown;
    let query: unknown;
    let body: unknown;
    try {
      params = runValidator(validation?.request?.params, request.params ?? {}, 'request params');
      query = runValidator(
        validation?.request?.query,
        { ...(request.query ?? {}) },
        'request query'
      );
      body = runValidator(validation?.request?.body, request.payload ?? {}, 'request body');
    } catch (error) {
      if (error instanceof ValidationFailure) return errorReply(h, 400, error.message, version);
      throw error;
    }
    kibanaRequest = toKibanaRequest({
      hapiRequest: request,
      routePath: route.path,
      method: route.method,
      routeOptions,
      isAuthenticated: auth !== null,
      params,
      query,
      body,
    });
    states.set(kibanaRequest, state);

    const context = options.createContext ? options.createContext(kibanaRequest) : {};
    let response: IKibanaResponse;
    try {
      const result = await registered.handler(context, kibanaRequest, kibanaResponseFactory);
      if (!isKibanaResponse(result)) {
        throw new Error(
          `Unexpected result from the route handler. Expected a KibanaResponse, got ${typeof result}.`
        );
      }
      response = result;
    } catch (error) {
      const { statusCode, message } = errorOf(error);
      if (statusCode === 401) return errorReply(h, 401, message, version);
      logger.error(error instanceof Error ? error : message);
      return errorReply(h, 500, 'An internal server error occurred.', version);
    }

    const responseSpec = validation?.response?.[response.status]?.body;
    if (mode === 'development' && responseSpec && !(response.payload instanceof Readable)) {
      try {
        runValidator(responseBodyValidator(responseSpec), response.payload, 'response body');
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return errorReply(h, 500, `Failed output validation: ${message}`, version);
      }
    }
    return send(h, response, version);
  }

  registry.onRoute((route) => {
    hapi.route({
      method: route.method.toUpperCase() as Hapi.RouteDefMethods,
      path: route.path,
      options:
        route.method === 'get'
          ? {}
          : {
              payload: {
                parse: true,
                output: 'data',
                failAction: 'error',
                // Kibana's `options.body.maxBytes`: a larger body is refused with 413 before it is parsed.
                ...(route.config.options?.body?.maxBytes !== undefined
                  ? { maxBytes: route.config.options.body.maxBytes }
                  : {}),
              },
            },
      handler: (request, h) => handle(route, request, h),
    });
  });

  return {
    hapi,
    registry,
    basePath,
    createRouter: () => createRouter(registry),
    getAuthState: (request) => states.get(request)?.auth ?? null,
    toKibanaRequest(request, auth) {
      const kibanaRequest = toKibanaRequest({
        hapiRequest: request,
        routePath: request.route.path,
        method: request.method.toLowerCase() as RouteMethod,
        routeOptions: {},
        isAuthenticated: auth !== null,
        params: request.params,
        query: request.query,
        body: undefined,
      });
      states.set(kibanaRequest, { spaceId: spaceOfHapi(request), auth });
      return kibanaRequest;
    },
    getSpaceId: (request) =>
      'raw' in request ? spaceOfHapi(request) : (states.get(request)?.spaceId ?? 'default'),
    async start() {
      await hapi.start();
      const host = options.host ?? 'localhost';
      url = `http://${host}:${hapi.info.port}`;
      return url;
    },
    get url() {
      return url;
    },
    async stop() {
      await hapi.stop({ timeout: 1000 });
    },
  };
}
