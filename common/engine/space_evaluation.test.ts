/**
 * The compact evaluation must say exactly what the materialised rows say: same users in the same order, same
 * levels, flags and warnings, and `materialize` / `reportUsers` must give the very rows of `evaluateSpace` /
 * `report`.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { generateDirectory } from '../../bench/generate';
import { ACCESS_LEVELS, SOLUTIONS, WARNING_IDS, type UserAccess } from '../report/types';
import { validateSnapshot, type DirectorySnapshot } from '../snapshot';
import { createAccessEngine } from './engine';
import {
  CELL_ADD_ALERTS,
  CELL_ASSIGNABLE,
  CELL_MANAGE_CONNECTORS,
  CELL_PUSH_TO_EXTERNAL,
  CELL_RULE_CASE_ACTIONS,
  warningBit,
  type SpaceEvaluation,
} from './space_evaluation';
import { role, snapshot, user } from './test_utils/fixtures';

const SCENARIOS_DIR = path.resolve(__dirname, '../../test/fixtures/scenarios');

function scenarioSnapshots(): Array<[string, DirectorySnapshot]> {
  return readdirSync(SCENARIOS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const scenario = JSON.parse(readFileSync(path.join(SCENARIOS_DIR, file), 'utf8'));
      return [file, validateSnapshot(scenario.snapshot)];
    });
}

function generated(
  license: DirectorySnapshot['license'],
  buildFlavor: 'traditional' | 'serverless' = 'traditional'
): DirectorySnapshot {
  const directory = generateDirectory({ users: 200, roles: 60, spaces: 6, seed: 7 });
  // A few editors, so the serverless Observability warning is both present and absent.
  for (const name of Object.keys(directory.users).slice(0, 20)) {
    directory.users[name].roles.push('editor');
  }
  directory.roles.editor = role(['feature_observabilityCasesV3.all']);
  return {
    ...directory,
    license,
    kibana: { ...directory.kibana, buildFlavor, publicBaseUrl: null },
  };
}

const cases: Array<[string, DirectorySnapshot]> = [
  ...scenarioSnapshots(),
  ['generated, platinum', generated({ type: 'platinum', status: 'active' })],
  ['generated, basic', generated({ type: 'basic', status: 'active' })],
  ['generated, expired gold', generated({ type: 'gold', status: 'expired' })],
  ['generated, serverless', generated({ type: 'enterprise', status: 'active' }, 'serverless')],
  [
    'missing roles and profile-only users',
    {
      ...snapshot({
        users: [
          user('zed', ['analyst', 'ghost', 'ghost', 'analyst'], { enabled: false }),
          user('amy', ['analyst'], { profile_uid: undefined }),
        ],
        roles: { analyst: role(['feature_generalCasesV3.minimal_all', 'feature_nope.all']) },
      }),
      profiles: [
        {
          uid: 'sso_1',
          enabled: false,
          last_synchronized: 1,
          user: { username: 'sso', roles: ['analyst'], realm_name: 'saml1' },
          labels: {},
          data: {},
        },
      ],
    },
  ],
];

function expectSameAsRows(evaluation: SpaceEvaluation, rows: UserAccess[]): void {
  expect(evaluation.usernames).toEqual(rows.map((row) => row.username));
  rows.forEach((row, u) => {
    const cells = SOLUTIONS.map((solution) => row.spaces[0].solutions[solution]);
    const compact = cells.map((_, s) => {
      const at = u * SOLUTIONS.length + s;
      const flags = evaluation.flags[at];
      return {
        level: ACCESS_LEVELS[evaluation.levels[at]],
        assignable: (flags & CELL_ASSIGNABLE) !== 0,
        addAlerts: (flags & CELL_ADD_ALERTS) !== 0,
        ruleCaseActions: (flags & CELL_RULE_CASE_ACTIONS) !== 0,
        pushToExternal: (flags & CELL_PUSH_TO_EXTERNAL) !== 0,
        manageConnectors: (flags & CELL_MANAGE_CONNECTORS) !== 0,
        warnings: WARNING_IDS.filter((id) => (evaluation.cellWarnings[at] & warningBit(id)) !== 0),
      };
    });
    const expected = cells.map((cell) => ({
      level: cell.level,
      assignable: cell.assignable,
      addAlerts: cell.addAlerts,
      ruleCaseActions: cell.ruleCaseActions,
      pushToExternal: cell.pushToExternal,
      manageConnectors: cell.manageConnectors,
      warnings: WARNING_IDS.filter((id) => cell.warnings.some((warning) => warning.id === id)),
    }));
    expect({ user: row.username, cells: compact }).toEqual({ user: row.username, cells: expected });
    const ownIds = WARNING_IDS.filter((id) => (evaluation.userWarnings[u] & warningBit(id)) !== 0);
    expect(ownIds).toEqual(WARNING_IDS.filter((id) => row.warnings.some((w) => w.id === id)));
    const count = row.warnings.length + cells.reduce((n, cell) => n + cell.warnings.length, 0);
    expect(evaluation.warningCounts[u]).toBe(count);
  });
}

describe.each(cases)('compact evaluation: %s', (_name, input) => {
  it('agrees with the rows of every space, and materialises them exactly', () => {
    const engine = createAccessEngine(input);
    for (const { id } of engine.spaces()) {
      const rows = engine.evaluateSpace(id);
      const evaluation = createAccessEngine(input).evaluateSpaceCompact(id);
      expectSameAsRows(evaluation, rows);
      rows.forEach((row, u) => expect(evaluation.materialize(u)).toEqual(row));
    }
  });

  it('streams the users of the report one at a time, as the report lists them', () => {
    const engine = createAccessEngine(input);
    expect([...createAccessEngine(input).reportUsers()]).toEqual(engine.report().users);
  });

  it('streams one space of the whole report, user warnings counting every space', () => {
    const engine = createAccessEngine(input);
    const users = engine.report().users;
    engine.spaces().forEach(({ id }, index) => {
      const expected = users.map((row) => ({ ...row, spaces: [row.spaces[index]] }));
      expect([...createAccessEngine(input).reportUsersInSpace(id)]).toEqual(expected);
    });
  });
});

describe('compact evaluation', () => {
  it('is computed once per space and rejects an unknown space', () => {
    const engine = createAccessEngine(snapshot({ users: [user('a', [])] }));
    expect(engine.evaluateSpaceCompact('default')).toBe(engine.evaluateSpaceCompact('default'));
    expect(() => engine.evaluateSpaceCompact('nowhere')).toThrow('Unknown space "nowhere"');
  });

  it('checks the spaces of a streamed report before yielding a user', () => {
    const engine = createAccessEngine(snapshot({ users: [user('a', [])] }));
    expect(() => engine.reportUsers(['nowhere']).next()).toThrow('Unknown space "nowhere"');
  });
});
