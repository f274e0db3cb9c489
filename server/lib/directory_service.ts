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
import { DirectoryCache, createDirectoryEntry, type DirectoryEntry } from './directory_cache';

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

  async load(
    context: RequestHandlerContext,
    request: KibanaRequest,
    refresh: boolean
  ): Promise<LoadedDirectory> {
    const [coreStart, plugins] = await this.deps.getStartServices();
    const asCaller = (await context.core).elasticsearch.client.asCurrentUser;
    const key = callerKey(await this.currentUser(context, request));
    const hit = !refresh && this.cache.has(key);
    // A cached directory is served only to a caller who may read it right now.
    if (hit) await assertCallerCanReadSecurity(asCaller);
    let fresh = false;
    const entry = await this.cache.get(
      key,
      async () => {
        fresh = true;
        const snapshot = await readDirectory({
          asCaller,
          asInternalUser: coreStart.elasticsearch.client.asInternalUser,
          ...kibanaSideSources(this.deps, coreStart, plugins, request),
        });
        return createDirectoryEntry(snapshot, createAccessEngine(snapshot));
      },
      refresh
    );
    return { ...entry, fresh };
  }
}
