/** Properties of the engine on random roles and users (fast-check). */
import fc from 'fast-check';
import type { estypes } from '@elastic/elasticsearch';
import { CASE_CAPABILITIES, GRANT_KEYS_FOR_TEST, SOLUTIONS } from './test_utils/keys';
import type { DirectorySnapshot } from '../snapshot/types';
import { createAccessEngine } from './engine';
import { role, snapshot, user } from './test_utils/fixtures';

const FEATURES = [
  'generalCasesV3',
  'securitySolutionCasesV3',
  'observabilityCasesV2',
  'generalCases',
  'actions',
];
const FEATURE_PRIVILEGES = [
  'all',
  'read',
  'minimal_all',
  'minimal_read',
  'cases_delete',
  'case_reopen',
  'create_comment',
  'cases_assign',
];
const privilegeArb = fc.oneof(
  fc.constantFrom('all', 'read', 'space_all', 'space_read', 'nonsense'),
  fc
    .tuple(fc.constantFrom(...FEATURES), fc.constantFrom(...FEATURE_PRIVILEGES))
    .map(([feature, privilege]) => `feature_${feature}.${privilege}`)
);
const resourceArb = fc.constantFrom('*', 'space:default', 'space:soc', 'space:s*', 'space:other');
const roleArb: fc.Arbitrary<estypes.SecurityGetRoleRole> = fc
  .tuple(
    fc.uniqueArray(privilegeArb, { minLength: 1, maxLength: 4 }),
    fc.uniqueArray(resourceArb, { minLength: 1, maxLength: 2 })
  )
  .map(([privileges, resources]) => role(privileges, resources));
const licenseArb = fc.constantFrom('basic', 'gold', 'platinum', 'enterprise') as fc.Arbitrary<
  DirectorySnapshot['license']['type']
>;

const directoryArb = fc
  .record({
    roles: fc.dictionary(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'), roleArb, { minKeys: 1 }),
    license: licenseArb,
    userRoles: fc.array(
      fc.uniqueArray(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'missing'), { maxLength: 3 }),
      {
        minLength: 1,
        maxLength: 5,
      }
    ),
  })
  .map(({ roles, license, userRoles }) =>
    snapshot({
      license: { type: license, status: 'active' },
      spaces: [
        { id: 'default', name: 'Default', disabledFeatures: [] },
        { id: 'soc', name: 'SOC', disabledFeatures: ['observabilityCasesV2'] },
      ],
      roles,
      users: userRoles.map((held, index) => user(`user${index}`, held)),
    })
  );

const RUNS = { numRuns: 150 };

describe('engine properties', () => {
  it('adding a role never removes a capability', () => {
    fc.assert(
      fc.property(directoryArb, roleArb, (directory, extra) => {
        const before = createAccessEngine(directory).report();
        const withRole: DirectorySnapshot = {
          ...directory,
          roles: { ...directory.roles, extra },
          users: Object.fromEntries(
            Object.entries(directory.users).map(([name, u]) => [
              name,
              { ...u, roles: [...u.roles, 'extra'] },
            ])
          ),
        };
        const after = createAccessEngine(withRole).report();
        before.users.forEach((u, userIndex) =>
          u.spaces.forEach((space, spaceIndex) =>
            SOLUTIONS.forEach((solution) => {
              const was = space.solutions[solution];
              const now = after.users[userIndex].spaces[spaceIndex].solutions[solution];
              for (const cap of CASE_CAPABILITIES) {
                if (was.capabilities[cap]) expect(now.capabilities[cap]).toBe(true);
              }
            })
          )
        );
      }),
      RUNS
    );
  });

  it('level none exactly when read is not granted; every granted capability has a grant', () => {
    fc.assert(
      fc.property(directoryArb, (directory) => {
        for (const u of createAccessEngine(directory).report().users) {
          for (const space of u.spaces) {
            for (const solution of SOLUTIONS) {
              const cell = space.solutions[solution];
              expect(cell.level === 'none').toBe(!cell.capabilities.read);
              for (const cap of CASE_CAPABILITIES) {
                if (cell.capabilities[cap])
                  expect(cell.grants[cap]?.length ?? 0).toBeGreaterThan(0);
              }
              for (const key of Object.keys(cell.grants)) {
                expect(GRANT_KEYS_FOR_TEST).toContain(key);
              }
            }
          }
        }
      }),
      RUNS
    );
  });

  it('is deterministic for the same input, whatever the order of roles and users', () => {
    fc.assert(
      fc.property(directoryArb, (directory) => {
        const reversed: DirectorySnapshot = {
          ...directory,
          roles: Object.fromEntries(Object.entries(directory.roles).reverse()),
          users: Object.fromEntries(Object.entries(directory.users).reverse()),
          profiles: [...directory.profiles].reverse(),
        };
        const first = JSON.stringify(createAccessEngine(directory).report());
        expect(JSON.stringify(createAccessEngine(directory).report())).toBe(first);
        expect(JSON.stringify(createAccessEngine(reversed).report())).toBe(first);
      }),
      RUNS
    );
  });
});
