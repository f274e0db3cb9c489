/**
 * The part of `@kbn/core/public` this plugin uses, declared from Kibana's source: src/core/packages/<service>/browser,
 * chiefly application/browser/src/contracts.ts (ApplicationStart: navigateToUrl, getUrlForApp), http/browser/src/types.ts,
 * theme/browser/src/types.ts, notifications/browser and rendering/browser. Type-only.
 */
import type { ReactElement, ReactNode } from 'react';
import type { Observable } from 'rxjs';

export type BuildFlavor = 'serverless' | 'traditional';

export interface PluginInitializerContext<ConfigSchema extends object = object> {
  readonly opaqueId: symbol;
  readonly env: {
    mode: { name: 'development' | 'production'; dev: boolean; prod: boolean };
    packageInfo: {
      version: string;
      branch: string;
      buildNum: number;
      buildSha: string;
      dist: boolean;
      buildFlavor: BuildFlavor;
    };
  };
  readonly config: { get: <T extends object = ConfigSchema>() => T };
}

export interface Plugin<
  TSetup = void,
  TStart = void,
  TPluginsSetup extends object = object,
  TPluginsStart extends object = object,
> {
  setup(core: CoreSetup<TPluginsStart, TStart>, plugins: TPluginsSetup): TSetup;
  start(core: CoreStart, plugins: TPluginsStart): TStart;
  stop?(): void;
}

export type StartServicesAccessor<
  TPluginsStart extends object = object,
  TStart = unknown,
> = () => Promise<[CoreStart, TPluginsStart, TStart]>;

export interface CoreSetup<TPluginsStart extends object = object, TStart = unknown> {
  http: HttpSetup;
  getStartServices: StartServicesAccessor<TPluginsStart, TStart>;
}

export interface Capabilities {
  navLinks: Record<string, boolean>;
  management: { [sectionId: string]: Record<string, boolean> };
  catalogue: Record<string, boolean>;
  [key: string]: Record<string, boolean | Record<string, boolean>>;
}

export interface IBasePath {
  get(): string;
  prepend(url: string): string;
  remove(url: string): string;
  readonly serverBasePath: string;
  readonly publicBaseUrl?: string;
}

export interface HttpFetchQuery {
  [key: string]: string | number | boolean | undefined | Array<string | number | boolean>;
}

export interface HttpFetchOptions {
  query?: HttpFetchQuery;
  /** Kibana's options extend the fetch API's `RequestInit`; the plugin sends JSON text. */
  body?: BodyInit | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  asResponse?: boolean;
  rawResponse?: boolean;
  version?: string;
  prependBasePath?: boolean;
}

export interface HttpFetchOptionsWithPath extends HttpFetchOptions {
  path: string;
}

export interface HttpResponse<TResponseBody = unknown> {
  readonly fetchOptions: Readonly<HttpFetchOptionsWithPath>;
  readonly request: Readonly<Request>;
  readonly response?: Readonly<Response>;
  readonly body?: TResponseBody;
}

export interface IHttpFetchError<TResponseBody = unknown> extends Error {
  readonly name: string;
  readonly req: Request;
  readonly request: Request;
  readonly res?: Response;
  readonly response?: Response;
  readonly body?: TResponseBody;
}

export interface HttpHandler {
  <TResponseBody = unknown>(
    path: string,
    options: HttpFetchOptions & { asResponse: true }
  ): Promise<HttpResponse<TResponseBody>>;
  <TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
}

export interface HttpSetup {
  basePath: IBasePath;
  fetch: HttpHandler;
  get: HttpHandler;
  post: HttpHandler;
  put: HttpHandler;
  delete: HttpHandler;
}
export type HttpStart = HttpSetup;

export interface ChromeBreadcrumb {
  text: ReactNode;
  href?: string;
  onClick?: (event: unknown) => void;
  'data-test-subj'?: string;
}

export interface ToastInput {
  title?: string;
  text?: string;
  'data-test-subj'?: string;
}
export interface IToasts {
  addSuccess(toastOrTitle: ToastInput | string): unknown;
  addWarning(toastOrTitle: ToastInput | string): unknown;
  addDanger(toastOrTitle: ToastInput | string): unknown;
  addError(error: Error, options: { title: string; toastMessage?: string }): unknown;
}
export interface NotificationsStart {
  toasts: IToasts;
}

export interface ApplicationStart {
  capabilities: Readonly<Capabilities>;
  navigateToApp(appId: string, options?: { path?: string }): Promise<void>;
  navigateToUrl(url: string): Promise<void>;
  getUrlForApp(appId: string, options?: { path?: string; absolute?: boolean }): string;
}

export interface RenderingService {
  addContext(element: ReactNode): ReactElement;
}

export interface DocLinksStart {
  readonly DOC_LINK_VERSION: string;
  readonly ELASTIC_WEBSITE_URL: string;
}

export interface CoreTheme {
  readonly darkMode: boolean;
  readonly name: string;
}
export interface ThemeServiceStart {
  theme$: Observable<CoreTheme>;
  getTheme(): CoreTheme;
}

export interface ChromeStart {
  docTitle: { change(newTitle: string | string[]): void; reset(): void };
}

export interface CoreStart {
  application: ApplicationStart;
  http: HttpStart;
  notifications: NotificationsStart;
  rendering: RenderingService;
  docLinks: DocLinksStart;
  theme: ThemeServiceStart;
  chrome: ChromeStart;
}

export interface ScopedHistory<HistoryLocationState = unknown> {
  readonly location: {
    pathname: string;
    search: string;
    hash: string;
    state?: HistoryLocationState;
  };
  push(path: string, state?: HistoryLocationState): void;
  replace(path: string, state?: HistoryLocationState): void;
  createHref(location: { pathname?: string; search?: string; hash?: string }): string;
  listen(listener: (location: { pathname: string; search: string }) => void): () => void;
}

export type AppUnmount = () => void;
