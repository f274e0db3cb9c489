/**
 * The part of `@kbn/ftr-common-functional-services` the functional tests use, declared from Kibana's source
 * (src/platform/packages/shared/kbn-ftr-common-functional-services: services/retry/retry.ts,
 * services/security/{security,role,user}.ts, services/supertest*.ts). Names and shapes follow Kibana; members the
 * suite does not use are left out. Type-only.
 */

export interface RetryOptions {
  description?: string;
  initialDelay?: number;
  retryDelay?: number;
  timeout?: number;
}

/** `retry`: repeats a block until it succeeds (`try`) or a condition holds (`waitFor`). */
export interface RetryService {
  try<T>(block: () => Promise<T>, options?: RetryOptions | (() => Promise<T>)): Promise<T>;
  tryForTime<T>(timeout: number, block: () => Promise<T>): Promise<T>;
  waitFor(description: string, block: () => Promise<boolean>): Promise<void>;
  waitForWithTimeout(
    description: string,
    timeout: number,
    block: () => Promise<boolean>
  ): Promise<void>;
}

/** A Kibana role as the role API (`PUT /api/security/role/{name}`) takes it. */
export interface KibanaRoleDescriptor {
  elasticsearch?: {
    cluster?: string[];
    indices?: Array<{ names: string[]; privileges: string[] }>;
    run_as?: string[];
  };
  kibana?: Array<{
    base?: string[];
    feature?: Record<string, string[]>;
    spaces: string[];
  }>;
}

/** `security.role`: Kibana's role API. */
export interface Role {
  create(name: string, role: KibanaRoleDescriptor): Promise<void>;
  delete(name: string): Promise<void>;
}

/** A user as Kibana's internal users API takes it. */
export interface UserDescriptor {
  password: string;
  roles: string[];
  full_name?: string;
  email?: string;
}

/** `security.user`: Kibana's internal users API. */
export interface User {
  create(username: string, user: UserDescriptor): Promise<void>;
  delete(username: string, options?: { retries?: number }): Promise<void>;
  disable(username: string): Promise<void>;
  enable(username: string): Promise<void>;
}

export interface SecurityService {
  readonly role: Role;
  readonly user: User;
}

/** The response of a supertest request. */
export interface SupertestResponse {
  status: number;
  /** Parsed JSON body (`{}` when the body is not JSON), as supertest gives it. */
  // any: a JSON body has no static type; specs narrow it.
  body: any;
  text: string;
  headers: Record<string, string>;
}

/** One supertest request: chain headers, auth, query and body, then await it (or `.expect(status)`). */
export interface SupertestTest extends PromiseLike<SupertestResponse> {
  set(field: string, value: string): this;
  auth(user: string, password: string): this;
  query(query: Record<string, string | number | boolean>): this;
  send(body: unknown): this;
  expect(status: number): Promise<SupertestResponse>;
}

/** The supertest agent bound to Kibana's URL (`supertest`: as the admin; `supertestWithoutAuth`: anonymous). */
export interface SupertestAgent {
  get(path: string): SupertestTest;
  post(path: string): SupertestTest;
  put(path: string): SupertestTest;
  delete(path: string): SupertestTest;
}

export type SupertestWithoutAuthProviderType = SupertestAgent;
