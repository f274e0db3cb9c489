import React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { detail, solutionAccess, user } from '../test_utils/fixtures';
import { createServices, httpError, renderWithServices } from '../test_utils/render';
import { UserFlyout } from './user_flyout';

const userEvent = userEventLib.setup({ pointerEventsCheck: 0 });
jest.setTimeout(30000);

const readGrant = {
  role: 'obs_reader',
  privilege: 'feature_observabilityCasesV3.read',
  resource: 'space:default',
};
const connectorsGrant = {
  role: 'connectors_user',
  privilege: 'feature_actions.read',
  resource: '*',
};
const viewer = user(
  'viewer',
  'default',
  {
    observability: solutionAccess('view', {
      connectors: 'read',
      grants: { read: [readGrant], executeConnectors: [connectorsGrant] },
      warnings: [{ id: 'comment-without-alerts', message: 'Observability: cannot read alerts' }],
    }),
  },
  { warnings: [{ id: 'no-profile', message: 'viewer has never logged in' }] }
);
const viewerDetail = detail(viewer, {
  missing: {
    management: {},
    security: {},
    observability: {
      delete: [
        {
          feature: 'observabilityCasesV3',
          privilege: 'cases_delete',
          privilegeName: 'feature_observabilityCasesV3.cases_delete',
          space: 'default',
          label: 'Observability → Cases → Delete cases and comments, in space default',
        },
      ],
    },
  },
});

function renderFlyout(
  get: jest.Mock,
  onClose = jest.fn(),
  colorMode: 'light' | 'dark' = 'light',
  focusSolution?: 'management' | 'security' | 'observability'
) {
  renderWithServices(
    <UserFlyout
      username="viewer"
      space="default"
      spaceName="Default"
      focusSolution={focusSolution}
      onClose={onClose}
    />,
    createServices({ get }).services,
    colorMode
  );
  return onClose;
}

describe('UserFlyout', () => {
  it('shows each capability as granted or not, with its grant or what would grant it', async () => {
    renderFlyout(jest.fn().mockResolvedValue(viewerDetail));
    expect(await screen.findByTestId('caseAccessCapability-observability-read')).toHaveTextContent(
      'Granted'
    );
    expect(screen.getByTestId('caseAccessCapability-observability-delete')).toHaveTextContent(
      'Not granted'
    );
    expect(screen.getByTestId('caseAccessGrant-observability-read')).toHaveTextContent(
      'Role obs_reader: feature_observabilityCasesV3.read at space:default'
    );
    expect(screen.getByTestId('caseAccessMissing-observability-delete')).toHaveTextContent(
      'Add Observability → Cases → Delete cases and comments, in space default'
    );
    expect(
      screen.getByTestId('caseAccessCapability-observability-executeConnectors')
    ).toHaveTextContent('Granted');
    expect(screen.getByTestId('caseAccessCapability-security-read')).toHaveTextContent(
      'Not granted'
    );
    expect(screen.getByTestId('caseAccessCapability-management-assignable')).toHaveTextContent(
      'Not granted'
    );
  });

  it("lists the user's warnings, once per kind", async () => {
    renderFlyout(jest.fn().mockResolvedValue(viewerDetail));
    expect(await screen.findByTestId('caseAccessUserWarning-no-profile')).toHaveTextContent(
      'viewer has never logged in'
    );
    expect(screen.getByTestId('caseAccessUserWarning-comment-without-alerts')).toHaveTextContent(
      'Observability: cannot read alerts'
    );
  });

  it('links each granting role to Kibana’s role editor', async () => {
    renderFlyout(jest.fn().mockResolvedValue(viewerDetail));
    expect(await screen.findByTestId('caseAccessEditRole-obs_reader')).toHaveAttribute(
      'href',
      '/base/app/management/security/roles/edit/obs_reader'
    );
    expect(screen.getByTestId('caseAccessEditRole-connectors_user')).toHaveTextContent(
      'connectors_user'
    );
  });

  it('opens the role editor with Kibana’s navigation, without reloading the page', async () => {
    const { services } = createServices({ get: jest.fn().mockResolvedValue(viewerDetail) });
    renderWithServices(
      <UserFlyout username="viewer" space="default" spaceName="Default" onClose={jest.fn()} />,
      services
    );
    const link = await screen.findByTestId('caseAccessEditRole-obs_reader');
    const notPrevented = link.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    );
    expect(notPrevented).toBe(false); // the browser does not follow the href itself
    expect(services.application.navigateToUrl).toHaveBeenCalledWith(
      '/base/app/management/security/roles/edit/obs_reader'
    );
  });

  it('takes focus, so the keyboard reaches it, and closes from its close button', async () => {
    const onClose = renderFlyout(jest.fn().mockResolvedValue(viewerDetail));
    const flyout = await screen.findByTestId('caseAccessFlyout');
    await waitFor(() => expect(flyout).toContainElement(document.activeElement as HTMLElement));
    await userEvent.click(within(flyout).getByTestId('caseAccessFlyoutClose'));
    expect(onClose).toHaveBeenCalled();
  });

  it("shows the server's message and retries", async () => {
    const get = jest
      .fn()
      .mockRejectedValueOnce(httpError(404, 'User viewer not found'))
      .mockResolvedValue(viewerDetail);
    renderFlyout(get);
    expect(await screen.findByTestId('caseAccessError')).toHaveTextContent('User viewer not found');
    await userEvent.click(screen.getByTestId('caseAccessErrorRetry'));
    expect(await screen.findByTestId('caseAccessGrant-observability-read')).toBeInTheDocument();
  });

  it('leads each solution with a headline: level, what is missing, the smallest change', async () => {
    renderFlyout(jest.fn().mockResolvedValue(viewerDetail));
    const headline = await screen.findByTestId('caseAccessHeadline-observability');
    expect(headline).toHaveTextContent('View only. Missing: Create cases');
    expect(screen.getByTestId('caseAccessHeadlineFix-observability')).toHaveTextContent(
      'Smallest change: add Observability → Cases → Delete cases and comments, in space default to role obs_reader.'
    );
    expect(screen.getByTestId('caseAccessHeadline-security')).toHaveTextContent(
      'No access: cannot view Security cases.'
    );
    expect(screen.getByTestId('caseAccessHeadlineFix-security')).toHaveTextContent(
      'Security Cases is turned off in this space'
    );
  });

  it('collapses the capabilities of solutions without access, and shows the filtered solution first', async () => {
    renderFlyout(jest.fn().mockResolvedValue(viewerDetail), jest.fn(), 'light', 'security');
    await screen.findByTestId('caseAccessHeadline-observability');
    const headlines = screen.getAllByTestId(/^caseAccessHeadline-[a-z]+$/);
    expect(headlines[0]).toHaveAttribute('data-test-subj', 'caseAccessHeadline-security');
    const toggle = (solution: string) =>
      within(screen.getByTestId(`caseAccessMatrixToggle-${solution}`)).getAllByRole('button')[0];
    expect(toggle('security')).toHaveAttribute('aria-expanded', 'false');
    expect(toggle('observability')).toHaveAttribute('aria-expanded', 'true');
  });

  it("words grants as Kibana's role editor does, with the raw privilege one hover away", async () => {
    const labelled = user('viewer', 'default', {
      observability: solutionAccess('view', {
        grants: {
          read: [
            {
              ...readGrant,
              label: 'Role obs_reader: Observability → Cases → Read, in space Default',
            },
          ],
        },
      }),
    });
    renderFlyout(jest.fn().mockResolvedValue(detail(labelled)));
    const grant = await screen.findByTestId('caseAccessGrant-observability-read');
    expect(grant).toHaveTextContent(
      'Role obs_reader: Observability → Cases → Read, in space Default'
    );
    expect(grant).not.toHaveTextContent('feature_observabilityCasesV3.read');
    await userEvent.hover(within(grant).getByRole('img', { name: 'Show the raw privilege' }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Elasticsearch privilege feature_observabilityCasesV3.read at space:default'
    );
  });

  it('names the other spaces with access, and shows every space in the All spaces view', async () => {
    const levels = (o: string, s: string) => ({
      management: 'none',
      security: s,
      observability: o,
    });
    const withSpaces = detail(viewer, {
      allSpaces: [
        { space: 'default', name: 'Default', levels: levels('view', 'none') },
        { space: 'soc', name: 'Security Operations', levels: levels('none', 'full') },
        { space: 'empty', name: 'Empty', levels: levels('none', 'none') },
      ] as NonNullable<ReturnType<typeof detail>['allSpaces']>,
    });
    renderFlyout(jest.fn().mockResolvedValue(withSpaces));
    expect(await screen.findByTestId('caseAccessOtherSpaces')).toHaveTextContent(
      'Also has case access in: Security Operations (Full)'
    );
    await userEvent.click(
      within(screen.getByTestId('caseAccessAllSpacesToggle')).getAllByRole('button')[0]
    );
    expect(screen.getByTestId('caseAccessAllSpaces-soc-security')).toHaveTextContent('Full');
    expect(screen.getByTestId('caseAccessAllSpaces-empty-observability')).toHaveTextContent('None');
  });

  it.each(['light', 'dark'] as const)('renders in the %s theme', async (colorMode) => {
    const errors = jest.spyOn(console, 'error');
    renderFlyout(jest.fn().mockResolvedValue(viewerDetail), jest.fn(), colorMode);
    expect(await screen.findByTestId('caseAccessCapability-observability-read')).toHaveTextContent(
      'Granted'
    );
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
