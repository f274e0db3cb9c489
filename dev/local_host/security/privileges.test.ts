import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { createActions } from './actions';
import { buildApplicationPrivileges } from './privileges';

const actions = createActions('9.4.0');
const none = { savedObject: { all: [], read: [] }, ui: [] };

/** A Cases-like feature: `all` includes Delete (sub-feature), Assign is never automatic and needs Platinum. */
const cases: KibanaFeatureConfig = {
  id: 'myCases',
  name: 'My cases',
  category: { id: 'management', label: 'Management' },
  app: [],
  cases: ['mine'],
  privileges: {
    all: { ...none, cases: { create: ['mine'], read: ['mine'] }, ui: ['create'] },
    read: { ...none, cases: { read: ['mine'] }, ui: ['read'] },
  },
  subFeatures: [
    {
      name: 'Extras',
      privilegeGroups: [
        {
          groupType: 'independent',
          privileges: [
            { ...none, id: 'del', name: 'Delete', includeIn: 'all', cases: { delete: ['mine'] } },
            {
              ...none,
              id: 'assign',
              name: 'Assign',
              includeIn: 'none',
              minimumLicense: 'platinum',
              cases: { assign: ['mine'] },
            },
          ],
        },
      ],
    },
  ],
};
const oldCases: KibanaFeatureConfig = {
  ...cases,
  id: 'oldCases',
  subFeatures: [],
  privileges: {
    all: {
      ...none,
      cases: { all: ['mine'] },
      ui: ['legacy'],
      replacedBy: [{ feature: 'myCases', privileges: ['all'] }],
    },
    read: { ...none, ui: ['legacy'], replacedBy: [{ feature: 'myCases', privileges: ['read'] }] },
  },
  deprecated: { notice: 'use myCases' },
};
const excluded: KibanaFeatureConfig = {
  ...cases,
  id: 'internalCases',
  excludeFromBasePrivileges: true,
  subFeatures: [],
  privileges: { all: { ...none, cases: { push: ['mine'] } }, read: { ...none } },
};

const build = (licenseType: 'basic' | 'gold' | 'platinum') =>
  buildApplicationPrivileges([cases, oldCases, excluded], { licenseType, actions });

describe("the local host's own privilege builder (Kibana's feature privilege builder)", () => {
  it('merges the sub-features `all` includes, and none into minimal_all', () => {
    const privileges = build('gold');
    expect(privileges['feature_myCases.all']).toEqual(
      expect.arrayContaining([
        'cases:mine/createCase',
        'cases:mine/getCase',
        'cases:mine/deleteCase',
      ])
    );
    expect(privileges['feature_myCases.minimal_all']).not.toContain('cases:mine/deleteCase');
    expect(privileges['feature_myCases.read']).not.toContain('cases:mine/createCase');
  });

  it('registers standalone sub-feature privileges only from Gold, each within its own minimum licence', () => {
    expect(build('basic')['feature_myCases.del']).toBeUndefined();
    expect(build('gold')['feature_myCases.del']).toEqual(
      expect.arrayContaining(['login:', 'cases:mine/deleteCase', 'cases:mine/deleteComment'])
    );
    expect(build('gold')['feature_myCases.assign']).toBeUndefined();
    expect(build('platinum')['feature_myCases.assign']).toContain('cases:mine/assignCase');
  });

  it('gives `cases.all` every operation but managing templates', () => {
    const all = build('gold')['feature_oldCases.all'];
    expect(all).toEqual(
      expect.arrayContaining([
        'cases:mine/pushCase',
        'cases:mine/assignCase',
        'cases:mine/reopenCase',
      ])
    );
    expect(all).not.toContain('cases:mine/manageTemplate');
  });

  it('adds to a deprecated privilege only the UI actions of its replacement', () => {
    const read = build('gold')['feature_oldCases.read'];
    expect(read).toContain('ui:myCases/read');
    expect(read).not.toContain('cases:mine/getCase');
  });

  it('builds base privileges from every feature not excluded from them', () => {
    const privileges = build('gold');
    expect(privileges.space_all).toEqual(
      expect.arrayContaining(['cases:mine/createCase', 'cases:mine/deleteCase'])
    );
    expect(privileges.space_read).toContain('cases:mine/getCase');
    expect(privileges.space_read).not.toContain('cases:mine/createCase');
    // internalCases grants push but is excluded from base privileges; Assign is never included automatically.
    const withoutOld = buildApplicationPrivileges([cases, excluded], {
      licenseType: 'platinum',
      actions,
    });
    expect(withoutOld.space_all).not.toContain('cases:mine/pushCase');
    expect(withoutOld.all).not.toContain('cases:mine/assignCase');
    expect(withoutOld['feature_internalCases.all']).toContain('cases:mine/pushCase');
    expect(privileges.all).toContain('space:manage');
  });
});
