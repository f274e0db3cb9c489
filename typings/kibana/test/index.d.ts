/**
 * The part of `@kbn/test` the functional tests use, declared from Kibana's source
 * (src/platform/packages/shared/kbn-test/src/functional_test_runner/public_types.ts and lib/config/config.ts).
 * Names and shapes follow Kibana; members the suite does not use are left out. Type-only: the local runner
 * (test/functional_runner) provides these at runtime, Kibana's FTR does inside a Kibana checkout.
 */

/** The FTR configuration: a read-only tree of values, read with dotted keys (`kbnTestServer.serverArgs`). */
export interface Config {
  has(key: string | string[]): boolean;
  /** `any`, as in Kibana: config values are untyped. */
  get(key: string | string[], defaultValue?: any): any;
  getAll(): any;
}

/** Kibana's `ToolingLog`, reduced to the levels the suite logs at. */
export interface ToolingLog {
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  warning(...args: unknown[]): void;
  error(errOrMsg: string | Error): void;
}

export interface EsVersion {
  toString(): string;
}

/** What a config file's default export receives. */
export interface FtrConfigProviderContext {
  log: ToolingLog;
  esVersion: EsVersion;
  readConfigFile(path: string): Promise<Config>;
}

export interface AsyncInstance<T> {
  init(): Promise<T>;
}

type MaybeAsyncInstance<T> = T extends Promise<infer X> ? AsyncInstance<X> & X : T;

/** `any` parameters, as in Kibana: a provider may take anything. */
export type ProvidedType<T extends (...args: any[]) => any> = MaybeAsyncInstance<ReturnType<T>>;

/** Maps providers (functions or classes, with any parameters, as in Kibana) to the instances they provide. */
type ProvidedTypeMap<T extends {}> = {
  [K in keyof T]: T[K] extends new (...args: any[]) => infer X
    ? X
    : T[K] extends (...args: any[]) => any
      ? ProvidedType<T[K]>
      : unknown;
};

/** What spec files and services receive: typed access to services and page objects. */
export interface GenericFtrProviderContext<
  ServiceProviders extends {},
  PageObjectProviders extends {},
  ServiceMap = ProvidedTypeMap<ServiceProviders>,
  PageObjectMap = ProvidedTypeMap<PageObjectProviders>,
> {
  hasService(serviceName: 'config' | 'log'): true;
  hasService<K extends keyof ServiceMap>(serviceName: K): serviceName is K;
  hasService(serviceName: string): serviceName is Extract<keyof ServiceMap, string>;

  getService(serviceName: 'config'): Config;
  getService(serviceName: 'log'): ToolingLog;
  getService<T extends keyof ServiceMap>(serviceName: T): ServiceMap[T];

  getPageObject<K extends keyof PageObjectMap>(pageObjectName: K): PageObjectMap[K];
  getPageObjects<K extends keyof PageObjectMap>(pageObjects: K[]): Pick<PageObjectMap, K>;

  /** Synchronously loads a spec file inside the current `describe()`. */
  loadTestFile(path: string): void;

  updateBaselines: boolean;
}
