/** Every shared scenario (a snapshot with the facts its report must show) as a test. */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { SOLUTIONS, type Solution, type SolutionAccess, type UserAccess } from '../report/types';
import { validateSnapshot } from '../snapshot';
import { createAccessEngine } from './engine';

const REPO_ROOT = path.resolve(__dirname, '../..');
const SCENARIOS_DIR = path.resolve(REPO_ROOT, 'test/fixtures/scenarios');

interface Expectation {
  user: string;
  space: string;
  solution: Solution;
  level?: SolutionAccess['level'];
  capabilities?: Partial<SolutionAccess['capabilities']>;
  warnings?: string[];
  [field: string]: unknown;
}

interface Scenario {
  description: string;
  snapshot: unknown;
  readiness: { present: string[]; absent: string[] };
  expect: Expectation[];
}

const files = readdirSync(SCENARIOS_DIR).filter((file) => file.endsWith('.json'));

function cell(users: UserAccess[], { user, space, solution }: Expectation) {
  const access = users.find((candidate) => candidate.username === user);
  const spaceAccess = access?.spaces.find((candidate) => candidate.space === space);
  return { access, cell: spaceAccess?.solutions[solution] };
}

it('finds the shared scenarios', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('scenario %s', (file) => {
  const scenario: Scenario = JSON.parse(readFileSync(path.join(SCENARIOS_DIR, file), 'utf8'));
  // Built inside each test, not here: mutation testing credits code to the test that runs it, and code run while
  // the file loads to none.
  const engineOf = () => createAccessEngine(validateSnapshot(scenario.snapshot));

  it('raises the expected readiness warnings', () => {
    const readinessIds = engineOf()
      .report()
      .readiness.map((warning) => warning.id);
    expect(readinessIds).toEqual(expect.arrayContaining(scenario.readiness.present));
    for (const id of scenario.readiness.absent) expect(readinessIds).not.toContain(id);
  });

  it.each(scenario.expect.map((e) => [`${e.user} in ${e.space}/${e.solution}`, e] as const))(
    '%s',
    (_, expectation) => {
      const engine = engineOf();
      const { access, cell: solutionAccess } = cell(engine.report().users, expectation);
      expect(solutionAccess).toBeDefined();
      if (!access || !solutionAccess) return;
      const { user, space, solution, capabilities, warnings, ...fields } = expectation;
      expect(SOLUTIONS).toContain(solution);
      if (capabilities) expect(solutionAccess.capabilities).toMatchObject(capabilities);
      for (const [field, value] of Object.entries(fields)) {
        expect({ field, value: solutionAccess[field as keyof SolutionAccess] }).toEqual({
          field,
          value,
        });
      }
      const ids = [...access.warnings, ...solutionAccess.warnings].map((warning) => warning.id);
      expect(ids).toEqual(expect.arrayContaining(warnings ?? []));
      // The per-space evaluation agrees with the full report.
      const single = engine.evaluateSpace(space).find((candidate) => candidate.username === user);
      expect(single?.spaces[0].solutions[solution]).toEqual(solutionAccess);
    }
  );
});
