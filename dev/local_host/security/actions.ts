/**
 * Kibana's authorisation action strings (x-pack/platform/plugins/shared/security/server/authorization/actions):
 * what Kibana privileges are made of in Elasticsearch, e.g. `api:caseAccessAudit`, `ui:caseAccess/audit`,
 * `cases:securitySolution/pushCase`, `saved_object:action/get`, `login:`, `version:9.4.0`.
 */
import type { Actions } from '@kbn/security-plugin/server';

export function createActions(kibanaVersion: string): Actions {
  return {
    version: `version:${kibanaVersion}`,
    login: 'login:',
    api: { get: (operation) => `api:${operation}` },
    app: { get: (appId) => `app:${appId}` },
    cases: { get: (owner, operation) => `cases:${owner}/${operation}` },
    savedObject: { get: (type, operation) => `saved_object:${type}/${operation}` },
    ui: { get: (featureId, ...parts) => `ui:${featureId}/${parts.join('/')}` },
  };
}
