import { toElasticsearchRole } from './kibana_role';

describe('toElasticsearchRole', () => {
  it.each([
    [
      'feature privileges in all spaces',
      { kibana: [{ feature: { generalCasesV3: ['all'], actions: ['read'] }, spaces: ['*'] }] },
      [
        {
          application: 'kibana-.kibana',
          privileges: ['feature_generalCasesV3.all', 'feature_actions.read'],
          resources: ['*'],
        },
      ],
    ],
    [
      'sub-feature privileges in named spaces',
      {
        kibana: [
          {
            feature: { generalCasesV3: ['minimal_read', 'cases_delete'] },
            spaces: ['default', 'soc'],
          },
        ],
      },
      [
        {
          application: 'kibana-.kibana',
          privileges: [
            'feature_generalCasesV3.minimal_read',
            'feature_generalCasesV3.cases_delete',
          ],
          resources: ['space:default', 'space:soc'],
        },
      ],
    ],
    [
      'base privileges: global all, space read',
      {
        kibana: [
          { base: ['all'], spaces: ['*'] },
          { base: ['read'], spaces: ['ops'] },
        ],
      },
      [
        { application: 'kibana-.kibana', privileges: ['all'], resources: ['*'] },
        { application: 'kibana-.kibana', privileges: ['space_read'], resources: ['space:ops'] },
      ],
    ],
  ])('converts %s', (_name, role, applications) => {
    expect(toElasticsearchRole('r', role).applications).toEqual(applications);
  });

  it('keeps the Elasticsearch part', () => {
    const role = toElasticsearchRole('r', { elasticsearch: { cluster: ['read_security'] } });
    expect(role).toMatchObject({
      cluster: ['read_security'],
      indices: [],
      run_as: [],
      applications: [],
    });
  });

  it.each([
    [
      { kibana: [{ base: ['all'], feature: { actions: ['all'] }, spaces: ['*'] }] },
      /either base or feature/,
    ],
    [{ kibana: [{ base: ['all'], spaces: ['*', 'soc'] }] }, /'\*' cannot be combined/],
    [{ kibana: [{ base: ['write'], spaces: ['*'] }] }, /unknown base privilege 'write'/],
    [{ kibana: [{ feature: { actions: ['all'] }, spaces: [] }] }, /kibana\[0\]\.spaces/],
  ])('rejects what Kibana rejects with a message naming the role and entry', (role, message) => {
    expect(() => toElasticsearchRole('analyst', role)).toThrow(message);
    expect(() => toElasticsearchRole('analyst', role)).toThrow(/role analyst/);
  });
});
