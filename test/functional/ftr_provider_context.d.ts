/**
 * Types of what the specs get from `getService` / `getPageObjects`. Inside Kibana these come from the x-pack
 * platform functional services and page objects; here they are declared (type-only, no runtime `@kbn` import) as the
 * subset of Kibana's members the specs call, with Kibana's names and signatures
 * (src/platform/test/functional/services/common/{test_subjects,browser}.ts,
 * src/platform/test/functional/page_objects/{common_page,header_page}.ts,
 * x-pack/platform/test/functional/page_objects/security_page.ts).
 */
import type { GenericFtrProviderContext } from '@kbn/test';
import type {
  RetryService,
  SecurityService,
  SupertestAgent,
  SupertestWithoutAuthProviderType,
} from '@kbn/ftr-common-functional-services';

/** A found element (Kibana's `WebElementWrapper`). */
export interface WebElementWrapper {
  click(): Promise<void>;
  getVisibleText(): Promise<string>;
  getAttribute(name: string): Promise<string>;
  isDisplayed(): Promise<boolean>;
  type(value: string | string[]): Promise<void>;
  clearValue(): Promise<void>;
}

export interface ExistsOptions {
  timeout?: number;
  allowHidden?: boolean;
}

/** `testSubjects`: finds elements by `data-test-subj`. */
export interface TestSubjects {
  exists(selector: string, options?: ExistsOptions): Promise<boolean>;
  existOrFail(selector: string, options?: ExistsOptions): Promise<void>;
  missingOrFail(selector: string, options?: ExistsOptions): Promise<void>;
  click(selector: string, timeout?: number): Promise<void>;
  find(selector: string, timeout?: number): Promise<WebElementWrapper>;
  findAll(selector: string, timeout?: number): Promise<WebElementWrapper[]>;
  getVisibleText(selector: string): Promise<string>;
  getAttribute(selector: string, attribute: string): Promise<string>;
  setValue(selector: string, text: string): Promise<void>;
  /** Picks the option with this value in a native <select>, as Kibana's `testSubjects.selectValue`. */
  selectValue(selector: string, value: string): Promise<void>;
}

/** `browser`: the browser window. */
export interface Browser {
  /** Key names usable with `pressKeys` (selenium's `Key` inside Kibana). */
  readonly keys: { ENTER: string; ESCAPE: string; TAB: string };
  get(url: string): Promise<void>;
  getCurrentUrl(): Promise<string>;
  refresh(): Promise<void>;
  pressKeys(...keys: string[]): Promise<void>;
  setWindowSize(width: number, height: number): Promise<void>;
  /** Runs a function (or a script) in the page and returns its JSON-serialisable result, awaiting promises. */
  execute<A extends unknown[], R>(
    fn: string | ((...args: A) => R),
    ...args: A
  ): Promise<Awaited<R>>;
}

export interface NavigateProps {
  ensureCurrentUrl?: boolean;
  shouldLoginIfPrompted?: boolean;
  shouldUseHashForSubUrl?: boolean;
}

/** `PageObjects.common`. */
export interface CommonPageObject {
  navigateToUrl(appName: string, subUrl?: string, props?: NavigateProps): Promise<void>;
  navigateToApp(appName: string, props?: { path?: string; hash?: string }): Promise<void>;
  /** Puts a file in the page's file input (Kibana: `PageObjects.common.setFileInputPath`). */
  setFileInputPath(path: string): Promise<void>;
}

export interface LoginOptions {
  expectSpaceSelector?: boolean;
  expectSuccess?: boolean;
  expectForbidden?: boolean;
}

/** `PageObjects.security`. */
export interface SecurityPageObject {
  login(username?: string, password?: string, options?: LoginOptions): Promise<void>;
  forceLogout(options?: { waitForLoginPage: boolean }): Promise<void>;
}

/** `PageObjects.header`. */
export interface HeaderPageObject {
  waitUntilLoadingHasFinished(): Promise<void>;
}

export interface CaseAccessServices {
  retry: RetryService;
  security: SecurityService;
  supertest: SupertestAgent;
  supertestWithoutAuth: SupertestWithoutAuthProviderType;
  testSubjects: TestSubjects;
  browser: Browser;
}

export interface CaseAccessPageObjects {
  common: CommonPageObject;
  security: SecurityPageObject;
  header: HeaderPageObject;
}

export type FtrProviderContext = GenericFtrProviderContext<
  {},
  {},
  CaseAccessServices,
  CaseAccessPageObjects
>;
