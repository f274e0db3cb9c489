import type { Solution } from '../../common/report/types';
import { solutionAccess, user } from '../test_utils/fixtures';
import { noReason } from './no_reasons';

const ALL: Solution[] = ['management', 'security', 'observability'];

describe('why a table cell says No', () => {
  it.each([
    ['cannot view', {}, {}, ['security'], 'Cannot view cases in Security'],
    [
      'never logged in',
      { security: solutionAccess('view') },
      { profile: null },
      ['security'],
      'Has never logged in, so has no user profile yet',
    ],
    [
      'disabled profile',
      { security: solutionAccess('view') },
      { profile: { uid: 'u', enabled: false } },
      ['security'],
      'The user profile is disabled',
    ],
    [
      'licence',
      { security: solutionAccess('view') },
      {},
      ['security'],
      'Assigning users to cases needs a Platinum license or higher',
    ],
    [
      'roles changed since the last login',
      {
        security: solutionAccess('view', {
          warnings: [{ id: 'roles-changed-since-login', message: 'x' }],
        }),
      },
      {},
      ['security'],
      'The roles saved at the last login cannot view these cases; the roles now can, from the next login',
    ],
    ['no access anywhere', {}, {}, ALL, 'Cannot view cases in any solution'],
  ] as const)('assignable: %s', (_, solutions, overrides, shown, expected) => {
    const u = user('u', 'default', solutions, overrides);
    expect(noReason('assignable', u, u.spaces[0], shown)).toBe(expected);
  });

  it.each([
    ['no push privilege', solutionAccess('view'), 'No "Push cases" privilege in Security'],
    [
      'no connectors',
      solutionAccess('full', { connectors: 'none' }),
      'No Connectors access in this space (Read is enough)',
    ],
    [
      'licence',
      solutionAccess('full', { connectors: 'read' }),
      'The license does not allow external incident connectors',
    ],
  ])('push to external systems: %s', (_, security, expected) => {
    const u = user('u', 'default', { security });
    expect(noReason('pushToExternal', u, u.spaces[0], ['security'])).toBe(expected);
  });

  it('add alerts: names what is missing first', () => {
    const commenter = user('u', 'default', { security: solutionAccess('custom') });
    expect(noReason('addAlerts', commenter, commenter.spaces[0], ['security'])).toBe(
      'Cannot read alerts in Security'
    );
    const viewer = user('v', 'default', { security: solutionAccess('view') });
    expect(noReason('addAlerts', viewer, viewer.spaces[0], ['security'])).toBe(
      'Cannot add comments to cases in Security'
    );
  });

  it('with several solutions, explains the one where the user can view cases', () => {
    const u = user('u', 'default', { observability: solutionAccess('view') }, { profile: null });
    expect(noReason('assignable', u, u.spaces[0], ALL)).toBe(
      'Has never logged in, so has no user profile yet'
    );
  });
});
