import { solutionAccess, user } from '../test_utils/fixtures';
import { flagInSolutions, getGrantingRoles, getSpaceAccess, groupWarnings } from './user_access';

const grant = (role: string) => ({ role, privilege: 'feature_x.all', resource: '*' });

const carol = user(
  'carol',
  'soc',
  {
    security: solutionAccess('full', {
      assignable: true,
      grants: { read: [grant('soc_analyst')], push: [grant('soc_analyst'), grant('connectors')] },
      warnings: [{ id: 'comment-without-alerts', message: 'Security: no alerts' }],
    }),
    observability: solutionAccess('custom', {
      grants: { read: [grant('obs')] },
      warnings: [{ id: 'comment-without-alerts', message: 'Observability: no alerts' }],
    }),
  },
  { warnings: [{ id: 'no-profile', message: 'Never logged in' }] }
);

describe('user access views', () => {
  it('finds the entry of the requested space', () => {
    expect(getSpaceAccess(carol, 'soc')?.space).toBe('soc');
    expect(getSpaceAccess(carol, 'other')).toBeUndefined();
  });

  it('groups user and solution warnings by id, keeping each message', () => {
    expect(groupWarnings(carol, getSpaceAccess(carol, 'soc'))).toEqual([
      { id: 'no-profile', messages: ['Never logged in'] },
      {
        id: 'comment-without-alerts',
        messages: ['Security: no alerts', 'Observability: no alerts'],
      },
    ]);
  });

  it('tells in which of the shown solutions a flag holds', () => {
    const access = getSpaceAccess(carol, 'soc');
    expect(flagInSolutions(access, ['management', 'security'], 'assignable')).toEqual({
      value: true,
      solutions: ['security'],
    });
    expect(flagInSolutions(access, ['observability'], 'assignable').value).toBe(false);
  });

  it('lists each granting role once, sorted', () => {
    expect(getGrantingRoles(getSpaceAccess(carol, 'soc'))).toEqual([
      'connectors',
      'obs',
      'soc_analyst',
    ]);
  });
});
