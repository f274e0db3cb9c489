/**
 * Per request: the caller's directory snapshot and its evaluation, from the cache when the same caller read it
 * less than a minute ago and still holds `read_security`, else read live with the caller's credentials.
 */
import type {
  AuthenticatedUser,
  CoreStart,
  KibanaRequest,
  RequestHandlerContext,
} from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { createAccessEngine } from '../../common/engine';
import type { SnapshotLicense, SnapshotSpace } from '../../common/snapshot';
import {
  DEFAULT_SPACES,
  assertCallerCanReadSecurity,
  readDirectory,
  type DirectorySources,
} from '../directory/read_directory';
import type { RouteDependencies } from '../routes/types';
import type { CaseAccessStartDeps } from '../types';
import {
  DirectoryCache,
  createDirectoryEntry,
  type DirectoryEntry,
  type Freshness,
} from './directory_cache';
import { forbiddenError, toDirectoryError } from './errors';

/** Who is asking: the cache key. Realm and API key keep identically named principals apart. */
export function callerKey(user: AuthenticatedUser | null): string {
  if (!user) return 'anonymous';
  return JSON.stringify([
    user.username,
    user.authentication_realm?.name ?? '',
    [...user.roles].sort(),
    user.api_key?.id ?? '',
  ]);
}

function featuresOf(deps: RouteDependencies, plugins: CaseAccessStartDeps): KibanaFeatureConfig[] {
  if (deps.getFeaturesInForce) return deps.getFeaturesInForce();
  return plugins.features
    .getKibanaFeatures()
    .map((feature) => (typeof feature.toRaw === 'function' ? feature.toRaw() : feature));
}

export interface KibanaSideSources {
  getLicense(): Promise<SnapshotLicense>;
  getSpaces(): Promise<SnapshotSpace[]>;
  getFeatures(): Promise<KibanaFeatureConfig[]>;
  kibana: DirectorySources['kibana'];
}

/** Licence, spaces (as the caller sees them), features, public URL, email service and flavour from Kibana. */
export function kibanaSideSources(
  deps: RouteDependencies,
  coreStart: CoreStart,
  plugins: CaseAccessStartDeps,
  request: KibanaRequest
): KibanaSideSources {
  return {
    async getLicense() {
      if (!plugins.licensing) throw new Error('the licensing plugin is not available');
      const license = await plugins.licensing.getLicense();
      // Kibana keeps serving when it cannot read the licence: it answers a licence that is not available.
      if (!license.isAvailable || license.type === undefined) {
        throw new Error(
          `the license is not available (${license.error ?? 'no license information'})`
        );
      }
      return {
        type: license.type,
        status: license.status === 'active' ? 'active' : 'expired',
      };
    },
    async getSpaces() {
      if (!plugins.spaces) return DEFAULT_SPACES;
      const spaces = await plugins.spaces.spacesService.createSpacesClient(request).getAll();
      return spaces.map(({ id, name, disabledFeatures, solution }) => ({
        id,
        name,
        disabledFeatures: disabledFeatures ?? [],
        ...(solution ? { solution } : {}),
      }));
    },
    getFeatures: async () => featuresOf(deps, plugins),
    kibana: {
      version: deps.kibanaVersion ?? '',
      buildFlavor: deps.buildFlavor,
      ...(deps.projectType ? { projectType: deps.projectType } : {}),
      publicBaseUrl: coreStart.http.basePath.publicBaseUrl ?? null,
      emailServiceAvailable: plugins.notifications?.isEmailServiceAvailable() ?? false,
    },
  };
}

export interface LoadedDirectory extends DirectoryEntry {
  /** True when this request read Elasticsearch (cold or `refresh=true`). */
  fresh: boolean;
}

export class DirectoryService {
  readonly cache: DirectoryCache;

  constructor(private readonly deps: RouteDependencies) {
    this.cache = deps.cache ?? new DirectoryCache();
  }

  async currentUser(
    context: RequestHandlerContext,
    request: KibanaRequest
  ): Promise<AuthenticatedUser | null> {
    const core = await context.core;
    const fromContext = core.security?.authc?.getCurrentUser();
    if (fromContext !== undefined) return fromContext;
    const [coreStart] = await this.deps.getStartServices();
    return coreStart.security.authc.getCurrentUser(request);
  }

  /**
   * The caller's directory. A cached one is served only after the caller passed a fresh `read_security` check and,
   * when `spaceId` is given, may still see that space (else it is read again, and the space is then unknown).
   * The read is abandoned, and its Elasticsearch calls aborted, when every request waiting for it has gone.
   */
  async load(
    context: RequestHandlerContext,
    request: KibanaRequest,
    refresh: Freshness,
    spaceId?: string
  ): Promise<LoadedDirectory> {
    const [coreStart, plugins] = await this.deps.getStartServices();
    // Kibana makes the caller's client on first use: a cached answer checked by the security plugin needs none.
    const scoped = (await context.core).elasticsearch.client;
    const key = callerKey(await this.currentUser(context, request));
    const signal = abortSignalOf(request);
    // Whatever the cache will answer (an entry, or a refresh within the throttle), the caller is checked first.
    if (this.cache.has(key)) {
      const { canRead, seesSpace } = await checkCaller(
        plugins,
        () => scoped.asCurrentUser,
        request,
        spaceId,
        signal
      );
      if (!canRead) throw forbiddenError();
      // Access to the space was revoked since the read: read again, so the answer reflects it.
      if (!seesSpace) this.cache.forget(key);
    }
    let fresh = false;
    const entry = await this.cache.get(
      key,
      async (readSignal) => {
        fresh = true;
        const snapshot = await readDirectory({
          asCaller: scoped.asCurrentUser,
          asInternalUser: coreStart.elasticsearch.client.asInternalUser,
          ...kibanaSideSources(this.deps, coreStart, plugins, request),
          signal: readSignal,
        });
        return createDirectoryEntry(snapshot, createAccessEngine(snapshot));
      },
      refresh,
      signal
    );
    return { ...entry, fresh };
  }
}

const SECURITY_READERS = ['read_security', 'manage_security'];

/**
 * Whether the caller holds `read_security` now and may see the space now. With Kibana's authorisation service this
 * is one privilege check (the cluster privileges and the space's login action together); without it, the cluster
 * check and the spaces client.
 */
async function checkCaller(
  plugins: CaseAccessStartDeps,
  asCaller: () => Parameters<typeof assertCallerCanReadSecurity>[0],
  request: KibanaRequest,
  spaceId: string | undefined,
  signal: AbortSignal
): Promise<{ canRead: boolean; seesSpace: boolean }> {
  const authz = plugins.security?.authz;
  if (spaceId !== undefined && authz && authz.mode.useRbacForRequest(request)) {
    let answer;
    try {
      answer = await authz.checkPrivilegesWithRequest(request).atSpace(
        spaceId,
        {
          kibana: [authz.actions.login],
          elasticsearch: { cluster: SECURITY_READERS, index: {} },
        },
        { requireLoginAction: false }
      );
    } catch (error) {
      throw toDirectoryError(error, 'the caller’s privileges');
    }
    const { kibana, elasticsearch } = answer.privileges;
    return {
      canRead: elasticsearch.cluster.some(
        (entry) => entry.authorized && SECURITY_READERS.includes(entry.privilege)
      ),
      seesSpace: kibana.some(
        (entry) => entry.authorized && entry.privilege === authz.actions.login
      ),
    };
  }
  const [, seesSpace] = await Promise.all([
    assertCallerCanReadSecurity(asCaller(), signal),
    spaceId === undefined ? true : callerSeesSpace(plugins, request, spaceId),
  ]);
  return { canRead: true, seesSpace };
}

/** Whether the caller may see the space now, as Kibana's spaces client decides it (it refuses hidden spaces). */
async function callerSeesSpace(
  plugins: CaseAccessStartDeps,
  request: KibanaRequest,
  spaceId: string
): Promise<boolean> {
  if (!plugins.spaces) return true;
  try {
    await plugins.spaces.spacesService.createSpacesClient(request).get(spaceId);
    return true;
  } catch {
    return false;
  }
}

/** An AbortSignal that fires when the request's client goes away. */
function abortSignalOf(request: KibanaRequest): AbortSignal {
  const controller = new AbortController();
  request.events.aborted$.subscribe(() => controller.abort());
  return controller.signal;
}
