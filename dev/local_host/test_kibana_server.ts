/**
 * A Kibana-like server for route tests: Kibana's router contract, authentication against Elasticsearch (the
 * development fixture), `security.authz` enforcement through Kibana's application privileges, and the request
 * handler context. Register routes on `router`, then `start()`.
 *
 * @example
 *   const es = await startEsSecurityFixture({ snapshot });
 *   const kibana = await createTestKibanaServer({ esUrl: es.url, features: getRegisteredFeatures(...) });
 *   registerRoutes({ router: kibana.router, ... });
 *   await kibana.start();
 *   await fetch(`${kibana.url}/internal/case_access/report`, { headers: kibana.headersFor('alice') });
 */
import type { IRouter, RequestHandlerContext } from '@kbn/core/server';

import { basicAuthorization } from './security/authentication';
import { createKibanaServices } from './core/kibana_services';
import type { KibanaServices, KibanaServicesOptions } from './core/kibana_services';
import { API_VERSION } from '../../common/constants';

export type TestKibanaServerOptions = Omit<KibanaServicesOptions, 'sessions'>;

export interface TestKibanaServer extends Omit<KibanaServices, 'registerPrivileges'> {
  router: IRouter<RequestHandlerContext>;
  /** Starts listening (after registering the features' privileges in Elasticsearch); resolves with the URL. */
  start(): Promise<string>;
  readonly url: string;
  /** Headers of an internal API call as `username` (password `changeme` unless given). */
  headersFor(username: string, password?: string): Record<string, string>;
}

export async function createTestKibanaServer(
  options: TestKibanaServerOptions
): Promise<TestKibanaServer> {
  const services = await createKibanaServices({ ...options, mode: options.mode ?? 'development' });
  const router = services.http.createRouter<RequestHandlerContext>();
  return {
    ...services,
    router,
    async start() {
      await services.registerPrivileges();
      return services.http.start();
    },
    get url() {
      return services.http.url;
    },
    headersFor: (username, password = 'changeme') => ({
      authorization: basicAuthorization({ username, password }),
      'elastic-api-version': API_VERSION,
      'kbn-xsrf': 'true',
    }),
  };
}
