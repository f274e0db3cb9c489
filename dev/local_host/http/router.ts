/**
 * Kibana's versioned router contract (`IRouter.versioned`), recording routes for the HTTP server to serve.
 * Registration rules follow Kibana's versioned router: internal versions are whole numbers above 0, public
 * versions YYYY-MM-DD dates, one handler per version, and one route per method and path.
 */
import type {
  AddVersionOpts,
  IRouter,
  RequestHandler,
  RequestHandlerContextBase,
  RouteMethod,
  RouteSecurity,
  VersionedRoute,
  VersionedRouteConfig,
  VersionedRouter,
} from '@kbn/core/server';

const INTERNAL_VERSION = /^[1-9][0-9]*$/;
const PUBLIC_VERSION = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** A handler as the server calls it: the context is built per request by the server. */
export type AnyRequestHandler = RequestHandler<
  unknown,
  unknown,
  unknown,
  RequestHandlerContextBase
>;

export interface RegisteredVersion {
  version: string;
  options: AddVersionOpts<unknown, unknown, unknown>;
  handler: AnyRequestHandler;
}

export interface RegisteredRoute {
  method: RouteMethod;
  path: string;
  config: VersionedRouteConfig<RouteMethod>;
  versions: Map<string, RegisteredVersion>;
}

/** Routes of every router created by one server, keyed by `METHOD path`. */
export class RouteRegistry {
  private readonly routes = new Map<string, RegisteredRoute>();
  private readonly listeners: Array<(route: RegisteredRoute) => void> = [];

  add(route: RegisteredRoute): void {
    const key = `${route.method.toUpperCase()} ${route.path}`;
    if (this.routes.has(key)) {
      throw new Error(`Method "${route.method}" for path "${route.path}" is already registered.`);
    }
    this.routes.set(key, route);
    for (const listener of this.listeners) listener(route);
  }

  /** Calls `listener` for every route, present and future. */
  onRoute(listener: (route: RegisteredRoute) => void): void {
    this.listeners.push(listener);
    for (const route of this.routes.values()) listener(route);
  }

  list(): RegisteredRoute[] {
    return [...this.routes.values()];
  }
}

function invalidVersionMessage(isPublic: boolean, version: string): string | undefined {
  if (isPublic) {
    return PUBLIC_VERSION.test(version)
      ? undefined
      : `Invalid version. Received "${version}", expected a valid date string formatted as YYYY-MM-DD.`;
  }
  return INTERNAL_VERSION.test(version)
    ? undefined
    : `Invalid version number. Received "${version}", expected a string containing _only_ a finite, whole number greater than 0.`;
}

export { invalidVersionMessage };

function assertSecurity(method: RouteMethod, path: string, security: RouteSecurity | undefined) {
  if (!security || !security.authz) {
    throw new Error(
      `The [${method}] [${path}] route must declare security.authz: { requiredPrivileges: [...] } or { enabled: false, reason }.`
    );
  }
  if ('enabled' in security.authz) {
    if (security.authz.enabled !== false || !security.authz.reason) {
      throw new Error(
        `The [${method}] [${path}] route opts out of authorization without a reason.`
      );
    }
  } else if (
    !Array.isArray(security.authz.requiredPrivileges) ||
    security.authz.requiredPrivileges.length === 0
  ) {
    throw new Error(
      `The [${method}] [${path}] route has an empty security.authz.requiredPrivileges.`
    );
  }
}

function createVersionedRoute<Ctx extends RequestHandlerContextBase>(
  registry: RouteRegistry,
  method: RouteMethod,
  config: VersionedRouteConfig<RouteMethod>
): VersionedRoute<RouteMethod, Ctx> {
  assertSecurity(method, config.path, config.security);
  const route: RegisteredRoute = { method, path: config.path, config, versions: new Map() };
  registry.add(route);
  const versioned: VersionedRoute<RouteMethod, Ctx> = {
    addVersion(options, handler) {
      const message = invalidVersionMessage(config.access === 'public', options.version);
      if (message) throw new Error(message);
      if (route.versions.has(options.version)) {
        throw new Error(
          `Version "${options.version}" handler has already been registered for the route [${method}] [${config.path}]"`
        );
      }
      if (options.security) assertSecurity(method, config.path, options.security);
      route.versions.set(options.version, {
        version: options.version,
        options: options,
        // The server passes the context it builds for every request; its shape is the caller's `Ctx`.
        handler: handler as unknown as AnyRequestHandler,
      });
      return versioned;
    },
  };
  return versioned;
}

/** A router whose routes land in `registry`; `routerPath` is informational, as in Kibana. */
export function createRouter<Ctx extends RequestHandlerContextBase = RequestHandlerContextBase>(
  registry: RouteRegistry,
  routerPath = ''
): IRouter<Ctx> {
  const make =
    <M extends RouteMethod>(method: M) =>
    (config: VersionedRouteConfig<M>) =>
      createVersionedRoute<Ctx>(registry, method, config);
  const versioned = {
    get: make('get'),
    put: make('put'),
    post: make('post'),
    patch: make('patch'),
    delete: make('delete'),
  } as VersionedRouter<Ctx>;
  return { routerPath, versioned };
}
