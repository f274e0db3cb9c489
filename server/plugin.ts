import type {
  CoreSetup,
  CoreStart,
  Logger,
  Plugin,
  PluginInitializerContext,
} from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getRegisteredFeatures, olderKibanaVersion, type BuildFlavor } from '../common/features';
import { BUILT_FOR_KIBANA_VERSION } from './build_info';
import { registerFeatures } from './feature_registration';
import { serverlessProjectType } from './project_type';
import { registerRoutes } from './routes';
import type {
  CaseAccessServerSetup,
  CaseAccessServerStart,
  CaseAccessSetupDeps,
  CaseAccessStartDeps,
} from './types';

export class CaseAccessServerPlugin implements Plugin<
  CaseAccessServerSetup,
  CaseAccessServerStart,
  CaseAccessSetupDeps,
  CaseAccessStartDeps
> {
  private readonly logger: Logger;
  private readonly buildFlavor: BuildFlavor;
  private readonly kibanaVersion: string;
  private featuresInForce: KibanaFeatureConfig[] | undefined;

  constructor(initializerContext: PluginInitializerContext) {
    this.logger = initializerContext.logger.get();
    this.buildFlavor = initializerContext.env.packageInfo.buildFlavor;
    this.kibanaVersion = initializerContext.env.packageInfo.version;
  }

  public setup(
    core: CoreSetup<CaseAccessStartDeps, CaseAccessServerStart>,
    { features, cloud }: CaseAccessSetupDeps
  ): CaseAccessServerSetup {
    const registration = registerFeatures(
      features,
      // The definitions fit the feature schema of the running Kibana and of the one the archive was built for
      // (template privileges from 9.4.0; see common/features/kibana_versions.ts).
      getRegisteredFeatures({
        buildFlavor: this.buildFlavor,
        kibanaVersion: olderKibanaVersion(this.kibanaVersion, BUILT_FOR_KIBANA_VERSION),
      }),
      this.logger
    );

    // Handlers run after start, when the features in force are known.
    registerRoutes({
      router: core.http.createRouter(),
      logger: this.logger,
      getStartServices: core.getStartServices,
      buildFlavor: this.buildFlavor,
      kibanaVersion: this.kibanaVersion,
      projectType: serverlessProjectType(cloud?.serverless.projectType),
      getFeaturesInForce: () => this.getFeaturesInForce(),
    });

    return registration;
  }

  public start(core: CoreStart, { features }: CaseAccessStartDeps): CaseAccessServerStart {
    this.featuresInForce = features.getKibanaFeatures().map((feature) => feature.toRaw());
    return { getFeaturesInForce: () => this.getFeaturesInForce() };
  }

  public stop(): void {}

  /** The feature definitions in force; Kibana's registry can be read only once every plugin is set up. */
  public getFeaturesInForce(): KibanaFeatureConfig[] {
    if (!this.featuresInForce) {
      throw new Error('The features in force are known only after the plugin has started.');
    }
    return this.featuresInForce;
  }
}
