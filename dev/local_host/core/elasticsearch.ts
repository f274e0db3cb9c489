/** Kibana's cluster client: one `@elastic/elasticsearch` client, scoped per request by the caller's credentials. */
import { Client } from '@elastic/elasticsearch';

import type { IClusterClient, KibanaRequest } from '@kbn/core/server';

import { basicAuthorization } from '../security/authentication';
import type { Credentials } from '../security/authentication';

/** Kibana's own user in Elasticsearch; the fixture accepts it with the demo password. */
export const KIBANA_SYSTEM_CREDENTIALS: Credentials = {
  username: 'kibana_system',
  password: 'changeme',
};

export interface ClusterClientOptions {
  esUrl: string;
  internalCredentials?: Credentials;
  /** The `authorization` header of the caller of `request`; undefined when unauthenticated. */
  authorizationOf: (request: KibanaRequest) => string | undefined;
}

export interface HostClusterClient extends IClusterClient {
  /**
   * The unscoped client (no credentials): the host's own calls for a caller (authentication, privilege checks) pass
   * the caller's `authorization` header per request instead of making a child client each time.
   */
  readonly base: Client;
  close(): Promise<void>;
}

export function createClusterClient({
  esUrl,
  internalCredentials = KIBANA_SYSTEM_CREDENTIALS,
  authorizationOf,
}: ClusterClientOptions): HostClusterClient {
  const base = new Client({ node: esUrl, requestTimeout: 30_000, maxRetries: 0 });
  const asInternalUser = base.child({
    headers: { authorization: basicAuthorization(internalCredentials) },
  });
  return {
    base,
    asInternalUser,
    asScoped(request) {
      // As Kibana's ScopedClusterClient: the caller's client is made on first use, so a request that never calls
      // Elasticsearch as its caller costs no client.
      let asCurrentUser: Client | undefined;
      const currentUser = () => {
        if (!asCurrentUser) {
          const authorization = authorizationOf(request);
          asCurrentUser = authorization ? base.child({ headers: { authorization } }) : base;
        }
        return asCurrentUser;
      };
      return {
        asInternalUser,
        get asCurrentUser() {
          return currentUser();
        },
        get asSecondaryAuthUser() {
          return currentUser();
        },
      };
    },
    close: () => base.close(),
  };
}
