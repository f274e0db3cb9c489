/**
 * The server-side Kibana services the host gives a plugin, made of real parts: the HTTP server, a cluster client
 * to Elasticsearch (the development fixture), licensing, spaces, and the security plugin's authentication and
 * authorisation, which register Kibana's application privileges for the features in force and check them with
 * `_has_privileges`, as Kibana does.
 */
import type { Request } from '@hapi/hapi';
import type {
  AuthenticatedUser,
  ElasticsearchClient,
  KibanaRequest,
  Logger,
  RequestHandlerContext,
} from '@kbn/core/server';
import type { KibanaFeatureConfig, LicenseType } from '@kbn/features-plugin/common';
import type { LicenseStatus } from '@kbn/licensing-plugin/server';
import type { AuthorizationServiceSetup } from '@kbn/security-plugin/server';
import type { Space, SpacesPluginStart } from '@kbn/spaces-plugin/server';

import { KIBANA_APPLICATION } from '../../../common/constants';
import { createHttpServer } from '../http/http_server';
import type { AuthenticationState, HttpServer } from '../http/http_server';
import { elasticsearchProfileChecker } from '../../../common/verify';
import { createActions } from '../security/actions';
import { createAuthenticator } from '../security/authentication';
import type { SessionStore } from '../security/authentication';
import { createCheckPrivilegesWithRequest } from '../security/authorization';
import { buildApplicationPrivileges } from '../security/privileges';
import { createClusterClient } from './elasticsearch';
import type { HostClusterClient } from './elasticsearch';
import { createLicense, createLicensing, isLicenseType } from './licensing';
import type { HostLicensing } from './licensing';

export const DEFAULT_KIBANA_VERSION = '9.4.0';
export const DEFAULT_SPACES: Space[] = [
  { id: 'default', name: 'Default', disabledFeatures: [], _reserved: true },
];

export interface KibanaServicesOptions {
  esUrl: string;
  /** The feature definitions in force (a function when they are registered later, e.g. by a plugin's setup). */
  features: readonly KibanaFeatureConfig[] | (() => readonly KibanaFeatureConfig[]);
  spaces?: Space[];
  /** Overrides the licence Elasticsearch reports. */
  license?: LicenseType;
  kibanaVersion?: string;
  port?: number;
  host?: string;
  publicBaseUrl?: string;
  mode?: 'development' | 'production';
  sessions?: SessionStore;
  logger?: Logger;
}

export interface HostSecurity {
  authc: { getCurrentUser(request: KibanaRequest): AuthenticatedUser | null };
  authz: AuthorizationServiceSetup;
}

export interface KibanaServices {
  http: HttpServer;
  elasticsearch: { client: HostClusterClient };
  security: HostSecurity;
  spaces: SpacesPluginStart & { getAll(): Space[] };
  licensing: HostLicensing;
  kibanaVersion: string;
  /** Who makes a raw request (basic credentials or session cookie); null when nobody. */
  authenticate(request: Request): Promise<AuthenticationState | null>;
  /** The request handler context Kibana gives route handlers. */
  createContext(request: KibanaRequest): RequestHandlerContext;
  /** Registers Kibana's application privileges for the features in force and the licence (PUT _security/privilege). */
  registerPrivileges(): Promise<Record<string, string[]>>;
  stop(): Promise<void>;
}

async function readLicense(
  client: ElasticsearchClient
): Promise<{ type: LicenseType; status: LicenseStatus }> {
  const { license } = await client.license.get();
  const type = String(license.type).toLowerCase();
  const status: LicenseStatus =
    license.status === 'active' ? 'active' : license.status === 'expired' ? 'expired' : 'invalid';
  return { type: isLicenseType(type) ? type : 'basic', status };
}

export async function createKibanaServices(
  options: KibanaServicesOptions
): Promise<KibanaServices> {
  const kibanaVersion = options.kibanaVersion ?? DEFAULT_KIBANA_VERSION;
  const actions = createActions(kibanaVersion);
  const spaces = options.spaces ?? DEFAULT_SPACES;
  const features = () =>
    typeof options.features === 'function' ? options.features() : options.features;

  // The HTTP server and the cluster client refer to each other (auth state ↔ scoped clients).
  let http: HttpServer | undefined = undefined;
  const authorizationOf = (request: KibanaRequest) => http?.getAuthState(request)?.authorization;
  const client = createClusterClient({ esUrl: options.esUrl, authorizationOf });
  const checkPrivilegesWithRequest = createCheckPrivilegesWithRequest({
    application: KIBANA_APPLICATION,
    actions,
    client: client.base,
    authorizationOf,
  });

  const authenticate = createAuthenticator(client.base, options.sessions);
  const server = createHttpServer({
    port: options.port,
    host: options.host,
    publicBaseUrl: options.publicBaseUrl,
    mode: options.mode,
    logger: options.logger,
    spaceExists: (spaceId) => spaces.some((space) => space.id === spaceId),
    authenticate,
    async authorize(request, names) {
      const spaceId = server.getSpaceId(request);
      const result = await checkPrivilegesWithRequest(request).atSpace(spaceId, {
        kibana: names.map((name) => actions.api.get(name)),
      });
      const granted: Record<string, boolean> = {};
      for (const { privilege, authorized } of result.privileges.kibana) {
        granted[privilege.replace(/^api:/, '')] = authorized;
      }
      return granted;
    },
    createContext: (request) => createContext(request),
  });
  http = server;

  const esLicense = await readLicense(client.asInternalUser);
  const licensing = createLicensing(
    createLicense(options.license ?? esLicense.type, options.license ? 'active' : esLicense.status)
  );
  let currentLicense: LicenseType = options.license ?? esLicense.type;
  licensing.license$.subscribe((license) => {
    currentLicense = license.type ?? 'basic';
  });

  const getCurrentUser = (request: KibanaRequest) => server.getAuthState(request)?.user ?? null;

  function createContext(request: KibanaRequest): RequestHandlerContext {
    return {
      core: Promise.resolve({
        elasticsearch: { client: client.asScoped(request) },
        security: { authc: { getCurrentUser: () => getCurrentUser(request) } },
      }),
    };
  }

  const spacesStart: KibanaServices['spaces'] = {
    getAll: () => spaces,
    spacesService: {
      getSpaceId: (request) => server.getSpaceId(request),
      // As Kibana's spaces client wrapped by the security plugin: a caller sees only the spaces they may log in
      // to, and is refused when that is none.
      createSpacesClient: (request) => ({
        async getAll() {
          const { privileges } = await checkPrivilegesWithRequest(request).atSpaces(
            spaces.map((space) => space.id),
            { kibana: actions.login },
            { requireLoginAction: false }
          );
          const visible = spaces.filter((space) =>
            privileges.kibana.some((entry) => entry.resource === space.id && entry.authorized)
          );
          if (visible.length === 0) {
            throw Object.assign(new Error('Forbidden'), { statusCode: 403 });
          }
          return visible;
        },
        // As Kibana's secure spaces client: a space the caller may not log in to is refused.
        async get(id) {
          const space = spaces.find((candidate) => candidate.id === id);
          if (!space)
            throw Object.assign(new Error(`Saved object [space/${id}] not found`), {
              statusCode: 404,
            });
          const { privileges } = await checkPrivilegesWithRequest(request).atSpaces(
            [id],
            { kibana: actions.login },
            { requireLoginAction: false }
          );
          if (!privileges.kibana.some((entry) => entry.resource === id && entry.authorized)) {
            throw Object.assign(new Error(`Unauthorized to get space "${id}"`), {
              statusCode: 403,
            });
          }
          return space;
        },
      }),
    },
  };

  return {
    http: server,
    authenticate,
    elasticsearch: { client },
    security: {
      authc: { getCurrentUser },
      authz: {
        actions,
        checkPrivilegesWithRequest,
        // As Kibana's security plugin: `_security/profile/_has_privileges` as the internal user, login required.
        checkUserProfilesPrivileges: (uids) => ({
          async atSpace(spaceId, { kibana }) {
            const answer = await elasticsearchProfileChecker(client.asInternalUser, {
              application: KIBANA_APPLICATION,
              space: spaceId,
              loginAction: actions.login,
            })([...uids], kibana);
            const details = Object.fromEntries(
              Object.entries(answer.errors ?? {}).map(([uid, reason]) => [
                uid,
                { type: 'exception', reason },
              ])
            );
            const count = Object.keys(details).length;
            return {
              hasPrivilegeUids: [...answer.granted],
              ...(count > 0 ? { errors: { count, details } } : {}),
            };
          },
        }),
        mode: { useRbacForRequest: () => true },
      },
    },
    spaces: spacesStart,
    licensing,
    kibanaVersion,
    createContext,
    async registerPrivileges() {
      const privileges = buildApplicationPrivileges(features(), {
        licenseType: currentLicense,
        actions,
      });
      const body: Record<
        string,
        Record<string, { application: string; name: string; actions: string[] }>
      > = {
        [KIBANA_APPLICATION]: {},
      };
      for (const [name, privilegeActions] of Object.entries(privileges)) {
        body[KIBANA_APPLICATION][name] = {
          application: KIBANA_APPLICATION,
          name,
          actions: privilegeActions,
        };
      }
      await client.asInternalUser.security.putPrivileges({ privileges: body });
      return privileges;
    },
    async stop() {
      await server.stop();
      await client.close();
    },
  };
}
