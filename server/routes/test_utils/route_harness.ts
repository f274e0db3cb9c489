/**
 * Route tests run the real handlers behind the local host's Kibana-like HTTP server (router contract, Basic
 * authentication against Elasticsearch, `security.authz` through registered application privileges), talking to
 * the Elasticsearch security fixture with the official client.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { CoreStart, Logger } from '@kbn/core/server';
import type {
  CheckPrivilegesResponse,
  CheckPrivilegesWithRequest,
  SecurityPluginStart,
} from '@kbn/security-plugin/server';
import { getBuiltinFeatures } from '../../../common/features';
import type { DirectorySnapshot } from '../../../common/snapshot';
import { startEsSecurityFixture, type EsSecurityFixture } from '../../../dev/es_security_fixture';
import { createTestKibanaServer, type TestKibanaServer } from '../../../dev/local_host';
import { DirectoryCache } from '../../lib/directory_cache';
import type { CaseAccessStartDeps } from '../../types';
import { registerRoutes } from '..';

const SEED = path.resolve(__dirname, '../../../test/fixtures/scenarios/seed-sections.json');

const application = 'kibana-.kibana';
const everywhere = (privileges: string[]) => [{ application, privileges, resources: ['*'] }];

/** The seed scenario plus the callers the route tests need. */
export function routeTestSnapshot(): DirectorySnapshot {
  const { snapshot } = JSON.parse(readFileSync(path.resolve(SEED), 'utf8')) as {
    snapshot: DirectorySnapshot;
  };
  const user = (username: string, roles: string[], profile = false) => ({
    username,
    roles,
    full_name: username === 'formula' ? '=HYPERLINK("http://x")' : `${username} person`,
    email: `${username}@example.com`,
    metadata: {},
    enabled: true,
    ...(profile ? { profile_uid: `u_${username}_0` } : {}),
  });
  const role = (cluster: string[], privileges: string[]) => ({
    cluster,
    indices: [],
    applications: everywhere(privileges),
    run_as: [],
    metadata: {},
    transient_metadata: { enabled: true },
  });
  return {
    ...snapshot,
    users: {
      ...snapshot.users,
      auditor: user('auditor', ['case_auditor']),
      self_viewer: user('self_viewer', ['case_self', 'cases_full']),
      audit_without_es: user('audit_without_es', ['case_audit_no_es']),
      formula: user('formula', ['sec_cases_all']),
    },
    roles: {
      ...snapshot.roles,
      case_auditor: role(['read_security'], ['feature_caseAccess.all']),
      case_audit_no_es: role([], ['feature_caseAccess.all']),
      case_self: role([], ['feature_caseAccess.read']),
    },
  };
}

const silentLogger = (): Logger & { warnings: string[] } => {
  const warnings: string[] = [];
  const logger = {
    warnings,
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: (message: string | Error) => warnings.push(String(message)),
    error: (message: string | Error) => warnings.push(String(message)),
    fatal: (message: string | Error) => warnings.push(String(message)),
    get: () => logger,
  };
  return logger;
};

/**
 * Kibana's `checkPrivilegesWithRequest` asks Elasticsearch about `space:<id>` resources but answers with the space
 * ids (`resource: 'default'`, none for the global resource); the local host answers with the raw resources.
 */
function answerWithSpaceIds(check: CheckPrivilegesWithRequest): CheckPrivilegesWithRequest {
  const deserialize = (response: CheckPrivilegesResponse): CheckPrivilegesResponse => ({
    ...response,
    privileges: {
      ...response.privileges,
      kibana: response.privileges.kibana.map(({ resource, ...entry }) => {
        const spaceId = resource?.startsWith('space:') ? resource.slice('space:'.length) : resource;
        return spaceId === undefined || spaceId === '*' ? entry : { ...entry, resource: spaceId };
      }),
    },
  });
  return (request) => {
    const checker = check(request);
    return {
      atSpace: async (...args) => deserialize(await checker.atSpace(...args)),
      atSpaces: async (...args) => deserialize(await checker.atSpaces(...args)),
      globally: async (...args) => deserialize(await checker.globally(...args)),
    };
  };
}

export interface RouteHarnessOptions {
  /** Replace start contracts of optional plugins (e.g. a licensing plugin whose licence is unavailable). */
  plugins?: Partial<CaseAccessStartDeps>;
  /** The cache's refresh throttle; 0 by default, as route tests refresh right after a read. */
  refreshIntervalMs?: number;
  /** Interface to listen on (default `localhost`). */
  host?: string;
}

export interface RouteHarness {
  es: EsSecurityFixture;
  kibana: TestKibanaServer;
  cache: DirectoryCache;
  logger: ReturnType<typeof silentLogger>;
  get(pathAndQuery: string, username: string): Promise<Response>;
  stop(): Promise<void>;
}

export async function startRouteHarness(
  snapshot: DirectorySnapshot = routeTestSnapshot(),
  options: RouteHarnessOptions = {}
): Promise<RouteHarness> {
  const es = await startEsSecurityFixture({ snapshot });
  const features = getBuiltinFeatures({ buildFlavor: snapshot.kibana.buildFlavor });
  const kibana = await createTestKibanaServer({
    esUrl: es.url,
    features,
    spaces: snapshot.kibana.spaces.map((space) => ({ ...space })),
    mode: 'production',
    host: options.host,
  });
  const cache = new DirectoryCache({ refreshIntervalMs: options.refreshIntervalMs ?? 0 });
  const logger = silentLogger();
  const coreStart = {
    elasticsearch: kibana.elasticsearch,
    http: { basePath: kibana.http.basePath },
    security: kibana.security,
  } as unknown as CoreStart; // the test host provides the members the routes use
  const security: SecurityPluginStart = {
    authc: kibana.security.authc,
    authz: {
      ...kibana.security.authz,
      checkPrivilegesWithRequest: answerWithSpaceIds(
        kibana.security.authz.checkPrivilegesWithRequest
      ),
    },
  };
  const plugins: CaseAccessStartDeps = {
    features: { getKibanaFeatures: () => [] },
    spaces: kibana.spaces,
    licensing: kibana.licensing,
    security,
    notifications: {
      isEmailServiceAvailable: () => false,
      getEmailService: () => {
        throw new Error('no email service in tests');
      },
    },
    ...options.plugins,
  };
  registerRoutes({
    router: kibana.router,
    logger,
    getStartServices: async () => [coreStart, plugins, undefined],
    buildFlavor: snapshot.kibana.buildFlavor,
    kibanaVersion: '9.4.0',
    getFeaturesInForce: () => features,
    cache,
  });
  await kibana.start();
  return {
    es,
    kibana,
    cache,
    logger,
    get: (pathAndQuery, username) =>
      fetch(`${kibana.url}${pathAndQuery}`, { headers: kibana.headersFor(username) }),
    async stop() {
      await kibana.stop();
      await es.stop();
    },
  };
}
