/**
 * The shared scenarios (test/fixtures/scenarios, kept identical to the team's shared scenarios) with the answers issue 10
 * corrected: facts the shared files do not state, checked on the same snapshots.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { Solution } from '../report/types';
import { validateSnapshot } from '../snapshot';
import { createAccessEngine } from './engine';

const SCENARIOS_DIR = path.resolve(__dirname, '../../test/fixtures/scenarios');

function cellOf(file: string, username: string, space: string, solution: Solution) {
  const { snapshot } = JSON.parse(readFileSync(path.join(SCENARIOS_DIR, file), 'utf8'));
  const engine = createAccessEngine(validateSnapshot(snapshot));
  const cell = engine.evaluateUser(username, [space])?.spaces[0].solutions[solution];
  if (!cell) throw new Error(`${file}: no ${username} in ${space}`);
  return cell;
}

describe('seed-sections.json', () => {
  it('Cases All with Connectors All on Platinum can add case actions to rules', () => {
    expect(cellOf('seed-sections.json', 'full', 'default', 'management').ruleCaseActions).toBe(
      true
    );
  });

  it('Security Cases All without Connectors cannot (the Cases action runs as a connector)', () => {
    // x-pack/platform/plugins/shared/cases/server/connectors/cases/index.ts registers it as an action type.
    const cell = cellOf('seed-sections.json', 'assignee_new', 'default', 'security');
    expect(cell.level).toBe('full');
    expect(cell.ruleCaseActions).toBe(false);
  });
});

describe('basic-license.json', () => {
  it('Cases All on Basic: assign stays in the provenance, does not count, and no rule case actions', () => {
    // Cases refuses assignees below Platinum (cases/server/client/cases/create.ts, bulk_update.ts); the Cases
    // action type needs Platinum (cases/server/connectors/cases/index.ts, minimumLicenseRequired).
    const cell = cellOf('basic-license.json', 'all_user', 'default', 'management');
    expect(cell.capabilities.assign).toBe(false);
    expect(cell.grants.assign?.length).toBeGreaterThan(0);
    expect(cell.notCounted?.assign).toBeDefined();
    expect(cell.ruleCaseActions).toBe(false);
  });
});

describe('legacy-roles.json', () => {
  it('V1 Cases All without Connectors cannot add case actions to rules', () => {
    expect(cellOf('legacy-roles.json', 'legacy', 'default', 'management').ruleCaseActions).toBe(
      false
    );
  });
});
