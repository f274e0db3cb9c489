/**
 * The local host: runs the built plugin in a Kibana-like server (see README of issue 6). Development only; never
 * imported by server/, public/ or common/.
 */
export { createHttpServer, VERSION_HEADER } from './http/http_server';
export type { HttpServer, HttpServerOptions, AuthenticationState } from './http/http_server';
export { kibanaResponseFactory, formatErrorBody } from './http/kibana_response';
export { createTestKibanaServer } from './test_kibana_server';
export type { TestKibanaServer, TestKibanaServerOptions } from './test_kibana_server';
export {
  createKibanaServices,
  DEFAULT_SPACES,
  DEFAULT_KIBANA_VERSION,
} from './core/kibana_services';
export type { KibanaServices, KibanaServicesOptions } from './core/kibana_services';
export { buildApplicationPrivileges, privilegeActions } from './security/privileges';
export { createActions } from './security/actions';
export { basicAuthorization } from './security/authentication';
