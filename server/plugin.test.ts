import type { CoreSetup, CoreStart, PluginInitializerContext } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getRegisteredFeatures, type BuildFlavor } from '../common/features';
import { plugin } from '.';
import type { CaseAccessServerStart, CaseAccessStartDeps } from './types';
import { createFeatureRegistry } from '../dev/local_host/server/feature_registry';
import { createLoggerMock } from './test_utils/logger';

const HOST_FEATURE_IDS = [
  'generalCases',
  'generalCasesV2',
  'generalCasesV3',
  'securitySolutionCases',
  'securitySolutionCasesV2',
  'securitySolutionCasesV3',
  'observabilityCases',
  'observabilityCasesV2',
  'observabilityCasesV3',
  'actions',
];

/** Routes the plugin declares, as `router.versioned.<method>(config)` received them. */
const declaredRoutes: Array<{ method: string; path: string; access: string; security: unknown }> =
  [];
const recordingRouter = {
  routerPath: '/',
  versioned: new Proxy(
    {},
    {
      get:
        (_target, method: string) =>
        (config: { path: string; access: string; security: unknown }) => {
          declaredRoutes.push({ method, ...config });
          const route = { addVersion: () => route };
          return route;
        },
    }
  ),
};
// Setup only creates a router and hands getStartServices to the routes; start passes core along.
const coreSetup = {
  http: { createRouter: () => recordingRouter },
  getStartServices: () => Promise.reject(new Error('not started')),
} as unknown as CoreSetup<CaseAccessStartDeps, CaseAccessServerStart>;
const coreStart = {} as unknown as CoreStart;

async function createPlugin(buildFlavor: BuildFlavor = 'traditional') {
  const logger = createLoggerMock();
  const context = {
    logger: { get: () => logger },
    env: { packageInfo: { buildFlavor } },
  } as unknown as PluginInitializerContext;
  const instance = await plugin(context);
  return { instance, logger };
}

/** The host's own definitions: the built-in ones, recognisably renamed. */
function hostDefinitions(buildFlavor: BuildFlavor = 'traditional'): KibanaFeatureConfig[] {
  return getRegisteredFeatures({ buildFlavor })
    .filter((feature) => HOST_FEATURE_IDS.includes(feature.id))
    .map((feature) => ({ ...feature, name: `${feature.name} (host)` }));
}

beforeEach(() => {
  declaredRoutes.length = 0;
});

describe('CaseAccessServerPlugin routes', () => {
  it('declares every internal route with the privilege it needs', async () => {
    const { instance } = await createPlugin();
    instance.setup(coreSetup, { features: createFeatureRegistry().setup });

    expect(
      declaredRoutes.map(({ method, path, access, security }) => ({
        method,
        path,
        access,
        security,
      }))
    ).toEqual(
      expect.arrayContaining([
        {
          method: 'get',
          path: '/internal/case_access/report',
          access: 'internal',
          security: { authz: { requiredPrivileges: ['caseAccessAudit'] } },
        },
        {
          method: 'get',
          path: '/internal/case_access/users/{username}',
          access: 'internal',
          security: { authz: { requiredPrivileges: ['caseAccessAudit'] } },
        },
        {
          method: 'get',
          path: '/internal/case_access/report.csv',
          access: 'internal',
          security: { authz: { requiredPrivileges: ['caseAccessAudit'] } },
        },
        {
          method: 'get',
          path: '/internal/case_access/me',
          access: 'internal',
          security: { authz: { requiredPrivileges: ['caseAccessReadOwn'] } },
        },
      ])
    );
    expect(declaredRoutes).toHaveLength(4);
  });
});

describe('CaseAccessServerPlugin on a host without Cases and Connectors', () => {
  it('registers every definition and reads them back as the features in force', async () => {
    const registry = createFeatureRegistry();
    const { instance, logger } = await createPlugin();

    const setup = instance.setup(coreSetup, { features: registry.setup });
    const start = instance.start(coreStart, { features: registry.lock() });

    const expected = getRegisteredFeatures({ buildFlavor: 'traditional' }).map((f) => f.id);
    expect(setup).toEqual({ registeredFeatureIds: expected, hostFeatureIds: [] });
    expect(registry.list().map((feature) => feature.id)).toEqual(expected);
    expect(start.getFeaturesInForce().map((f) => f.id)).toEqual(expected);
    expect(logger.debug).not.toHaveBeenCalled();
  });

  it('registers no Stack Management cases on serverless', async () => {
    const registry = createFeatureRegistry();
    const { instance } = await createPlugin('serverless');
    instance.setup(coreSetup, { features: registry.setup });
    expect(registry.list().map((feature) => feature.id)).not.toContain('generalCasesV3');
    expect(registry.list().map((feature) => feature.id)).toContain('securitySolutionCasesV3');
  });
});

describe('CaseAccessServerPlugin on a host that already has Cases and Connectors', () => {
  it("keeps the host's definitions, logs once at debug level and registers caseAccess", async () => {
    const registry = createFeatureRegistry();
    hostDefinitions().forEach((feature) => registry.setup.registerKibanaFeature(feature));
    const { instance, logger } = await createPlugin();

    const setup = instance.setup(coreSetup, { features: registry.setup });
    const start = instance.start(coreStart, { features: registry.lock() });

    expect(setup).toEqual({
      registeredFeatureIds: ['caseAccess'],
      hostFeatureIds: HOST_FEATURE_IDS,
    });
    expect(logger.debug).toHaveBeenCalledTimes(1);
    expect(logger.debug.mock.calls[0][0]).toMatch(/generalCases.*actions/);
    expect(logger.warn).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();

    const inForce = start.getFeaturesInForce();
    expect(inForce.find((f) => f.id === 'securitySolutionCasesV3')?.name).toBe('Cases (host)');
    expect(inForce.find((f) => f.id === 'caseAccess')?.name).toBe('Case access');
  });

  it('registers only what the host lacks when it has some of the features', async () => {
    const registry = createFeatureRegistry();
    hostDefinitions()
      .filter((f) => f.id.startsWith('securitySolution'))
      .forEach((feature) => registry.setup.registerKibanaFeature(feature));
    const { instance } = await createPlugin();

    const setup = instance.setup(coreSetup, { features: registry.setup });

    expect(setup.hostFeatureIds).toEqual([
      'securitySolutionCases',
      'securitySolutionCasesV2',
      'securitySolutionCasesV3',
    ]);
    expect(setup.registeredFeatureIds).toContain('generalCasesV3');
    expect(setup.registeredFeatureIds).toContain('actions');
  });

  it('fails when another plugin already owns the caseAccess id', async () => {
    const registry = createFeatureRegistry();
    const [caseAccess] = getRegisteredFeatures({ buildFlavor: 'traditional' }).filter(
      (f) => f.id === 'caseAccess'
    );
    registry.setup.registerKibanaFeature(caseAccess);
    const { instance } = await createPlugin();

    expect(() => instance.setup(coreSetup, { features: registry.setup })).toThrow(
      'Feature with id caseAccess is already registered.'
    );
  });
});

describe('CaseAccessServerPlugin errors', () => {
  it('lets errors other than a duplicate id propagate', async () => {
    const registry = createFeatureRegistry();
    registry.lock();
    const { instance } = await createPlugin();

    expect(() => instance.setup(coreSetup, { features: registry.setup })).toThrow(
      "Features are locked, can't register new features. Attempt to register generalCases failed."
    );
  });

  it('has no features in force before start', async () => {
    const registry = createFeatureRegistry();
    const { instance } = await createPlugin();
    instance.setup(coreSetup, { features: registry.setup });

    expect(() => instance.getFeaturesInForce()).toThrow(/only after the plugin has started/);
  });
});
