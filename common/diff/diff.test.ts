/** The diff engine on small named directories: each kind of change and its cause. */
import { role, snapshot, user } from '../engine/test_utils/fixtures';
import type { DirectorySnapshot } from '../snapshot/types';
import { DiffError, diffDirectories } from './diff';
import { diffToTable } from './format';
import type { AccessChange } from './types';

const SOC = { id: 'soc', name: 'SOC', disabledFeatures: [] };
const DEFAULT = { id: 'default', name: 'Default', disabledFeatures: [] };

function base(): DirectorySnapshot {
  return snapshot({
    spaces: [DEFAULT, SOC],
    users: [
      user('alice', ['case_reader']),
      user('bob', ['case_admin', 'connectors']),
      user('dana', []),
    ],
    roles: {
      case_reader: role(['feature_securitySolutionCasesV3.read'], ['space:soc']),
      case_admin: role(['feature_securitySolutionCasesV3.all'], ['*']),
      connectors: role(['feature_actions.read'], ['*']),
      soc_analyst: role(
        [
          'feature_securitySolutionCasesV3.minimal_all',
          'feature_securitySolutionCasesV3.cases_delete',
        ],
        ['space:soc']
      ),
    },
  });
}

function withUser(
  directory: DirectorySnapshot,
  username: string,
  roles: string[]
): DirectorySnapshot {
  return {
    ...directory,
    users: { ...directory.users, [username]: { ...directory.users[username], roles } },
  };
}

const find = (changes: AccessChange[], match: Partial<AccessChange>) =>
  changes.filter((change) =>
    Object.entries(match).every(([key, value]) => change[key as keyof AccessChange] === value)
  );

describe('diffDirectories', () => {
  it('finds nothing between a directory and itself', () => {
    const diff = diffDirectories(base(), base());
    expect(diff.changes).toEqual([]);
    expect(diff.usersChanged).toBe(0);
    expect(diff.spaces).toEqual(['default', 'soc']);
  });

  it('names the role added to the user as the cause of each gained capability', () => {
    const diff = diffDirectories(base(), withUser(base(), 'dana', ['soc_analyst']));
    expect(diff.usersChanged).toBe(1);
    const deleteChange = find(diff.changes, { username: 'dana', space: 'soc', subject: 'delete' });
    expect(deleteChange).toEqual([
      expect.objectContaining({
        solution: 'security',
        before: false,
        after: true,
        direction: 'gained',
        causes: [{ kind: 'roleAdded', role: 'soc_analyst' }],
      }),
    ]);
    expect(find(diff.changes, { username: 'dana', subject: 'level' })).toEqual([
      expect.objectContaining({
        space: 'soc',
        before: 'none',
        after: 'custom',
        direction: 'gained',
      }),
    ]);
    // The role is limited to space soc: nothing changes in default.
    expect(find(diff.changes, { space: 'default' })).toEqual([]);
  });

  it('names the removed role when a user loses access', () => {
    const diff = diffDirectories(base(), withUser(base(), 'bob', ['connectors']));
    const lost = find(diff.changes, { username: 'bob', space: 'default', subject: 'delete' });
    expect(lost).toEqual([
      expect.objectContaining({
        direction: 'lost',
        causes: [{ kind: 'roleRemoved', role: 'case_admin' }],
      }),
    ]);
    expect(
      find(diff.changes, { username: 'bob', subject: 'pushToExternal', space: 'soc' })
    ).toEqual([expect.objectContaining({ before: true, after: false, direction: 'lost' })]);
  });

  it('names the privilege added to a role for every holder', () => {
    const after = base();
    after.roles = {
      ...after.roles,
      case_reader: role(
        ['feature_securitySolutionCasesV3.read', 'feature_securitySolutionCasesV3.cases_delete'],
        ['space:soc']
      ),
    };
    const diff = diffDirectories(base(), after);
    expect(find(diff.changes, { subject: 'delete' })).toEqual([
      expect.objectContaining({
        username: 'alice',
        space: 'soc',
        causes: [
          {
            kind: 'privilegeAdded',
            role: 'case_reader',
            privilege: 'feature_securitySolutionCasesV3.cases_delete',
            resource: 'space:soc',
          },
        ],
      }),
    ]);
  });

  it('reports Connectors changes once per space, with the connectors role as cause', () => {
    const diff = diffDirectories(base(), withUser(base(), 'bob', ['case_admin']));
    expect(find(diff.changes, { subject: 'connectors' })).toEqual([
      expect.objectContaining({ space: 'default', solution: null, before: 'read', after: 'none' }),
      expect.objectContaining({ space: 'soc', solution: null, before: 'read', after: 'none' }),
    ]);
    expect(find(diff.changes, { subject: 'connectors' })[0].causes).toEqual([
      { kind: 'roleRemoved', role: 'connectors' },
    ]);
  });

  it('reports users added and removed, and their access against nothing', () => {
    const after = base();
    const { alice: _removed, ...rest } = after.users;
    after.users = { ...rest, erin: user('erin', ['case_reader']) };
    after.profiles = after.profiles.filter((p) => p.user.username !== 'alice');
    const diff = diffDirectories(base(), after);
    expect(find(diff.changes, { subject: 'user' })).toEqual([
      expect.objectContaining({ username: 'alice', before: true, after: false, direction: 'lost' }),
      expect.objectContaining({
        username: 'erin',
        before: false,
        after: true,
        direction: 'gained',
      }),
    ]);
    expect(find(diff.changes, { username: 'erin', subject: 'read' })).toEqual([
      expect.objectContaining({ space: 'soc', causes: [{ kind: 'userAdded' }] }),
    ]);
    expect(find(diff.changes, { username: 'alice', subject: 'read' })[0].causes).toEqual([
      { kind: 'userRemoved' },
    ]);
  });

  it('blames the licence for assignability lost on a downgrade', () => {
    const after = { ...base(), license: { type: 'gold' as const, status: 'active' as const } };
    const assignable = find(diffDirectories(base(), after).changes, {
      username: 'alice',
      subject: 'assignable',
    });
    expect(assignable).toEqual([
      expect.objectContaining({
        space: 'soc',
        direction: 'lost',
        causes: [{ kind: 'license', before: 'enterprise (active)', after: 'gold (active)' }],
      }),
    ]);
  });

  it('blames a disabled profile for assignability', () => {
    const after = base();
    after.profiles = after.profiles.map((p) =>
      p.user.username === 'alice' ? { ...p, enabled: false } : p
    );
    const changes = diffDirectories(base(), after).changes;
    expect(changes).toEqual([
      expect.objectContaining({
        username: 'alice',
        subject: 'assignable',
        causes: [{ kind: 'profile', before: 'enabled', after: 'disabled' }],
      }),
    ]);
  });

  it('blames the space settings when a feature is disabled in a space', () => {
    const after = base();
    after.kibana = {
      ...after.kibana,
      spaces: [DEFAULT, { ...SOC, disabledFeatures: ['securitySolutionCasesV3'] }],
    };
    const read = find(diffDirectories(base(), after).changes, {
      username: 'alice',
      subject: 'read',
    });
    expect(read).toEqual([
      expect.objectContaining({
        space: 'soc',
        direction: 'lost',
        causes: [
          {
            kind: 'spaceSettings',
            space: 'soc',
            before: 'solution classic; disabled features: -',
            after: 'solution classic; disabled features: securitySolutionCasesV3',
          },
        ],
      }),
    ]);
  });

  it('compares only the space asked for, and refuses a space neither side has', () => {
    const after = withUser(base(), 'bob', []);
    const diff = diffDirectories(base(), after, { spaces: ['soc'] });
    expect(diff.spaces).toEqual(['soc']);
    expect(new Set(diff.changes.map((change) => change.space))).toEqual(new Set(['soc']));
    expect(() => diffDirectories(base(), after, { spaces: ['nope'] })).toThrow(
      new DiffError('Unknown space "nope": neither snapshot has it; the spaces are: default, soc')
    );
  });

  it('reports a space that was created, with the space as cause', () => {
    const after = base();
    after.kibana = {
      ...after.kibana,
      spaces: [DEFAULT, SOC, { id: 'ops', name: 'Ops', disabledFeatures: [] }],
    };
    const changes = find(diffDirectories(base(), after).changes, {
      username: 'bob',
      space: 'ops',
      subject: 'read',
    });
    expect(changes).toEqual([
      expect.objectContaining({
        causes: [{ kind: 'spaceAdded', space: 'ops' }],
        direction: 'gained',
      }),
    ]);
  });

  it("carries the snapshots' dates", () => {
    const diff = diffDirectories(
      { ...base(), takenAt: '2026-09-01T10:00:00.000Z' },
      { ...base(), takenAt: '2026-12-01T10:00:00.000Z' }
    );
    expect(diff.before).toEqual({ takenAt: '2026-09-01T10:00:00.000Z' });
    expect(diff.after).toEqual({ takenAt: '2026-12-01T10:00:00.000Z' });
  });
});

describe('the diff table with names from a hostile directory', () => {
  it('shows control characters in user and role names escaped, never raw', () => {
    const evil = 'mallory\u001b]0;owned\u0007';
    const before = snapshot({
      spaces: [DEFAULT],
      users: [user(evil, [])],
      roles: { 'r\u001b[2J': role(['feature_securitySolutionCasesV3.all'], ['*']) },
    });
    const after = withUser(before, evil, ['r\u001b[2J']);
    const table = diffToTable(diffDirectories(before, after));
    expect(table).toContain('mallory\\x1b]0;owned\\x07');
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters in the output
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
