import { solutionAccess } from '../test_utils/fixtures';
import { buildCapabilityMatrix } from './capability_matrix';

const readGrant = { role: 'viewer', privilege: 'feature_observabilityCasesV3.read', resource: '*' };
const deleteSuggestion = {
  feature: 'observabilityCasesV3',
  privilege: 'cases_delete',
  privilegeName: 'feature_observabilityCasesV3.cases_delete',
  space: 'default',
  label: 'Observability → Cases → Delete, in space default',
};

describe('buildCapabilityMatrix', () => {
  const access = solutionAccess('view', {
    grants: { read: [readGrant] },
    connectors: 'read',
    addAlerts: false,
  });
  const rows = buildCapabilityMatrix(access, { delete: [deleteSuggestion] });
  const row = (key: string) => rows.find((r) => r.key === key);

  it('lists the ten capabilities, the supporting grants, then the derived ones', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'read',
      'create',
      'update',
      'push',
      'delete',
      'settings',
      'createComment',
      'reopenCase',
      'assign',
      'manageTemplates',
      'readAlerts',
      'executeConnectors',
      'manageConnectors',
      'assignable',
      'addAlerts',
      'ruleCaseActions',
      'pushToExternal',
    ]);
  });

  it('gives a granted capability its provenance and no suggestion', () => {
    expect(row('read')).toMatchObject({ granted: true, grants: [readGrant], missing: [] });
  });

  it('gives a missing capability what would grant it', () => {
    expect(row('delete')).toMatchObject({
      granted: false,
      grants: [],
      missing: [deleteSuggestion],
    });
  });

  it('reads connectors access for running and managing connectors', () => {
    expect(row('executeConnectors')?.granted).toBe(true);
    expect(row('manageConnectors')?.granted).toBe(false);
  });

  it('marks derived capabilities, taking their value from the report', () => {
    expect(row('ruleCaseActions')).toMatchObject({ derived: true, granted: false });
  });
});

it('says why a granted capability does not count (assign below Platinum) instead of what would grant it', () => {
  const reason = 'Kibana refuses every assignment without an active Platinum license';
  const full = solutionAccess('full');
  const access = solutionAccess('full', {
    capabilities: { ...full.capabilities, assign: false },
    grants: { assign: [{ role: 'all', privilege: 'feature_generalCasesV3.all', resource: '*' }] },
    notCounted: { assign: reason },
  });
  const assign = buildCapabilityMatrix(access).find((r) => r.key === 'assign');
  expect(assign).toMatchObject({ granted: false, notCounted: reason });
});
