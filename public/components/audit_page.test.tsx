import React from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { REPORT_ROUTE_PATH } from '../../common/constants';
import { report, solutionAccess, summary, user } from '../test_utils/fixtures';
import { createServices, httpError, renderWithServices } from '../test_utils/render';
import { AuditPage } from './audit_page';

const alice = user(
  'alice',
  'default',
  {
    security: solutionAccess('full', { assignable: true, pushToExternal: true, connectors: 'all' }),
    management: solutionAccess('view', { connectors: 'all' }),
    observability: solutionAccess('none', { connectors: 'all' }),
  },
  { fullName: 'Alice Analyst', realm: 'native1', warnings: [{ id: 'no-profile', message: 'x' }] }
);
const bob = user('bob', 'default', {}, { profile: null });

function lastQuery(get: jest.Mock) {
  const calls = get.mock.calls.filter(([path]) => path === REPORT_ROUTE_PATH);
  return calls[calls.length - 1][1].query;
}

describe('AuditPage', () => {
  it('renders a row per user with levels, flags, connectors and warnings', async () => {
    const { services } = createServices({ get: jest.fn().mockResolvedValue(report([alice, bob])) });
    renderWithServices(<AuditPage />, services);
    expect(await screen.findByTestId('caseAccessRow-alice')).toBeInTheDocument();
    expect(screen.getByTestId('caseAccessLevel-alice-security')).toHaveTextContent('Full');
    expect(screen.getByTestId('caseAccessLevel-alice-management')).toHaveTextContent('View only');
    expect(screen.getByTestId('caseAccessLevel-bob-security')).toHaveTextContent('None');
    expect(screen.getByTestId('caseAccessAssignable-alice')).toHaveTextContent('Yes');
    expect(screen.getByTestId('caseAccessAssignable-bob')).toHaveTextContent('No');
    expect(screen.getByTestId('caseAccessPush-alice')).toHaveTextContent('Yes');
    expect(screen.getByTestId('caseAccessAddAlerts-alice')).toHaveTextContent('No');
    expect(screen.getByTestId('caseAccessConnectors-alice')).toHaveTextContent('All');
    expect(screen.getByTestId('caseAccessConnectors-bob')).toHaveTextContent('None');
    expect(screen.getByTestId('caseAccessWarningsCount-alice')).toHaveTextContent('1');
    const row = screen.getByTestId('caseAccessRow-alice');
    expect(within(row).getByText(/Alice Analyst · native1 · Profile active/)).toBeInTheDocument();
    expect(
      within(screen.getByTestId('caseAccessRow-bob')).getByText(/No profile yet/)
    ).toBeInTheDocument();
  });
});
