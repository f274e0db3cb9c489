/** Which features a space turns off: deprecated ids, solution views, and what that voids. */
import type { SnapshotSpace } from '../snapshot/types';
import { getBuiltinFeatures } from '../features';
import { disabledFeaturesOfSpace } from './spaces';
import { role, user, cellOf, type SnapshotParts as Parts } from './test_utils/fixtures';

describe('spaces and solution views', () => {
  const spaces: SnapshotSpace[] = [
    // A solution view replaces the space's own list of disabled features.
    { id: 'sec', name: 'Sec', disabledFeatures: ['generalCasesV3'], solution: 'security' },
    { id: 'es', name: 'Search', disabledFeatures: [], solution: 'es' },
    { id: 'classic', name: 'Classic', disabledFeatures: ['actions'], solution: 'classic' },
  ];
  const parts: Parts = {
    spaces,
    users: [user('u', ['r'])],
    roles: {
      r: role([
        'feature_generalCasesV3.all',
        'feature_securitySolutionCasesV3.all',
        'feature_observabilityCasesV3.all',
        'feature_actions.read',
      ]),
    },
  };

  it('the Security view hides Observability but keeps Management cases', () => {
    expect(cellOf(parts, 'u', 'management', 'sec').level).toBe('full');
    expect(cellOf(parts, 'u', 'security', 'sec').level).toBe('full');
    expect(cellOf(parts, 'u', 'observability', 'sec').level).toBe('none');
  });

  it('the Elasticsearch view hides both solutions', () => {
    expect(cellOf(parts, 'u', 'management', 'es').level).toBe('full');
    expect(cellOf(parts, 'u', 'security', 'es').level).toBe('none');
    expect(cellOf(parts, 'u', 'observability', 'es').level).toBe('none');
  });

  it('classic honours the space’s list: Connectors off means no push', () => {
    const cell = cellOf(parts, 'u', 'management', 'classic');
    expect(cell).toMatchObject({ level: 'full', connectors: 'none', pushToExternal: false });
    expect(cell.warnings.map((w) => w.id)).toContain('push-without-connectors');
  });
});

describe('deprecated features disabled in a space (Kibana treats a deprecated id as its replacements)', () => {
  const spaces: SnapshotSpace[] = [
    { id: 'old-id-off', name: 'Old id off', disabledFeatures: ['securitySolutionCases'] },
    { id: 'v3-off', name: 'V3 off', disabledFeatures: ['securitySolutionCasesV3'] },
    { id: 'v2-off', name: 'V2 off', disabledFeatures: ['observabilityCasesV2'] },
  ];
  const parts: Parts = {
    spaces,
    users: [user('v3', ['v3']), user('v1', ['v1'])],
    roles: {
      v3: role(['feature_securitySolutionCasesV3.all', 'feature_observabilityCasesV3.read']),
      v1: role(['feature_securitySolutionCases.all']),
    },
  };

  it('disabling the deprecated id hides the current Cases feature too', () => {
    const cell = cellOf(parts, 'v3', 'security', 'old-id-off');
    expect(cell.level).toBe('none');
    expect(cell.warnings.map((w) => w.id)).toContain('feature-disabled-in-space');
  });

  it('disabling the current feature voids the deprecated privileges that stand in for it', () => {
    const cell = cellOf(parts, 'v1', 'security', 'v3-off');
    expect(cell.level).toBe('none');
    expect(cell.warnings.map((w) => w.id)).toContain('feature-disabled-in-space');
  });

  it('a deprecated id of another solution leaves Security alone', () => {
    expect(cellOf(parts, 'v3', 'security', 'v2-off').level).toBe('full');
    expect(cellOf(parts, 'v3', 'observability', 'v2-off').level).toBe('none');
  });
});

describe('solution views on serverless (Kibana drops a space solution there; every space is classic)', () => {
  const spaces: SnapshotSpace[] = [
    { id: 'oblt', name: 'Observability view', disabledFeatures: [], solution: 'oblt' },
    {
      id: 'sec-off',
      name: 'Security view, own list hides Security cases',
      disabledFeatures: ['securitySolutionCasesV3'],
      solution: 'security',
    },
  ];
  const parts = (buildFlavor: 'traditional' | 'serverless'): Parts => ({
    buildFlavor,
    spaces,
    users: [user('u', ['r'])],
    roles: {
      r: role(['feature_securitySolutionCasesV3.all', 'feature_observabilityCasesV3.all']),
    },
  });

  it('a stored Observability view does not hide Security cases on serverless', () => {
    expect(cellOf(parts('traditional'), 'u', 'security', 'oblt').level).toBe('none');
    expect(cellOf(parts('serverless'), 'u', 'security', 'oblt').level).toBe('full');
    expect(cellOf(parts('serverless'), 'u', 'observability', 'oblt').level).toBe('full');
  });

  it("the space's own disabled features apply on serverless instead of the view", () => {
    expect(cellOf(parts('traditional'), 'u', 'security', 'sec-off').level).toBe('full');
    expect(cellOf(parts('serverless'), 'u', 'security', 'sec-off').level).toBe('none');
  });

  it('disabledFeaturesOfSpace ignores the solution only when told the flavour is serverless', () => {
    const features = getBuiltinFeatures({ buildFlavor: 'serverless' });
    const [oblt] = spaces;
    expect(disabledFeaturesOfSpace(features, oblt).has('securitySolutionCasesV3')).toBe(true);
    expect(disabledFeaturesOfSpace(features, oblt, { buildFlavor: 'serverless' }).size).toBe(0);
  });
});
