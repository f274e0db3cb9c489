import React from 'react';
import { screen } from '@testing-library/react';
import { ME_ROUTE_PATH, REPORT_ROUTE_PATH } from '../../common/constants';
import { me, report, solutionAccess, user } from '../test_utils/fixtures';
import {
  createCapabilities,
  createServices,
  httpError,
  renderWithServices,
} from '../test_utils/render';
import { App } from './app';

jest.setTimeout(30000);

const self = user(
  'sam',
  'default',
  { management: solutionAccess('custom'), security: solutionAccess('full', { assignable: true }) },
  { warnings: [{ id: 'no-profile', message: 'sam has no profile' }] }
);
const soc = { space: 'soc', solutions: { ...self.spaces[0].solutions } };
const samEverywhere = { ...self, spaces: [...self.spaces, soc] };

function renderApp(caseAccess: Record<string, boolean>, get: jest.Mock) {
  renderWithServices(
    <App />,
    createServices({ get, capabilities: createCapabilities(caseAccess) }).services
  );
}

describe('App', () => {
  it('shows the audit table to holders of the audit capability', async () => {
    const get = jest.fn().mockResolvedValue(report([self]));
    renderApp({ audit: true, readOwn: true }, get);
    expect(await screen.findByTestId('caseAccessUsersTable')).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith(REPORT_ROUTE_PATH, expect.anything());
  });

  it('shows only their own access to holders of readOwn alone', async () => {
    const get = jest.fn().mockResolvedValue(me(samEverywhere, { authoritative: false }));
    renderApp({ audit: false, readOwn: true }, get);
    expect(await screen.findByTestId('caseAccessMyAccess')).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith(ME_ROUTE_PATH, expect.objectContaining({ version: '1' }));
    expect(screen.queryByTestId('caseAccessUsersTable')).not.toBeInTheDocument();
    expect(screen.getByTestId('caseAccessMyLevel-default-management')).toHaveTextContent('Custom');
    expect(screen.getByTestId('caseAccessMyLevel-default-security')).toHaveTextContent('Full');
    expect(screen.getByTestId('caseAccessMyLevel-soc-observability')).toHaveTextContent('None');
    expect(screen.getByTestId('caseAccessUserWarning-no-profile')).toHaveTextContent(
      'sam has no profile'
    );
    expect(screen.getByText(/could not confirm it/)).toBeInTheDocument();
  });

  it('names each space, and expands Custom to what is missing', async () => {
    const get = jest.fn().mockResolvedValue(
      me(samEverywhere, {
        spaces: [
          { id: 'default', name: 'Default' },
          { id: 'soc', name: 'Security Operations' },
        ],
      })
    );
    renderApp({ readOwn: true }, get);
    expect(
      await screen.findByRole('heading', { name: 'Space Security Operations' })
    ).toBeInTheDocument();
    const missing = screen.getByTestId('caseAccessMyMissing-default-management');
    expect(missing).toHaveTextContent('Custom in Stack Management: what is missing');
    expect(missing).toHaveTextContent('Delete cases and comments');
    expect(missing).not.toHaveTextContent('View cases');
    expect(screen.queryByTestId('caseAccessMyMissing-default-security')).toBeNull();
  });

  it('explains the 403 when the server refuses the own-access request', async () => {
    renderApp({ readOwn: true }, jest.fn().mockRejectedValue(httpError(403, 'Forbidden')));
    expect(await screen.findByTestId('caseAccessForbidden')).toBeInTheDocument();
  });

  it('explains the missing privilege, without asking the server, to everyone else', () => {
    const get = jest.fn();
    renderApp({ audit: false, readOwn: false }, get);
    expect(screen.getByTestId('caseAccessForbidden')).toHaveTextContent(
      'Ask an administrator to add it to one of your roles.'
    );
    expect(get).not.toHaveBeenCalled();
  });
});
