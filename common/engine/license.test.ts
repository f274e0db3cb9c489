/** Licence rules: what registers by type, what needs an active licence, and each level's flags. */
import { createAccessEngine } from './engine';
import { role, snapshot, user, cellOf, granted } from './test_utils/fixtures';

describe('licences', () => {
  const customRole = role([
    'feature_generalCasesV3.minimal_read',
    'feature_generalCasesV3.cases_delete',
    'feature_actions.read',
  ]);

  it('an expired Platinum licence keeps sub-feature privileges (Kibana registers them by type) but not assignment or push', () => {
    const engine = createAccessEngine(
      snapshot({
        license: { type: 'platinum', status: 'expired' },
        users: [user('custom', ['custom']), user('full', ['full'])],
        roles: {
          custom: customRole,
          full: role(['feature_generalCasesV3.all', 'feature_actions.read']),
        },
      })
    );
    const custom = engine.evaluateUser('custom')?.spaces[0].solutions.management;
    expect(custom && granted(custom)).toEqual(['delete', 'read']);
    const full = engine.evaluateUser('full')?.spaces[0].solutions.management;
    expect(full).toMatchObject({ level: 'full', assignable: false, pushToExternal: false });
    const ids = engine.readiness().map((w) => w.id);
    expect(ids).toContain('license-expired');
    expect(ids).not.toContain('license-below-gold');
  });

  it('an expired Basic licence still voids sub-feature privileges', () => {
    const cell = cellOf(
      {
        license: { type: 'basic', status: 'expired' },
        users: [user('u', ['r'])],
        roles: { r: customRole },
      },
      'u',
      'management'
    );
    expect(granted(cell)).toEqual(['read']);
  });

  it.each([
    ['trial', true, true],
    ['enterprise', true, true],
    ['platinum', true, true],
    ['gold', false, true],
    ['standard', false, false],
  ] as const)('%s: assignable %s, push %s', (type, assignable, push) => {
    const cell = cellOf(
      {
        license: { type, status: 'active' },
        users: [user('u', ['r'])],
        roles: { r: role(['feature_generalCasesV3.all', 'feature_actions.read']) },
      },
      'u',
      'management'
    );
    expect(cell).toMatchObject({ level: 'full', assignable, pushToExternal: push });
  });
});
