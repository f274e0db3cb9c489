/**
 * The fixture's public types, in a file of their own so that the server (index.ts) and its request handlers
 * (routes.ts) both import them without importing each other.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { EsSecurityFixtureSnapshot } from './state';

export type FixtureEndpoint =
  | 'info'
  | 'authenticate'
  | 'getUser'
  | 'putUser'
  | 'deleteUser'
  | 'getRole'
  | 'putRole'
  | 'deleteRole'
  | 'getProfile'
  | 'suggestProfiles'
  | 'activateProfile'
  | 'profileHasPrivileges'
  | 'hasPrivileges'
  | 'getPrivileges'
  | 'putPrivileges'
  | 'license'
  | 'unknown';

export interface EsSecurityFixtureOptions {
  snapshot: EsSecurityFixtureSnapshot;
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Play serverless Elasticsearch: the native user APIs answer 410 Gone, as serverless answers APIs it does not
   * offer (default false).
   */
  serverless?: boolean;
}

/** A failure to inject: every matching request answers `status` with an Elasticsearch error body. */
export interface FixtureFailure {
  status: number;
  type?: string;
  reason?: string;
  /** How many requests fail before the endpoint recovers; unlimited when absent. */
  times?: number;
}

export interface FixtureRequestRecord {
  method: string;
  path: string;
  endpoint: FixtureEndpoint;
  /** The authenticated user, or undefined when authentication failed. */
  username?: string;
  status: number;
}

export interface EsSecurityFixture {
  url: string;
  stop(): Promise<void>;
  /** Make an endpoint (or `'*'`: every endpoint, e.g. 503 for a cluster that is down) fail. */
  fail(endpoint: FixtureEndpoint | '*', failure: FixtureFailure): void;
  clearFailures(): void;
  /** Delay every answer, to simulate a slow cluster. */
  setLatency(ms: number): void;
  /** Every request answered so far, oldest first. */
  readonly requests: FixtureRequestRecord[];
  /** An `ApiKey` credential (base64 `id:key`) that authenticates as `username`. */
  createApiKey(username: string): string;
  /** Registered application privileges, as `GET _security/privilege` returns them. */
  getPrivileges(): estypes.SecurityGetPrivilegesResponse;
}
