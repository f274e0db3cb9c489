import type { GrantSuggestion } from '../../common/report/types';
import { solutionAccess, user } from '../test_utils/fixtures';
import { solutionHeadline } from './solution_headline';

const suggestion = (privilege: string, label: string): GrantSuggestion => ({
  feature: 'securitySolutionCasesV3',
  privilege,
  privilegeName: `feature_securitySolutionCasesV3.${privilege}`,
  space: 'soc',
  label,
});
const ALL = suggestion('all', 'Security → Cases → All, in space SOC');
const DELETE = suggestion(
  'cases_delete',
  'Security → Cases → Delete cases and comments, in space SOC'
);
const REOPEN = suggestion('case_reopen', 'Security → Cases → Re-open closed cases, in space SOC');
const readGrant = {
  role: 'soc_analyst',
  privilege: 'feature_securitySolutionCasesV3.read',
  resource: '*',
};

describe('the flyout headline of a solution', () => {
  it('says nothing is missing at Full', () => {
    const u = user('u', 'soc', { security: solutionAccess('full') });
    expect(solutionHeadline(u, u.spaces[0].solutions.security).change).toEqual({ kind: 'nothing' });
  });

  it('names one privilege that gives everything missing, and the role to add it to', () => {
    const cell = solutionAccess('custom', { grants: { read: [readGrant] } });
    const u = user('u', 'soc', { security: cell });
    const headline = solutionHeadline(u, cell, {
      delete: [DELETE, ALL],
      reopenCase: [REOPEN, ALL],
    });
    expect(headline.missing).toContain('delete');
    expect(headline.change).toEqual({ kind: 'add', labels: [ALL.label], role: 'soc_analyst' });
  });

  it('lists one privilege per capability when no single one covers them', () => {
    const cell = solutionAccess('custom', { grants: { read: [readGrant] } });
    const u = user('u', 'soc', { security: cell });
    const headline = solutionHeadline(u, cell, { delete: [DELETE], reopenCase: [REOPEN] });
    expect(headline.change).toEqual({
      kind: 'add',
      labels: [DELETE.label, REOPEN.label],
      role: 'soc_analyst',
    });
  });

  it('asks to re-save a role holding a deprecated privilege, not to add Cases All again', () => {
    const oldAll = {
      role: 'legacy_cases',
      privilege: 'feature_securitySolutionCases.all',
      resource: '*',
    };
    const cell = solutionAccess('custom', {
      grants: { read: [oldAll] },
      warnings: [{ id: 'deprecated-feature-privileges', message: 'deprecated' }],
    });
    const u = user('u', 'soc', { security: cell });
    expect(solutionHeadline(u, cell, { delete: [ALL] }).change).toEqual({
      kind: 'resave',
      roles: ['legacy_cases'],
    });
  });

  it('says no role change can help when nothing in force grants it (Cases off in the space)', () => {
    const u = user('u', 'soc');
    expect(solutionHeadline(u, u.spaces[0].solutions.observability, {}).change).toEqual({
      kind: 'unavailable',
    });
  });
});
