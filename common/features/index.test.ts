import type { FeatureKibanaPrivileges, KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { CASE_CAPABILITIES, SOLUTIONS } from '../report/types';
import {
  CASE_OWNERS,
  CASES_FEATURE_IDS,
  DEPRECATED_SECURITY_FEATURE_IDS,
  SECURITY_REPLACEMENT_FEATURE_IDS,
  getBuiltinFeatures,
  getRegisteredFeatures,
  type BuildFlavor,
} from '.';

const FLAVORS: BuildFlavor[] = ['traditional', 'serverless'];

function byId(features: KibanaFeatureConfig[], id: string): KibanaFeatureConfig {
  const feature = features.find((f) => f.id === id);
  if (!feature) throw new Error(`no feature ${id}`);
  return feature;
}

function subFeaturePrivileges(feature: KibanaFeatureConfig) {
  return (feature.subFeatures ?? []).flatMap((s) => s.privilegeGroups.flatMap((g) => g.privileges));
}

/** Case capabilities a privilege set grants to an owner. */
function grantedCapabilities(privileges: FeatureKibanaPrivileges[], owner: string): string[] {
  const granted = new Set<string>();
  for (const privilege of privileges) {
    for (const [key, owners] of Object.entries(privilege.cases ?? {})) {
      if (owners?.includes(owner)) granted.add(key);
    }
  }
  return [...granted].sort();
}

describe('getRegisteredFeatures', () => {
  it('registers the three versions of Cases for every solution, Connectors and caseAccess', () => {
    const ids = getRegisteredFeatures({ buildFlavor: 'traditional' }).map((f) => f.id);
    expect(ids).toEqual([
      ...SOLUTIONS.flatMap((s) => Object.values(CASES_FEATURE_IDS[s])),
      'actions',
      'caseAccess',
    ]);
  });

  it('leaves out Stack Management cases on serverless', () => {
    const ids = getRegisteredFeatures({ buildFlavor: 'serverless' }).map((f) => f.id);
    expect(ids).not.toContain('generalCasesV3');
    expect(ids).toEqual(
      expect.arrayContaining(['securitySolutionCasesV3', 'observabilityCasesV3'])
    );
  });

  it('returns fresh objects so callers cannot change the next result', () => {
    const first = getRegisteredFeatures({ buildFlavor: 'traditional' });
    first[0].name = 'changed';
    expect(getRegisteredFeatures({ buildFlavor: 'traditional' })[0].name).not.toBe('changed');
  });
});

describe.each(SOLUTIONS)('Cases V3 for %s', (solution) => {
  const features = getBuiltinFeatures({ buildFlavor: 'traditional' });
  const v3 = byId(features, CASES_FEATURE_IDS[solution].v3);
  const owner = CASE_OWNERS[solution];
  const privileges = v3.privileges;
  if (!privileges) throw new Error('V3 must have privileges');

  it('grants every case capability with all and its sub-features', () => {
    const included = subFeaturePrivileges(v3).filter((p) => p.includeIn === 'all');
    expect(grantedCapabilities([privileges.all, ...included], owner)).toEqual(
      [...CASE_CAPABILITIES].sort()
    );
  });

  it('grants only create, read, update and push with minimal_all', () => {
    expect(grantedCapabilities([privileges.all], owner)).toEqual([
      'create',
      'push',
      'read',
      'update',
    ]);
  });

  it('grants read only with read', () => {
    expect(grantedCapabilities([privileges.read], owner)).toEqual(['read']);
    expect(privileges.read.ui).toEqual(['read_cases', 'cases_connectors']);
  });

  it('is current: not deprecated and no replacedBy', () => {
    expect(v3.deprecated).toBeUndefined();
    expect(privileges.all.replacedBy).toBeUndefined();
  });
});

describe.each(FLAVORS)('deprecated Cases features (%s)', (buildFlavor) => {
  const features = getRegisteredFeatures({ buildFlavor });
  const deprecated = features.filter((f) => f.deprecated);

  it('are V1 and V2 of each solution, with a notice', () => {
    expect(deprecated.length).toBe(buildFlavor === 'serverless' ? 4 : 6);
    for (const feature of deprecated) expect(feature.deprecated?.notice).toMatch(feature.id);
  });

  it('give every privilege, sub-features too, a replacement in V3', () => {
    for (const feature of deprecated) {
      const privileges = feature.privileges;
      if (!privileges) throw new Error(`${feature.id} has no privileges`);
      for (const privilege of [privileges.all, privileges.read, ...subFeaturePrivileges(feature)]) {
        expect(privilege.replacedBy).toBeDefined();
        expect(JSON.stringify(privilege.replacedBy)).toMatch(/CasesV3"/);
      }
    }
  });
});

it('V1 all keeps granting comments, re-opening and assigning directly', () => {
  const v1 = byId(getRegisteredFeatures({ buildFlavor: 'traditional' }), 'generalCases');
  expect(v1.privileges?.all.cases).toMatchObject({
    createComment: ['cases'],
    reopenCase: ['cases'],
    assign: ['cases'],
  });
  expect(v1.privileges?.all.replacedBy).toEqual({
    default: [{ feature: 'generalCasesV3', privileges: ['all'] }],
    minimal: [
      {
        feature: 'generalCasesV3',
        privileges: ['minimal_all', 'create_comment', 'case_reopen', 'cases_assign'],
      },
    ],
  });
});

it('labels the Delete privilege for alerts too on serverless only', () => {
  const deleteName = (buildFlavor: BuildFlavor) =>
    subFeaturePrivileges(
      byId(getRegisteredFeatures({ buildFlavor }), 'securitySolutionCasesV3')
    ).find((p) => p.id === 'cases_delete')?.name;
  expect(deleteName('traditional')).toBe('Delete cases and comments');
  expect(deleteName('serverless')).toMatch(/alerts and comments/);
});

describe('Connectors', () => {
  const connectors = byId(getRegisteredFeatures({ buildFlavor: 'traditional' }), 'actions');

  it('lets Read run connectors: action read and action_task_params write', () => {
    expect(connectors.privileges?.read.savedObject.read).toContain('action');
    expect(connectors.privileges?.read.savedObject.all).toContain('action_task_params');
    expect(connectors.privileges?.read.savedObject.all).not.toContain('action');
  });

  it('lets All manage connectors', () => {
    expect(connectors.privileges?.all.savedObject.all).toContain('action');
    expect(connectors.privileges?.all.ui).toEqual(['show', 'execute', 'save', 'delete']);
  });
});

describe('caseAccess', () => {
  const feature = byId(getRegisteredFeatures({ buildFlavor: 'traditional' }), 'caseAccess');

  it('opens the management app with either privilege', () => {
    expect(feature.category.id).toBe('management');
    expect(feature.privileges?.all.management).toEqual({ security: ['caseAccess'] });
    expect(feature.privileges?.read.management).toEqual({ security: ['caseAccess'] });
  });

  it('audits with all and reads only the own access with read', () => {
    expect(feature.privileges?.all.api).toEqual(['caseAccessAudit', 'caseAccessReadOwn']);
    expect(feature.privileges?.all.ui).toEqual(['audit', 'readOwn']);
    expect(feature.privileges?.read.api).toEqual(['caseAccessReadOwn']);
    expect(feature.privileges?.read.ui).toEqual(['readOwn']);
  });
});

describe('alert-bearing features', () => {
  const builtin = getBuiltinFeatures({ buildFlavor: 'traditional' });
  const registered = new Set(
    getRegisteredFeatures({ buildFlavor: 'traditional' }).map((f) => f.id)
  );
  const replacementOnly = new Set<string>([
    ...SECURITY_REPLACEMENT_FEATURE_IDS,
    'securitySolutionTimeline',
    'securitySolutionNotes',
  ]);
  const alerting = builtin.filter((f) => !registered.has(f.id) && !replacementOnly.has(f.id));

  it('cover Security, Observability, Stack rules and Machine Learning', () => {
    expect(new Set(alerting.map((f) => f.category.id))).toEqual(
      new Set(['securitySolution', 'observability', 'management', 'kibana'])
    );
    expect(alerting.map((f) => f.id)).toEqual(
      expect.arrayContaining(['securitySolutionAlertsV1', 'apm', 'slo', 'stackAlerts', 'ml'])
    );
  });

  it('grant alerts with all', () => {
    for (const feature of alerting) {
      const granted = feature.privileges?.all.alerting?.alert?.all?.length ?? 0;
      expect([feature.id, granted > 0]).toEqual([feature.id, true]);
    }
  });

  it('grant alerts with read, as read or (older Security features) as all', () => {
    for (const feature of alerting) {
      const alert = feature.privileges?.read.alerting?.alert;
      const granted = (alert?.read?.length ?? 0) + (alert?.all?.length ?? 0);
      expect([feature.id, granted > 0]).toEqual([feature.id, true]);
    }
  });

  it("keep Security's deprecated base features, each privilege replaced by current ones", () => {
    const byFeatureId = new Map(builtin.map((f) => [f.id, f]));
    for (const id of DEPRECATED_SECURITY_FEATURE_IDS) {
      const feature = byId(alerting, id);
      expect(feature.category.id).toBe('securitySolution');
      expect(feature.deprecated?.notice).toContain(id);
      for (const privilege of Object.values(feature.privileges ?? {})) {
        const replacedBy = privilege.replacedBy;
        if (!replacedBy || !('default' in replacedBy)) throw new Error(`${id} lacks replacedBy`);
        for (const reference of [...replacedBy.default, ...replacedBy.minimal]) {
          const target = byFeatureId.get(reference.feature);
          expect([reference.feature, target?.deprecated]).toEqual([reference.feature, undefined]);
        }
        expect(replacedBy.default.map((r) => r.feature)).toContain('securitySolutionAlertsV1');
      }
    }
  });

  it('leave alerts out of the current Security base and rules features', () => {
    for (const id of SECURITY_REPLACEMENT_FEATURE_IDS) {
      const feature = byId(builtin, id);
      expect(feature.deprecated).toBeUndefined();
      for (const privilege of Object.values(feature.privileges ?? {})) {
        expect(privilege.alerting?.alert).toBeUndefined();
      }
    }
  });
});
