/**
 * Runs a built plugin's server side as Kibana does: `require('<plugin>/server/index.js')`, `plugin(initializerContext)`,
 * then `setup(core, deps)`, closing the feature registry, then `start(core, deps)`.
 */
import { randomUUID } from 'crypto';
import { createRequire } from 'module';
import path from 'path';
import { BehaviorSubject, type Observable } from 'rxjs';

import type {
  CoreSetup,
  CoreStart,
  Logger,
  LoggerFactory,
  Plugin,
  PluginInitializerContext,
} from '@kbn/core/server';
import type { FeaturesPluginStart } from '@kbn/features-plugin/server';
import type { NotificationsPluginStart } from '@kbn/notifications-plugin/server';

import type { KibanaServices } from '../core/kibana_services';
import type { HostFeatureRegistry } from './feature_registry';

export interface RunServerPluginOptions {
  pluginDir: string;
  pluginId: string;
  services: KibanaServices;
  registry: HostFeatureRegistry;
  buildFlavor: 'traditional' | 'serverless';
  emailServiceAvailable: boolean;
  logger: LoggerFactory;
  config?: Record<string, unknown>;
}

export interface RunningServerPlugin {
  setupContract: unknown;
  startContract: unknown;
  features: FeaturesPluginStart;
  stop(): Promise<void>;
}

type AnyPlugin = Plugin<unknown, unknown, object, object>;

export async function runServerPlugin(
  options: RunServerPluginOptions
): Promise<RunningServerPlugin> {
  const { services, registry, pluginDir, pluginId } = options;
  const entry = path.join(pluginDir, 'server', 'index.js');
  // Node's own require, as Kibana loads plugins: the archive's files, not this repository's sources.
  const load = createRequire(entry);
  const serverModule = load(entry) as {
    plugin?: (context: PluginInitializerContext) => AnyPlugin | Promise<AnyPlugin>;
  };
  if (typeof serverModule.plugin !== 'function') {
    throw new Error(`${entry} does not export a "plugin" initializer function.`);
  }
  const config = new BehaviorSubject<unknown>(options.config ?? {});
  const initializerContext: PluginInitializerContext = {
    opaqueId: Symbol(pluginId),
    env: {
      mode: { name: 'production', dev: false, prod: true },
      packageInfo: {
        version: services.kibanaVersion,
        branch: services.kibanaVersion.split('.').slice(0, 2).join('.'),
        buildNum: 1,
        buildSha: 'local-host',
        buildShaShort: 'local',
        buildDate: new Date(),
        buildFlavor: options.buildFlavor,
        dist: true,
      },
      instanceUuid: randomUUID(),
      configs: [],
    },
    logger: options.logger,
    config: {
      create: <T>() => config.asObservable() as unknown as Observable<T>,
      get: <T>() => config.getValue() as T,
    },
  };
  const instance = await serverModule.plugin(initializerContext);

  let resolveStart: (value: [CoreStart, object, unknown]) => void = () => undefined;
  const startServices = new Promise<[CoreStart, object, unknown]>((resolve) => {
    resolveStart = resolve;
  });
  const coreSetup: CoreSetup<object, unknown> = {
    http: { createRouter: () => services.http.createRouter(), basePath: services.http.basePath },
    getStartServices: () => startServices,
  };
  const authz = services.security.authz;
  const setupContract = await instance.setup(coreSetup, {
    features: registry.setup,
    security: { authz },
    spaces: {},
    licensing: {},
    notifications: {},
  });

  const features = registry.lock();
  await services.registerPrivileges();

  const coreStart: CoreStart = {
    elasticsearch: { client: services.elasticsearch.client },
    http: { basePath: services.http.basePath },
    security: {
      authc: { getCurrentUser: (request) => services.security.authc.getCurrentUser(request) },
    },
    userProfile: {
      async getCurrent({ request }) {
        const uid = services.security.authc.getCurrentUser(request)?.profile_uid;
        if (!uid) return null;
        const { profiles } =
          await services.elasticsearch.client.asInternalUser.security.getUserProfile({ uid });
        return profiles[0] ?? null;
      },
    },
  };
  const notifications: NotificationsPluginStart = {
    isEmailServiceAvailable: () => options.emailServiceAvailable,
    getEmailService: () => ({
      async sendPlainTextEmail() {
        throw new Error('The local host has no email connector.');
      },
    }),
  };
  const startDeps = {
    features,
    security: { authc: services.security.authc, authz },
    spaces: services.spaces,
    licensing: services.licensing,
    notifications,
  };
  const startContract = await instance.start(coreStart, startDeps);
  resolveStart([coreStart, startDeps, startContract]);
  return {
    setupContract,
    startContract,
    features,
    stop: async () => {
      await instance.stop?.();
    },
  };
}

/** A logger factory printing `[level][context] message`, quiet below `info`. */
export function createLoggerFactory(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)
): LoggerFactory {
  const make = (context: string[]): Logger => {
    const log = (level: string) => (message: string | Error) =>
      write(
        `[${level}][${context.join('.')}] ${message instanceof Error ? message.message : message}`
      );
    return {
      trace: () => undefined,
      debug: () => undefined,
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      fatal: log('fatal'),
      get: (...parts) => make([...context, ...parts]),
    };
  };
  return { get: (...parts) => make(['plugins', ...parts]) };
}
