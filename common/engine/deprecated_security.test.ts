/**
 * Roles written with Security's deprecated base features (`siem`, `siemV2`, ...) still read Security alerts in
 * Kibana, so with the built-in feature table (offline: CLI, local host) they must count for adding alerts to cases.
 */
import type { Solution, SolutionAccess } from '../report/types';
import { createAccessEngine } from './engine';
import { role, snapshot, user, withIndices, SECURITY_ALERTS_READ } from './test_utils/fixtures';

const CASES_ALL = 'feature_securitySolutionCasesV3.all';

/** Roles here may search the Security alerts index, which Security alerts also need (see engine.test.ts). */
function engineFor(privileges: string[]) {
  return createAccessEngine(
    snapshot({
      users: [user('analyst', ['r'])],
      roles: { r: withIndices(role(privileges), [SECURITY_ALERTS_READ]) },
    })
  );
}

/** The user's Security cell, from the per-user path and from the space table, which must agree. */
function securityCells(privileges: string[], solution: Solution = 'security'): SolutionAccess[] {
  const engine = engineFor(privileges);
  const fromUser = engine.evaluateUser('analyst', ['default'])?.spaces[0].solutions[solution];
  const fromSpace = engine.evaluateSpace('default').find((u) => u.username === 'analyst')?.spaces[0]
    .solutions[solution];
  if (!fromUser || !fromSpace) throw new Error('analyst is missing from the evaluation');
  return [fromUser, fromSpace];
}

const warningIds = (cell: SolutionAccess) => cell.warnings.map((w) => w.id);

describe.each([
  ['feature_siem.all'],
  ['feature_siem.read'],
  ['feature_siemV2.read'],
  ['feature_siemV3.all'],
  ['feature_siemV4.read'],
])('Security Cases All with the deprecated %s', (securityPrivilege) => {
  it('can add alerts to cases in Security, without the comment-without-alerts warning', () => {
    for (const cell of securityCells([CASES_ALL, securityPrivilege])) {
      expect(cell.level).toBe('full');
      expect(cell.addAlerts).toBe(true);
      expect(warningIds(cell)).not.toContain('comment-without-alerts');
    }
  });

  it('reads only Security alerts: Observability is untouched', () => {
    const [observability] = securityCells([CASES_ALL, securityPrivilege], 'observability');
    expect(observability.level).toBe('none');
    expect(observability.addAlerts).toBe(false);
  });
});

it('Security Cases All alone still cannot add alerts and is warned', () => {
  for (const cell of securityCells([CASES_ALL])) {
    expect(cell.addAlerts).toBe(false);
    expect(warningIds(cell)).toContain('comment-without-alerts');
  }
});

it('the current Security base and rules features grant no alerts, as in Kibana', () => {
  for (const privilege of ['feature_siemV5.all', 'feature_securitySolutionRulesV4.all']) {
    const [cell] = securityCells([CASES_ALL, privilege]);
    expect(cell.addAlerts).toBe(false);
    expect(warningIds(cell)).toContain('comment-without-alerts');
  }
});

it('a deprecated Security feature is off where its replacements are disabled', () => {
  const engine = createAccessEngine(
    snapshot({
      users: [user('analyst', ['r'])],
      roles: { r: role([CASES_ALL, 'feature_siem.all']) },
      spaces: [
        {
          id: 'default',
          name: 'Default',
          disabledFeatures: ['siemV5', 'securitySolutionRulesV4', 'securitySolutionAlertsV1'],
        },
      ],
    })
  );
  const cell = engine.evaluateUser('analyst', ['default'])?.spaces[0].solutions.security;
  expect(cell?.addAlerts).toBe(false);
  expect(cell?.warnings.map((w) => w.id)).toContain('comment-without-alerts');
});

it('does not call a deprecated Security privilege a deprecated Cases privilege', () => {
  const engine = engineFor([CASES_ALL, 'feature_siem.all']);
  expect(engine.evaluateUser('analyst')?.warnings.map((w) => w.id)).not.toContain(
    'deprecated-feature-privileges'
  );
  expect(engine.readiness().map((w) => w.id)).not.toContain('deprecated-feature-privileges');
  const withOldCases = engineFor(['feature_securitySolutionCases.all', 'feature_siem.all']);
  expect(
    withOldCases.readiness().find((w) => w.id === 'deprecated-feature-privileges')
  ).toBeDefined();
});

it('names the roles to re-save, so the panel can open each role editor', () => {
  const engine = engineFor(['feature_securitySolutionCases.all']);
  expect(engine.readiness().find((w) => w.id === 'deprecated-feature-privileges')?.roles).toEqual([
    'r',
  ]);
});
