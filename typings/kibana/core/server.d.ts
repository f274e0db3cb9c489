/**
 * The part of `@kbn/core/server` this plugin uses, declared from Kibana's source: src/core/packages/<service>/server,
 * chiefly http/server/src/router/{route.ts (RouteSecurity), response.ts (KibanaResponseFactory), request.ts},
 * http/server/src/versioning/types.ts (VersionedRouteConfig, AddVersionOpts, response validation), logging,
 * elasticsearch and plugins/server (PluginInitializerContext). Names and shapes follow Kibana; members the plugin
 * does not use are left out. Type-only: nothing here exists at runtime outside Kibana.
 */
import type { Readable } from 'stream';
import type { Client } from '@elastic/elasticsearch';
import type { Observable } from 'rxjs';

// ---------------------------------------------------------------- logging
export type LogMeta = Record<string, unknown>;
export interface Logger {
  trace(message: string, meta?: LogMeta): void;
  debug(message: string, meta?: LogMeta): void;
  info(message: string, meta?: LogMeta): void;
  warn(errorOrMessage: string | Error, meta?: LogMeta): void;
  error(errorOrMessage: string | Error, meta?: LogMeta): void;
  fatal(errorOrMessage: string | Error, meta?: LogMeta): void;
  get(...childContextPaths: string[]): Logger;
}
export interface LoggerFactory {
  get(...contextParts: string[]): Logger;
}

// ---------------------------------------------------------------- plugin lifecycle
export type BuildFlavor = 'serverless' | 'traditional';
export interface PackageInfo {
  version: string;
  branch: string;
  buildNum: number;
  buildSha: string;
  buildShaShort: string;
  buildDate: Date;
  buildFlavor: BuildFlavor;
  dist: boolean;
}
export interface EnvironmentMode {
  name: 'development' | 'production';
  dev: boolean;
  prod: boolean;
}
export interface PluginInitializerContext<ConfigSchema = unknown> {
  opaqueId: symbol;
  env: {
    mode: EnvironmentMode;
    packageInfo: Readonly<PackageInfo>;
    instanceUuid: string;
    configs: readonly string[];
  };
  logger: LoggerFactory;
  config: {
    create<T = ConfigSchema>(): Observable<T>;
    get<T = ConfigSchema>(): T;
  };
}

export interface Plugin<
  TSetup = void,
  TStart = void,
  TPluginsSetup extends object = object,
  TPluginsStart extends object = object,
> {
  setup(core: CoreSetup<TPluginsStart, TStart>, plugins: TPluginsSetup): TSetup;
  start(core: CoreStart, plugins: TPluginsStart): TStart;
  stop?(): void | Promise<void>;
}

export type PluginInitializer<
  TSetup,
  TStart,
  TPluginsSetup extends object = object,
  TPluginsStart extends object = object,
> = (
  core: PluginInitializerContext
) =>
  | Plugin<TSetup, TStart, TPluginsSetup, TPluginsStart>
  | Promise<Plugin<TSetup, TStart, TPluginsSetup, TPluginsStart>>;

export type StartServicesAccessor<
  TPluginsStart extends object = object,
  TStart = unknown,
> = () => Promise<[CoreStart, TPluginsStart, TStart]>;

export interface CoreSetup<TPluginsStart extends object = object, TStart = unknown> {
  http: HttpServiceSetup;
  getStartServices: StartServicesAccessor<TPluginsStart, TStart>;
}

export interface CoreStart {
  elasticsearch: ElasticsearchServiceStart;
  http: HttpServiceStart;
  security: SecurityServiceStart;
  userProfile: UserProfileServiceStart;
}

// ---------------------------------------------------------------- elasticsearch
/** Kibana hands plugins the official client without the members that would let them reconfigure it. */
export type ElasticsearchClient = Omit<
  Client,
  'connectionPool' | 'serializer' | 'extend' | 'close' | 'diagnostic'
>;
export interface IScopedClusterClient {
  readonly asInternalUser: ElasticsearchClient;
  readonly asCurrentUser: ElasticsearchClient;
  readonly asSecondaryAuthUser: ElasticsearchClient;
}
export interface IClusterClient {
  readonly asInternalUser: ElasticsearchClient;
  asScoped(request: KibanaRequest): IScopedClusterClient;
}
export interface ElasticsearchServiceStart {
  readonly client: IClusterClient;
}

// ---------------------------------------------------------------- security and user profiles
export interface AuthenticatedUser {
  username: string;
  email?: string;
  full_name?: string;
  roles: readonly string[];
  metadata?: Record<string, unknown>;
  enabled: boolean;
  authentication_realm: { name: string; type: string };
  lookup_realm: { name: string; type: string };
  authentication_provider: { type: string; name: string };
  authentication_type: string;
  elastic_cloud_user: boolean;
  profile_uid?: string;
  api_key?: { id: string; name: string };
}
export interface SecurityServiceStart {
  authc: {
    getCurrentUser(request: KibanaRequest): AuthenticatedUser | null;
  };
}
export interface UserProfileServiceStart {
  getCurrent(params: { request: KibanaRequest; dataPath?: string }): Promise<unknown | null>;
}

// ---------------------------------------------------------------- http
export interface IBasePath {
  readonly serverBasePath: string;
  /** `server.publicBaseUrl`, or `undefined` when it is not set. */
  readonly publicBaseUrl?: string;
  get(request: KibanaRequest): string;
  prepend(path: string): string;
  remove(path: string): string;
}
export interface HttpServiceSetup {
  createRouter<Context extends RequestHandlerContext = RequestHandlerContext>(): IRouter<Context>;
  basePath: IBasePath;
}
export interface HttpServiceStart {
  basePath: IBasePath;
}

export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'options';
export type HttpProtocol = 'http1' | 'http2';

export interface KibanaRequestRoute<Method extends RouteMethod> {
  path: string;
  method: Method;
  options: Record<string, unknown>;
}
export type Headers = Record<string, string | string[] | undefined>;
// `any` as in Kibana: a request's method is unknown until the route is matched.
export interface KibanaRequest<
  P = unknown,
  Q = unknown,
  B = unknown,
  Method extends RouteMethod = any,
> {
  readonly id: string;
  readonly uuid: string;
  readonly url: URL;
  readonly route: Readonly<KibanaRequestRoute<Method>>;
  readonly headers: Headers;
  readonly isSystemRequest: boolean;
  readonly auth: { isAuthenticated: boolean };
  readonly events: { aborted$: Observable<void>; completed$: Observable<void> };
  readonly params: P;
  readonly query: Q;
  readonly body: B;
}

export interface CoreRequestHandlerContext {
  elasticsearch: { client: IScopedClusterClient };
  security: { authc: { getCurrentUser(): AuthenticatedUser | null } };
}
export interface RequestHandlerContextBase {
  resolve?: unknown;
}
export interface RequestHandlerContext extends RequestHandlerContextBase {
  core: Promise<CoreRequestHandlerContext>;
}

// Responses
export type ResponseHeaders = Record<string, string | string[]>;
export interface HttpResponseOptions<T = unknown> {
  body?: T;
  headers?: ResponseHeaders;
}
export interface ResponseErrorAttributes {
  [key: string]: unknown;
}
export type ResponseError =
  string | Error | { message: string | Error; attributes?: ResponseErrorAttributes };
export interface ErrorHttpResponseOptions {
  body?: ResponseError;
  headers?: ResponseHeaders;
}
export interface CustomHttpResponseOptions<T> {
  body?: T;
  headers?: ResponseHeaders;
  statusCode: number;
  bypassErrorFormat?: boolean;
}
export interface IKibanaResponse<T = unknown> {
  readonly status: number;
  readonly payload?: T;
  readonly options: HttpResponseOptions<T>;
}
// `any` as in Kibana: a JSON body may hold any serialisable value.
export type HttpResponsePayload = undefined | string | Record<string, any> | Buffer | Readable;
export interface KibanaResponseFactory {
  ok<T extends HttpResponsePayload = HttpResponsePayload>(
    options?: HttpResponseOptions<T>
  ): IKibanaResponse<T>;
  badRequest(options?: ErrorHttpResponseOptions): IKibanaResponse;
  unauthorized(options?: ErrorHttpResponseOptions): IKibanaResponse;
  forbidden(options?: ErrorHttpResponseOptions): IKibanaResponse;
  notFound(options?: ErrorHttpResponseOptions): IKibanaResponse;
  conflict(options?: ErrorHttpResponseOptions): IKibanaResponse;
  customError(options: CustomHttpResponseOptions<ResponseError>): IKibanaResponse;
}

// `any` as in Kibana: a handler may serve any method and answer with any body.
export type RequestHandler<
  P = unknown,
  Q = unknown,
  B = unknown,
  Context extends RequestHandlerContextBase = RequestHandlerContext,
  Method extends RouteMethod = any,
> = (
  context: Context,
  request: KibanaRequest<P, Q, B, Method>,
  response: KibanaResponseFactory
) => IKibanaResponse<any> | Promise<IKibanaResponse<any>>;

// Validation
export declare class RouteValidationError extends Error {
  constructor(error: Error | string, path?: string[]);
}
export interface RouteValidationResultFactory {
  ok: <T>(value: T) => { value: T };
  badRequest: (error: Error | string, path?: string[]) => { error: RouteValidationError };
}
export type RouteValidationFunction<T> = (
  // Kibana hands the raw query/params/body to the validator before it is known to be valid.
  data: any,
  validationResult: RouteValidationResultFactory
) => { value: T; error?: never } | { value?: never; error: RouteValidationError };
export type RouteValidationSpec<T> = RouteValidationFunction<T>;

// Security of a route: src/core/packages/http/server/src/router/route.ts
export type Privilege = string;
export interface PrivilegeSet {
  anyRequired?: Privilege[];
  allRequired?: Privilege[];
}
export interface AuthzEnabled {
  requiredPrivileges: Array<Privilege | PrivilegeSet>;
}
export interface AuthzDisabled {
  enabled: false;
  reason: string;
}
export interface AuthcEnabled {
  enabled: true | 'optional';
}
export interface AuthcDisabled {
  enabled: false;
  reason: string;
}
export type RouteAuthz = AuthzEnabled | AuthzDisabled;
export type RouteAuthc = AuthcEnabled | AuthcDisabled;
export interface RouteSecurity {
  authz: RouteAuthz;
  authc?: RouteAuthc;
}
export interface RouteDeprecationInfo {
  documentationUrl: string;
  message?: string;
  severity: 'warning' | 'critical';
  reason:
    | { type: 'bump'; newApiVersion: string }
    | { type: 'remove' }
    | { type: 'migrate'; newApiPath: string; newApiMethod: string }
    | { type: 'deprecate' };
}

// Versioned router: src/core/packages/http/server/src/versioning/types.ts
export type RouteAccess = 'public' | 'internal';
export interface VersionedRouteConfig<Method extends RouteMethod> {
  path: string;
  access: RouteAccess;
  /** Optional in Kibana's type; this plugin declares it on every route (server/routes/route_security.test.ts). */
  security?: RouteSecurity;
  discontinued?: string;
  summary?: string;
  description?: string;
  enableQueryVersion?: boolean;
  options?: {
    tags?: readonly string[];
    timeout?: { idleSocket?: number };
    /** Body options of routes with a body: `maxBytes` refuses larger payloads with 413 before parsing. */
    body?: { maxBytes?: number; accepts?: string | string[] };
  };
  /** Present only so that `Method` is used; Kibana infers it from the verb. */
  readonly _method?: Method;
}
/** A response body validator is given lazily, or as a custom function. */
export type LazyValidator<B> = () => RouteValidationSpec<B>;
export interface VersionedRouteCustomResponseBodyValidation<B> {
  custom: RouteValidationFunction<B>;
}
export type VersionedResponseBodyValidation<B> =
  LazyValidator<B> | VersionedRouteCustomResponseBodyValidation<B>;
export interface VersionedRouteResponseValidation {
  [statusCode: number]: {
    description?: string;
    bodyContentType?: string;
    body?: VersionedResponseBodyValidation<unknown>;
  };
  unsafe?: { body?: boolean };
}
export interface VersionedRouteRequestValidation<P, Q, B> {
  params?: RouteValidationSpec<P>;
  query?: RouteValidationSpec<Q>;
  body?: RouteValidationSpec<B>;
}
export interface VersionedRouteValidation<P, Q, B> {
  request?: VersionedRouteRequestValidation<P, Q, B>;
  response?: VersionedRouteResponseValidation;
}
export type ApiVersion = string;
export interface AddVersionOpts<P, Q, B> {
  version: ApiVersion;
  validate: false | VersionedRouteValidation<P, Q, B> | (() => VersionedRouteValidation<P, Q, B>);
  /** A version may only narrow authorisation; authentication is the route's. */
  security?: Pick<RouteSecurity, 'authz'>;
  options?: { deprecated?: RouteDeprecationInfo };
}
export interface VersionedRoute<
  Method extends RouteMethod = RouteMethod,
  Ctx extends RequestHandlerContextBase = RequestHandlerContextBase,
> {
  addVersion<P = unknown, Q = unknown, B = unknown>(
    options: AddVersionOpts<P, Q, B>,
    handler: (
      ...params: Parameters<RequestHandler<P, Q, B, Ctx>>
    ) => ReturnType<RequestHandler<P, Q, B, Ctx>>
  ): VersionedRoute<Method, Ctx>;
}
export interface VersionedRouter<
  Ctx extends RequestHandlerContextBase = RequestHandlerContextBase,
> {
  get(config: VersionedRouteConfig<'get'>): VersionedRoute<'get', Ctx>;
  put(config: VersionedRouteConfig<'put'>): VersionedRoute<'put', Ctx>;
  post(config: VersionedRouteConfig<'post'>): VersionedRoute<'post', Ctx>;
  patch(config: VersionedRouteConfig<'patch'>): VersionedRoute<'patch', Ctx>;
  delete(config: VersionedRouteConfig<'delete'>): VersionedRoute<'delete', Ctx>;
}
export interface IRouter<Context extends RequestHandlerContextBase = RequestHandlerContextBase> {
  readonly routerPath: string;
  versioned: VersionedRouter<Context>;
}

// ---------------------------------------------------------------- app categories
export interface AppCategory {
  id: string;
  label: string;
  ariaLabel?: string;
  order?: number;
  euiIconType?: string;
}
