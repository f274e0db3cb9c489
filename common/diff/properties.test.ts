/** Properties of the diff and the simulation on random directories and changes (fast-check). */
import fc from 'fast-check';
import type { estypes } from '@elastic/elasticsearch';
import { createAccessEngine } from '../engine';
import { role, snapshot, user } from '../engine/test_utils/fixtures';
import { CASE_CAPABILITIES, SOLUTIONS } from '../report/types';
import type { DirectorySnapshot } from '../snapshot/types';
import { diffDirectories } from './diff';
import { applySimulation, simulate, type SimulationRequest } from './simulate';

const ROLE_NAMES = ['r1', 'r2', 'r3', 'r4'] as const;
const privilegeArb = fc.oneof(
  fc.constantFrom('all', 'read', 'space_read', 'nonsense'),
  fc
    .tuple(
      fc.constantFrom(
        'generalCasesV3',
        'securitySolutionCasesV3',
        'observabilityCasesV2',
        'actions'
      ),
      fc.constantFrom('all', 'read', 'minimal_all', 'cases_delete', 'case_reopen', 'cases_assign')
    )
    .map(([feature, privilege]) => `feature_${feature}.${privilege}`)
);
const resourceArb = fc.constantFrom('*', 'space:default', 'space:soc', 'space:s*');
const applicationsArb: fc.Arbitrary<estypes.SecurityApplicationPrivileges[]> = fc.array(
  fc.record({
    application: fc.constant('kibana-.kibana'),
    privileges: fc.uniqueArray(privilegeArb, { minLength: 1, maxLength: 3 }),
    resources: fc.uniqueArray(resourceArb, { minLength: 1, maxLength: 2 }),
  }),
  { maxLength: 2 }
);
const roleArb = applicationsArb.map((applications) => ({ ...role([]), applications }));

const directoryArb: fc.Arbitrary<DirectorySnapshot> = fc
  .record({
    roles: fc.record({ r1: roleArb, r2: roleArb, r3: roleArb, r4: roleArb }),
    license: fc.constantFrom('basic', 'gold', 'platinum', 'enterprise' as const),
    users: fc.array(
      fc.record({
        roles: fc.uniqueArray(fc.constantFrom(...ROLE_NAMES, 'missing'), { maxLength: 3 }),
        enabled: fc.boolean(),
        profile: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 }
    ),
  })
  .map(({ roles, license, users }) =>
    snapshot({
      license: { type: license, status: 'active' },
      spaces: [
        { id: 'default', name: 'Default', disabledFeatures: [] },
        { id: 'soc', name: 'SOC', disabledFeatures: ['observabilityCasesV2'] },
      ],
      roles,
      users: users.map((entry, index) =>
        user(`user${index}`, entry.roles, {
          enabled: entry.enabled,
          ...(entry.profile ? {} : { profile_uid: undefined }),
        })
      ),
    })
  );

const requestArb = (directory: DirectorySnapshot): fc.Arbitrary<SimulationRequest> => {
  const usernames = Object.keys(directory.users);
  const space = fc.constantFrom('default', 'soc');
  return fc.oneof(
    fc.record({
      space,
      username: fc.constantFrom(...usernames),
      addRoles: fc.uniqueArray(fc.constantFrom(...ROLE_NAMES), { maxLength: 2 }),
      removeRoles: fc.uniqueArray(fc.constantFrom(...ROLE_NAMES, 'missing'), { maxLength: 2 }),
    }),
    fc.record({ space, role: fc.constantFrom(...ROLE_NAMES), applications: applicationsArb })
  );
};

const directoryAndRequestArb = directoryArb.chain((directory) =>
  requestArb(directory).map((request) => ({ directory, request }))
);

describe('diff and simulation properties', () => {
  it('a directory compared with itself has no change', () => {
    fc.assert(
      fc.property(directoryArb, (directory) => {
        expect(diffDirectories(directory, directory).changes).toEqual([]);
      }),
      { numRuns: 60 }
    );
  });

  it('simulating a change gives exactly the diff of the directory with the change applied', () => {
    fc.assert(
      fc.property(directoryAndRequestArb, ({ directory, request }) => {
        const simulated = simulate(directory, request);
        const applied = diffDirectories(directory, applySimulation(directory, request), {
          spaces: [request.space],
        });
        expect(simulated.changes).toEqual(applied.changes);
        expect(simulated.usersChanged).toBe(applied.usersChanged);
      }),
      { numRuns: 80 }
    );
  });

  it('each change states the values the engine gives before and after, and nothing else differs', () => {
    fc.assert(
      fc.property(directoryAndRequestArb, ({ directory, request }) => {
        const after = applySimulation(directory, request);
        const { changes } = diffDirectories(directory, after, { spaces: [request.space] });
        const rowsBefore = createAccessEngine(directory).evaluateSpace(request.space);
        const rowsAfter = createAccessEngine(after).evaluateSpace(request.space);
        const expected: string[] = [];
        rowsBefore.forEach((rowBefore, index) => {
          const rowAfter = rowsAfter[index];
          for (const solution of SOLUTIONS) {
            const a = rowBefore.spaces[0].solutions[solution];
            const b = rowAfter.spaces[0].solutions[solution];
            const pairs: Array<[string, unknown, unknown]> = [
              ['level', a.level, b.level],
              ...CASE_CAPABILITIES.map((key): [string, unknown, unknown] => [
                key,
                a.capabilities[key],
                b.capabilities[key],
              ]),
              ['assignable', a.assignable, b.assignable],
              ['addAlerts', a.addAlerts, b.addAlerts],
              ['ruleCaseActions', a.ruleCaseActions, b.ruleCaseActions],
              ['pushToExternal', a.pushToExternal, b.pushToExternal],
            ];
            for (const [subject, x, y] of pairs) {
              if (x !== y)
                expected.push(
                  `${rowBefore.username}/${solution}/${subject}/${String(x)}/${String(y)}`
                );
            }
          }
          const a = rowBefore.spaces[0].solutions.management.connectors;
          const b = rowAfter.spaces[0].solutions.management.connectors;
          if (a !== b) expected.push(`${rowBefore.username}/null/connectors/${a}/${b}`);
        });
        const actual = changes.map(
          (c) => `${c.username}/${c.solution}/${c.subject}/${c.before}/${c.after}`
        );
        expect(actual.sort()).toEqual(expected.sort());
        // Every change of an existing user has a cause.
        for (const change of changes) expect(change.causes.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 }
    );
  });

  it('swapping the directories swaps every change and its direction', () => {
    fc.assert(
      fc.property(directoryAndRequestArb, ({ directory, request }) => {
        const after = applySimulation(directory, request);
        const forward = diffDirectories(directory, after).changes;
        const backward = diffDirectories(after, directory).changes;
        expect(
          backward.map((c) => [c.username, c.space, c.solution, c.subject, c.after, c.before])
        ).toEqual(
          forward.map((c) => [c.username, c.space, c.solution, c.subject, c.before, c.after])
        );
        backward.forEach((change, index) =>
          expect(change.direction).not.toBe(forward[index].direction)
        );
      }),
      { numRuns: 60 }
    );
  });
});
