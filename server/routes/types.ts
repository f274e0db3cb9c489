/** What the routes need from Kibana: handed over in one call to `registerRoutes` from the plugin's `setup`. */
import type { CoreStart, IRouter, Logger, RequestHandlerContext } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { BuildFlavor, SnapshotKibana } from '../../common/snapshot';
import type { DirectoryCache } from '../lib/directory_cache';
import type { CaseAccessStartDeps } from '../types';

export interface RouteDependencies {
  /** `core.http.createRouter()`. */
  router: IRouter<RequestHandlerContext>;
  logger: Logger;
  /** `core.getStartServices`: Elasticsearch, basePath.publicBaseUrl and the optional plugins' start contracts. */
  getStartServices: () => Promise<[CoreStart, CaseAccessStartDeps, unknown]>;
  /** `initializerContext.env.packageInfo.buildFlavor`. */
  buildFlavor: BuildFlavor;
  /**
   * On serverless, the cloud plugin's `serverless.projectType` (`observability`, `security`, `search`), written to
   * the snapshot's `kibana.projectType`; it shapes the built-in definitions when the features in force are unknown.
   */
  projectType?: SnapshotKibana['projectType'];
  /** `initializerContext.env.packageInfo.version`; only reported in snapshots. */
  kibanaVersion?: string;
  /** The feature definitions in force; default: `features.getKibanaFeatures()` of the start contract. */
  getFeaturesInForce?: () => KibanaFeatureConfig[];
  /** Tests and benchmarks may pass their own cache (e.g. a shorter time to live). */
  cache?: DirectoryCache;
}
