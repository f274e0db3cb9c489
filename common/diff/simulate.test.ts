/** Simulations: the user and role forms, what they refuse, and the request parser. */
import { role, snapshot, user } from '../engine/test_utils/fixtures';
import { DiffError } from './diff';
import { describeCause, diffToCsv, diffToNdjson, diffToTable } from './format';
import { MAX_SIMULATION_BODY_BYTES, parseSimulationRequest } from './request';
import { affectedUsernames, applySimulation, simulate } from './simulate';

const directory = snapshot({
  spaces: [
    { id: 'default', name: 'Default', disabledFeatures: [] },
    { id: 'soc', name: 'SOC', disabledFeatures: [] },
  ],
  users: [
    user('alice', ['viewer']),
    user('bob', ['viewer', 'other']),
    user('dana', []),
    user('=cmd', ['viewer']),
  ],
  roles: {
    viewer: role(['feature_securitySolutionCasesV3.read'], ['space:soc']),
    other: role(['feature_generalCasesV3.read'], ['*']),
    soc_analyst: role(['feature_securitySolutionCasesV3.all'], ['space:soc']),
  },
});

describe('simulate', () => {
  it('shows what adding a role to a user would give, with the row before and after', () => {
    const result = simulate(directory, {
      space: 'soc',
      username: 'dana',
      addRoles: ['soc_analyst'],
    });
    expect(result.evaluatedUsers).toBe(1);
    expect(result.user?.before.spaces[0].solutions.security.level).toBe('none');
    expect(result.user?.after.spaces[0].solutions.security.level).toBe('full');
    expect(result.changes.find((c) => c.subject === 'delete')).toMatchObject({
      username: 'dana',
      space: 'soc',
      direction: 'gained',
      causes: [{ kind: 'roleAdded', role: 'soc_analyst' }],
    });
    // Nothing is saved.
    expect(directory.users.dana.roles).toEqual([]);
  });

  it('evaluates only the holders of a role and lists everyone whose access would change', () => {
    const request = {
      space: 'soc',
      role: 'viewer',
      applications: [
        {
          application: 'kibana-.kibana',
          privileges: ['feature_securitySolutionCasesV3.all'],
          resources: ['space:soc'],
        },
      ],
    };
    expect(affectedUsernames(directory, request)).toEqual(['=cmd', 'alice', 'bob']);
    const result = simulate(directory, request);
    expect(result.evaluatedUsers).toBe(3);
    expect(new Set(result.changes.map((c) => c.username))).toEqual(
      new Set(['=cmd', 'alice', 'bob'])
    );
    expect(
      result.changes.find((c) => c.username === 'alice' && c.subject === 'create')?.causes
    ).toEqual([
      {
        kind: 'privilegeAdded',
        role: 'viewer',
        privilege: 'feature_securitySolutionCasesV3.all',
        resource: 'space:soc',
      },
    ]);
  });

  it("keeps the role's other applications and replaces only its Kibana privileges", () => {
    const withOther = {
      ...directory,
      roles: {
        ...directory.roles,
        viewer: {
          ...directory.roles.viewer,
          applications: [
            ...directory.roles.viewer.applications,
            { application: 'myapp', privileges: ['x'], resources: ['*'] },
          ],
        },
      },
    };
    const changed = applySimulation(withOther, { space: 'soc', role: 'viewer', applications: [] });
    expect(changed.roles.viewer.applications).toEqual([
      { application: 'myapp', privileges: ['x'], resources: ['*'] },
    ]);
  });

  it.each([
    [
      { space: 'nope', username: 'dana', addRoles: ['viewer'] },
      /no space "nope"; the spaces are: default, soc/,
    ],
    [{ space: 'soc', username: 'erin', addRoles: ['viewer'] }, /no user "erin"/],
    [
      { space: 'soc', username: 'dana', addRoles: ['ghost'] },
      /\[addRoles\]: there is no role "ghost"/,
    ],
    [{ space: 'soc', role: 'ghost', applications: [] }, /\[role\]: there is no role "ghost"/],
  ])('refuses %j with a clear message', (request, message) => {
    expect(() => simulate(directory, request)).toThrow(DiffError);
    expect(() => simulate(directory, request)).toThrow(message);
  });
});

describe('parseSimulationRequest', () => {
  it('accepts both forms', () => {
    expect(parseSimulationRequest({ space: 'soc', username: 'dana', removeRoles: ['x'] })).toEqual({
      space: 'soc',
      username: 'dana',
      removeRoles: ['x'],
    });
    expect(parseSimulationRequest({ space: 'soc', role: 'r', applications: [] })).toEqual({
      space: 'soc',
      role: 'r',
      applications: [],
    });
  });

  it.each([
    [null, /expected a JSON object/],
    [{ space: 'soc', username: 'dana' }, /give addRoles or removeRoles/],
    [{ space: 'S O C', username: 'dana', addRoles: ['x'] }, /\[space\]: expected a space id/],
    [{ space: 'soc', username: 'dana', addRoles: 'x' }, /\[addRoles\]/],
    [{ space: 'soc', username: 'dana', addRoles: ['x'], extra: 1 }, /extra/],
    [{ space: 'soc', role: 'r' }, /\[applications\]/],
    [
      {
        space: 'soc',
        role: 'r',
        applications: [{ application: 'a', privileges: [], resources: [] }],
      },
      /\[applications\[0\]\.resources\]/,
    ],
    [{ space: 'soc', username: 'dana', addRoles: new Array(101).fill('r') }, /\[addRoles\]/],
  ])('refuses %j', (body, message) => {
    expect(() => parseSimulationRequest(body)).toThrow(message);
  });

  it('limits the body to a size no real request comes near', () => {
    expect(MAX_SIMULATION_BODY_BYTES).toBeGreaterThan(
      JSON.stringify({ space: 'a', role: 'b', applications: [] }).length
    );
  });
});

describe('diff output', () => {
  const diff = simulate(directory, {
    space: 'soc',
    role: 'viewer',
    applications: [],
  });

  it('writes CSV with the formula-looking username neutralised and the cause in words', () => {
    const csv = diffToCsv(diff.changes);
    expect(csv.split('\r\n')[0]).toBe(
      'username,space,solution,subject,before,after,direction,causes'
    );
    expect(csv).toContain(
      "'=cmd,soc,security,level,view,none,lost,privilege feature_securitySolutionCasesV3.read at space:soc removed from role viewer\r\n"
    );
  });

  it('writes one JSON change per line and a table with a summary', () => {
    const lines = diffToNdjson(diff).trim().split('\n');
    expect(lines).toHaveLength(diff.changes.length);
    expect(JSON.parse(lines[0])).toMatchObject({
      username: '=cmd',
      description: expect.any(String),
    });
    expect(diffToTable(diff)).toMatch(/changes for 3 users\.\n$/);
    expect(diffToTable({ ...diff, changes: [], usersChanged: 0 })).toBe(
      'No change in case access.\n'
    );
  });

  it('describes each cause', () => {
    expect(describeCause({ kind: 'roleAdded', role: 'soc' })).toBe('role soc added to the user');
    expect(
      describeCause({ kind: 'privilegeRemoved', role: 'r', privilege: 'p', resource: '*' })
    ).toBe('privilege p at * removed from role r');
  });
});
