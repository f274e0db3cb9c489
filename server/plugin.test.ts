import type { CoreSetup, CoreStart, PluginInitializerContext } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getRegisteredFeatures, type BuildFlavor } from '../common/features';
import { plugin } from '.';
// The plugin's code, loaded with this file as the other test files load it. `plugin()` imports it lazily (as Kibana
// wants), which would otherwise run every server module's top-level code inside this file's first test: mutation
// testing would then credit the routes' constants (CSV columns, patterns) to that test alone, and run only that test
// against their mutants.
import './plugin';
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

async function createPlugin(buildFlavor: BuildFlavor = 'traditional', version = '9.4.0') {
  const logger = createLoggerMock();
  const context = {
    logger: { get: () => logger },
    env: { packageInfo: { buildFlavor, version } },
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
          path: '/internal/case_access/users/{username?}',
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
        {
          method: 'get',
          path: '/internal/case_access/verify',
          access: 'internal',
          security: { authz: { requiredPrivileges: ['caseAccessAudit'] } },
        },
        {
          method: 'get',
          path: '/internal/case_access/snapshot',
          access: 'internal',
          security: { authz: { requiredPrivileges: ['caseAccessAudit'] } },
        },
        {
          method: 'post',
          path: '/internal/case_access/simulate',
          access: 'internal',
          security: { authz: { requiredPrivileges: ['caseAccessAudit'] } },
        },
      ])
    );
    expect(declaredRoutes).toHaveLength(7);
  });
});

describe('CaseAccessServerPlugin on a host without Cases and Connectors', () => {
  it('registers every definition and reads them back as the features in force', async () => {
    const registry = createFeatureRegistry();
    const { instance, logger } = await createPlugin();

    const setup = instance.setup(coreSetup, { features: registry.setup });
    const start = instance.start(coreStart, { features: registry.lock() });

    const expected = getRegisteredFeatures({ buildFlavor: 'traditional' }).map((f) => f.id);
    expect(setup).toEqual({
      registeredFeatureIds: expected,
      hostFeatureIds: [],
      refusedFeatureIds: [],
    });
    expect(registry.list().map((feature) => feature.id)).toEqual(expect.arrayContaining(expected));
    expect(
      start
        .getFeaturesInForce()
        .map((f) => f.id)
        .sort()
    ).toEqual([...expected].sort());
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
      refusedFeatureIds: [],
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
      /Case access cannot start: Kibana refused its "caseAccess" feature.*Feature with id caseAccess is already registered\./
    );
  });
});

describe('CaseAccessServerPlugin when Kibana refuses a definition', () => {
  const templateFree = (features: KibanaFeatureConfig[]) =>
    JSON.stringify(features).includes('manageTemplates') ||
    JSON.stringify(features).includes('cases_manage_templates');

  it('registers definitions without template privileges in a Kibana older than 9.4.0', async () => {
    const registry = createFeatureRegistry({ kibanaVersion: '9.3.0' });
    const { instance, logger } = await createPlugin('traditional', '9.3.0');

    const setup = instance.setup(coreSetup, { features: registry.setup });
    registry.lock();

    expect(setup.refusedFeatureIds).toEqual([]);
    expect(setup.registeredFeatureIds).toContain('securitySolutionCasesV3');
    expect(templateFree(registry.list())).toBe(false);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('logs one warn line per refused host feature, names it and the reason, and still starts', async () => {
    // The plugin believes it runs in 9.4.0, the schema is 9.3.0's: every Cases definition is refused.
    const registry = createFeatureRegistry({ kibanaVersion: '9.3.0' });
    const { instance, logger } = await createPlugin('traditional', '9.4.0');

    const setup = instance.setup(coreSetup, { features: registry.setup });
    const start = instance.start(coreStart, { features: registry.lock() });

    const casesIds = HOST_FEATURE_IDS.filter((id) => id !== 'actions');
    expect(setup.refusedFeatureIds).toEqual(casesIds);
    expect(setup.registeredFeatureIds).toEqual(['actions', 'caseAccess']);
    const warnings = logger.warn.mock.calls.map(([message]) => String(message));
    expect(warnings).toHaveLength(casesIds.length);
    expect(warnings).toContain(
      'Did not register feature "generalCasesV3" (Kibana refused it: Invalid feature generalCasesV3: ' +
        'unknown-key: feature "generalCasesV3" sub-feature privilege "cases_manage_templates".cases has ' +
        'unknown key "manageTemplates"); the host\'s features stay in force.'
    );
    // The deprecated versions are not registered either: their successor is missing.
    expect(warnings).toContain(
      'Did not register feature "generalCases": its replacement generalCasesV3 was not registered; ' +
        "the host's features stay in force."
    );
    expect(start.getFeaturesInForce().map((f) => f.id)).toEqual(['caseAccess', 'actions']);
  });

  it('stops with a message saying why when Kibana refuses caseAccess itself', async () => {
    const registry = createFeatureRegistry();
    registry.lock();
    const { instance, logger } = await createPlugin();

    expect(() => instance.setup(coreSetup, { features: registry.setup })).toThrow(
      /Case access cannot start: Kibana refused its "caseAccess" feature, which authorises every route.*Features are locked/
    );
    // caseAccess is registered first: nothing was attempted on the host's behalf.
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('has no features in force before start', async () => {
    const registry = createFeatureRegistry();
    const { instance } = await createPlugin();
    instance.setup(coreSetup, { features: registry.setup });

    expect(() => instance.getFeaturesInForce()).toThrow(/only after the plugin has started/);
  });
});
