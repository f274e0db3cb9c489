import React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { REPORT_CSV_ROUTE_PATH, REPORT_ROUTE_PATH } from '../../common/constants';
import type { ReportQuery } from '../../common/report/api';
import { detail, report, solutionAccess, summary, user } from '../test_utils/fixtures';
import { createServices, httpError, renderWithServices } from '../test_utils/render';
import type { GetMock } from '../test_utils/render';
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

function reportCalls(get: GetMock): ReportQuery[] {
  return get.mock.calls
    .filter(([path]) => path === REPORT_ROUTE_PATH)
    .map(([, options]) => (options?.query ?? {}) as ReportQuery);
}
const lastQuery = (get: GetMock) => reportCalls(get).slice(-1)[0];

/** A get mock answering the report route with `answer` and the user route with that user's detail. */
function routes(answer: (query: ReportQuery) => unknown = () => report([alice, bob])): GetMock {
  return jest.fn(async (path: string, options?: { query?: Record<string, unknown> }) => {
    if (path === REPORT_ROUTE_PATH) return answer(options?.query ?? {});
    if (path.startsWith('/internal/case_access/users/')) return detail(alice);
    if (path === REPORT_CSV_ROUTE_PATH) return 'username,level\nalice,full\n';
    throw new Error(`unexpected ${path}`);
  });
}

async function renderPage(get: GetMock = routes(), extra = {}) {
  const rendered = createServices({ get, ...extra });
  renderWithServices(<AuditPage />, rendered.services);
  await screen.findByTestId('caseAccessUsersTable');
  return rendered;
}

/** A history whose location `replace` updates, as the app's router history does. */
function memoryHistory(search: string) {
  const history = {
    location: { pathname: '/', search, hash: '' },
    replace: jest.fn((path: string) => {
      history.location = { ...history.location, search: path === '?' ? '' : path };
    }),
  };
  return history;
}
// EUI's emotion styles make jsdom's getComputedStyle slow; the pointer-events check calls it on every ancestor.
const userEvent = userEventLib.setup({ pointerEventsCheck: 0 });
jest.setTimeout(30000);

describe('AuditPage table', () => {
  it('renders a row per user with levels, flags, connectors and warnings', async () => {
    await renderPage();
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

  it('captions the table with the space it shows', async () => {
    await renderPage();
    // EUI renders the caption after a short delay, for screen readers to announce it.
    expect(
      await screen.findByText(/Users and their access to cases in space Default/)
    ).toBeInTheDocument();
  });

  it('shows user names and full names that look like HTML as text', async () => {
    const html = '<img src=x onerror="window.pwned=1">';
    const mallory = user(html, 'default', {}, { fullName: '<b>Mallory</b>' });
    const { container } = renderWithServices(
      <AuditPage />,
      createServices({ get: routes(() => report([mallory])) }).services
    );
    expect(await screen.findByText(html)).toBeInTheDocument();
    expect(screen.getByText(/<b>Mallory<\/b>/)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('reads fresh directory data when the page opens and on Refresh, and the cache while paging', async () => {
    const get = routes((q) => report([alice, bob], { total: 120, page: q.page ?? 1 }));
    await renderPage(get);
    expect(reportCalls(get)[0]).toMatchObject({ refresh: true });
    await userEvent.click(screen.getByTestId('pagination-button-next'));
    await waitFor(() => expect(lastQuery(get)).toMatchObject({ page: 2 }));
    expect(lastQuery(get).refresh).toBeUndefined();
    await userEvent.click(screen.getByTestId('caseAccessRefresh'));
    await waitFor(() => expect(lastQuery(get)).toMatchObject({ page: 2, refresh: true }));
  });

  it('asks the server for the next page', async () => {
    const get = routes((q) => report([alice, bob], { total: 120, page: q.page ?? 1 }));
    await renderPage(get);
    expect(lastQuery(get)).toMatchObject({ page: 1, perPage: 50 });
    await userEvent.click(screen.getByTestId('pagination-button-next'));
    await waitFor(() => expect(lastQuery(get)).toMatchObject({ page: 2, perPage: 50 }));
  });

  it('sorts on the server by warnings count', async () => {
    const get = routes();
    await renderPage(get);
    await userEvent.click(screen.getByRole('button', { name: /Warnings/ }));
    await waitFor(() =>
      expect(lastQuery(get)).toMatchObject({ sortField: 'warnings', sortOrder: 'asc' })
    );
  });

  it('waits for typing to pause before searching', async () => {
    const get = routes();
    await renderPage(get);
    await userEvent.type(screen.getByTestId('caseAccessSearch'), 'ali');
    await waitFor(() => expect(lastQuery(get)).toMatchObject({ search: 'ali', page: 1 }));
    expect(reportCalls(get).map((q) => q.search)).toEqual([undefined, 'ali']);
  });

  it('filters by solution and level, capability and warning', async () => {
    const get = routes();
    await renderPage(get);
    expect(screen.getByTestId('caseAccessLevelFilter')).toBeDisabled();
    await userEvent.selectOptions(screen.getByTestId('caseAccessSolutionFilter'), 'security');
    await userEvent.selectOptions(screen.getByTestId('caseAccessLevelFilter'), 'full');
    await userEvent.selectOptions(
      screen.getByTestId('caseAccessCapabilityFilter'),
      'pushToExternal'
    );
    await userEvent.selectOptions(screen.getByTestId('caseAccessWarningFilter'), 'no-profile');
    await waitFor(() =>
      expect(lastQuery(get)).toMatchObject({
        solution: 'security',
        level: 'full',
        capability: 'pushToExternal',
        warning: 'no-profile',
      })
    );
    // With one solution selected, only its level column remains.
    expect(screen.queryByTestId('caseAccessLevel-alice-management')).not.toBeInTheDocument();
    expect(screen.getByTestId('caseAccessLevel-alice-security')).toBeInTheDocument();
  });

  it('opens the flyout of the clicked row, for the shown space', async () => {
    const get = routes();
    await renderPage(get);
    await userEvent.click(screen.getByTestId('caseAccessRow-alice'));
    expect(await screen.findByTestId('caseAccessFlyout')).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith('/internal/case_access/users/alice', {
      query: { space: 'default', realm: 'native1' },
      version: '1',
      signal: expect.any(AbortSignal),
    });
  });

  it('opens the user of the clicked row when the username is in two realms', async () => {
    const ssoAlice = user('alice', 'default', {}, { fullName: 'Alice SSO', realm: 'saml1' });
    const get = routes(() => report([alice, ssoAlice, bob]));
    const history = memoryHistory('');
    await renderPage(get, { history });
    const rows = screen.getAllByTestId('caseAccessRow-alice');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('Alice SSO');
    await userEvent.click(within(rows[1]).getByTestId('caseAccessUserLink-alice'));
    expect(await screen.findByTestId('caseAccessFlyout')).toBeInTheDocument();
    expect(get).toHaveBeenLastCalledWith('/internal/case_access/users/alice', {
      query: { space: 'default', realm: 'saml1' },
      version: '1',
      signal: expect.any(AbortSignal),
    });
    await waitFor(() => expect(history.location.search).toBe('?user=alice&realm=saml1'));
  });
});

describe('AuditPage questions in one look', () => {
  it('asks "who cannot" for a capability with the can/cannot toggle', async () => {
    const get = routes();
    await renderPage(get);
    expect(screen.getByTestId('caseAccessCapabilityMatch-cannot')).toBeDisabled();
    await userEvent.selectOptions(screen.getByTestId('caseAccessCapabilityFilter'), 'delete');
    await userEvent.click(screen.getByTestId('caseAccessCapabilityMatch-cannot'));
    await waitFor(() =>
      expect(lastQuery(get)).toMatchObject({ capability: 'delete', capabilityMatch: 'cannot' })
    );
  });

  it('names the push filters so the privilege is not taken for the ability', async () => {
    await renderPage();
    const filter = screen.getByTestId('caseAccessCapabilityFilter');
    expect(within(filter).getByRole('option', { name: /^"Push cases" privilege/ })).toHaveValue(
      'push'
    );
    expect(within(filter).getByRole('option', { name: /^Push to external systems/ })).toHaveValue(
      'pushToExternal'
    );
    const warnings = screen.getByTestId('caseAccessWarningFilter');
    expect(
      within(warnings).getByRole('option', { name: /^Cannot push to external systems/ })
    ).toHaveValue('push-without-connectors');
  });

  it('filters by the "Not assignable" count, and the filter can be removed', async () => {
    const get = routes(() =>
      report([alice], { summary: summary({ security: { notAssignable: 4 } }) })
    );
    await renderPage(get);
    await userEvent.click(screen.getByTestId('caseAccessSummary-security-notAssignable'));
    await waitFor(() =>
      expect(lastQuery(get)).toMatchObject({ solution: 'security', notAssignable: true })
    );
    const badge = screen.getByTestId('caseAccessNotAssignableFilter');
    expect(badge).toHaveTextContent('Not assignable yet in Security');
    await userEvent.click(within(badge).getByRole('button'));
    await waitFor(() => expect(lastQuery(get).notAssignable).toBeUndefined());
  });

  it('explains every No in one line, without adding a tab stop to the row', async () => {
    await renderPage();
    expect(screen.getByTestId('caseAccessAssignable-bob')).toHaveTextContent('No');
    expect(screen.getByTestId('caseAccessAssignableReason-bob')).toHaveTextContent(
      'Cannot view cases in any solution'
    );
    expect(screen.getByTestId('caseAccessAddAlertsReason-alice')).toHaveTextContent(
      'Cannot read alerts in Security'
    );
    const row = screen.getByTestId('caseAccessRow-alice');
    const focusable = row.querySelectorAll(
      'a[href], button, input, select, [tabindex]:not([tabindex="-1"])'
    );
    expect(focusable).toHaveLength(1);
    // The row itself is no second tab stop (EUI makes a clickable row one unless told otherwise).
    expect(row).toHaveAttribute('tabindex', '-1');
  });

  it("shows a row's reasons for No when its one tab stop gets keyboard focus", async () => {
    await renderPage();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    // Tab from the page's start until the keyboard reaches bob's row.
    const link = screen.getByTestId('caseAccessUserLink-bob');
    for (let i = 0; i < 60 && document.activeElement !== link; i++) await userEvent.tab();
    expect(link).toHaveFocus();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Assignable — No: Cannot view cases in any solution');
    expect(tooltip).toHaveTextContent('Add alerts — No: Cannot view cases in any solution');
    expect(tooltip).toHaveTextContent(
      'Push to external systems — No: Cannot view cases in any solution'
    );
    expect(link).toHaveAttribute('aria-describedby', expect.stringContaining(tooltip.id));
    // alice can be assigned and push: her row names only Add alerts.
    await userEvent.tab({ shift: true });
    const aliceLink = screen.getByTestId('caseAccessUserLink-alice');
    expect(aliceLink).toHaveFocus();
    const aliceTip = await screen.findByRole('tooltip');
    expect(aliceTip).toHaveTextContent('Add alerts — No: Cannot read alerts in Security');
    expect(aliceTip).not.toHaveTextContent('Assignable');
  });

  it('shows the space being viewed, by name, in the header', async () => {
    await renderPage(
      routes((q) => report([alice], { space: q.space ?? 'default' })),
      {
        getActiveSpaceId: async () => 'soc',
      }
    );
    expect(screen.getByTestId('caseAccessViewingSpace')).toHaveTextContent('Viewing space: SOC');
  });

  it('opens "How access is computed" from the header, with where Kibana differs from the doc', async () => {
    await renderPage();
    await userEvent.click(screen.getByTestId('caseAccessHelpButton'));
    const help = await screen.findByTestId('caseAccessHelp');
    expect(within(help).getByTestId('caseAccessHelpDiffers')).toHaveTextContent(
      'Read is enough to be assigned'
    );
    expect(within(help).getByTestId('caseAccessHelpDiffers')).toHaveTextContent(
      'Connectors Read is enough to push'
    );
    expect(within(help).getByTestId('caseAccessHelpDocLink')).toHaveAttribute(
      'href',
      'https://www.elastic.co/docs/explore-analyze/alerts-cases/cases/setup-cases'
    );
  });
});

describe('AuditPage state in the URL', () => {
  it('opens with the space, filters, search, sort, page and user of a shared link', async () => {
    const history = memoryHistory(
      '?space=soc&search=ali&solution=security&capability=delete&match=cannot&sort=warnings&order=desc&page=2&user=alice'
    );
    const get = routes((q) => report([alice, bob], { space: q.space ?? 'default', total: 120 }));
    await renderPage(get, { history });
    expect(reportCalls(get)[0]).toMatchObject({
      space: 'soc',
      search: 'ali',
      solution: 'security',
      capability: 'delete',
      capabilityMatch: 'cannot',
      sortField: 'warnings',
      sortOrder: 'desc',
      page: 2,
    });
    expect(screen.getByTestId('caseAccessSearch')).toHaveValue('ali');
    expect(screen.getByTestId('caseAccessSolutionFilter')).toHaveValue('security');
    expect(await screen.findByTestId('caseAccessFlyout')).toBeInTheDocument();
  });

  it('writes each change back to the URL', async () => {
    const history = memoryHistory('');
    await renderPage(routes(), { history });
    await userEvent.selectOptions(screen.getByTestId('caseAccessSolutionFilter'), 'security');
    await waitFor(() => expect(history.location.search).toBe('?solution=security'));
    await userEvent.click(screen.getByTestId('caseAccessUserLink-alice'));
    await waitFor(() =>
      expect(history.location.search).toBe('?solution=security&user=alice&realm=native1')
    );
  });
});

describe('AuditPage space and summary', () => {
  it('starts in the active space and switches space from the selector', async () => {
    const get = routes((q) => report([alice], { space: q.space ?? 'default' }));
    await renderPage(get, { getActiveSpaceId: async () => 'soc' });
    expect(reportCalls(get)[0]).toMatchObject({ space: 'soc' });
    expect(screen.getByTestId('caseAccessSpaceSelect')).toHaveValue('soc');
    await userEvent.selectOptions(screen.getByTestId('caseAccessSpaceSelect'), 'default');
    await waitFor(() => expect(lastQuery(get)).toMatchObject({ space: 'default' }));
  });

  it('shows the counts per solution and level, and filters by a clicked count', async () => {
    const counts = summary({ security: { full: 3, view: 2, notAssignable: 1 } });
    const get = routes(() => report([alice], { summary: counts }));
    await renderPage(get);
    expect(screen.getByTestId('caseAccessSummary-security-full')).toHaveTextContent('3');
    expect(screen.getByTestId('caseAccessSummary-security-view')).toHaveTextContent('2');
    expect(screen.getByTestId('caseAccessSummary-security-notAssignable')).toHaveTextContent('1');
    await userEvent.click(screen.getByTestId('caseAccessSummary-security-view'));
    await waitFor(() =>
      expect(lastQuery(get)).toMatchObject({ solution: 'security', level: 'view' })
    );
  });

  it('downloads the CSV of the shown space through the http service', async () => {
    const get = routes();
    const createObjectURL = jest.spyOn(URL, 'createObjectURL');
    await renderPage(get);
    await userEvent.click(screen.getByTestId('caseAccessExportCsv'));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(get).toHaveBeenCalledWith(REPORT_CSV_ROUTE_PATH, {
      query: { space: 'default', sortField: 'username', sortOrder: 'asc' },
      version: '1',
    });
  });

  it('reports a failed export in a toast with the server message', async () => {
    const get = routes();
    get.mockImplementation(async (path: string) => {
      if (path === REPORT_CSV_ROUTE_PATH) throw httpError(500, 'CSV export failed upstream');
      return report([alice]);
    });
    const { addDanger } = await renderPage(get);
    await userEvent.click(screen.getByTestId('caseAccessExportCsv'));
    await waitFor(() =>
      expect(addDanger).toHaveBeenCalledWith({
        title: 'Could not export the report',
        text: 'CSV export failed upstream',
      })
    );
  });
});

describe('AuditPage readiness summary', () => {
  const readiness = [
    { id: 'license-below-platinum' as const, severity: 'warning' as const, message: 'Basic' },
    {
      id: 'public-base-url-missing' as const,
      severity: 'critical' as const,
      message: 'server.publicBaseUrl is not set. Set server.publicBaseUrl in kibana.yml.',
    },
    {
      id: 'deprecated-feature-privileges' as const,
      severity: 'info' as const,
      message: 'Role legacy_cases uses deprecated privileges.',
      roles: ['legacy_cases'],
    },
  ];

  it('says in one small line how many things are not ready, by severity, and expands to the list', async () => {
    await renderPage(routes(() => report([alice], { readiness })));
    const summaryCallout = screen.getByTestId('caseAccessReadiness');
    expect(summaryCallout).toHaveTextContent(
      '3 things are not ready: 1 critical, 1 warning, 1 notice'
    );
    expect(screen.queryByTestId('caseAccessReadiness-public-base-url-missing')).toBeNull();
    const toggle = screen.getByTestId('caseAccessReadinessToggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const items = within(summaryCallout).getAllByRole('listitem');
    // Most severe first.
    expect(items[0]).toHaveAttribute(
      'data-test-subj',
      'caseAccessReadiness-public-base-url-missing'
    );
  });

  it('gives each item one action that goes where it is fixed', async () => {
    await renderPage(routes(() => report([alice], { readiness })));
    await userEvent.click(screen.getByTestId('caseAccessReadinessToggle'));
    const url = screen.getByTestId('caseAccessReadiness-public-base-url-missing');
    expect(url).toHaveTextContent('Case emails and pushed incidents will not link back to Kibana');
    // The server's message, which says how to fix it, appears once.
    expect(within(url).getAllByText(/Set server.publicBaseUrl in kibana.yml/)).toHaveLength(1);
    expect(within(url).getByRole('link')).toHaveAttribute(
      'href',
      'https://www.elastic.co/docs/reference/kibana/configuration-reference/general-settings#server-publicBaseUrl'
    );
    const license = screen.getByTestId('caseAccessReadiness-license-below-platinum');
    expect(within(license).getByRole('link')).toHaveAttribute(
      'href',
      '/base/app/management/stack/license_management'
    );
    // A named role opens that role's editor.
    const deprecated = screen.getByTestId('caseAccessReadiness-deprecated-feature-privileges');
    expect(within(deprecated).getByRole('link')).toHaveAttribute(
      'href',
      '/base/app/management/security/roles/edit/legacy_cases'
    );
  });

  it('shows a warning this build has no title for by its message (new ids from the server)', async () => {
    const unknown = [
      { id: 'brand-new-warning', severity: 'warning', message: 'Something new. Fix it so.' },
    ] as unknown as typeof readiness;
    await renderPage(routes(() => report([alice], { readiness: unknown })));
    await userEvent.click(screen.getByTestId('caseAccessReadinessToggle'));
    expect(screen.getByTestId('caseAccessReadiness-brand-new-warning')).toHaveTextContent(
      'Something new.'
    );
  });

  it('shows nothing when everything is ready', async () => {
    await renderPage();
    expect(screen.queryByTestId('caseAccessReadiness')).not.toBeInTheDocument();
  });
});

describe('AuditPage states', () => {
  it('shows a skeleton while the first page loads', async () => {
    const pending: GetMock = jest.fn();
    pending.mockReturnValue(new Promise<unknown>(() => {}));
    const { services } = createServices({ get: pending });
    renderWithServices(<AuditPage />, services);
    expect(await screen.findByTestId('caseAccessLoading')).toBeInTheDocument();
    expect(screen.queryByTestId('caseAccessUsersTable')).not.toBeInTheDocument();
  });

  it('says so when no user matches', async () => {
    await renderPage(routes(() => report([], { total: 0 })));
    expect(screen.getByTestId('caseAccessEmpty')).toHaveTextContent(
      'No users match the search and filters.'
    );
  });

  it('offers "Clear filters" in the empty state, which removes search and filters but keeps the space', async () => {
    const get = routes((q) => (q.search ? report([], { total: 0 }) : report([alice, bob])));
    await renderPage(get, { getActiveSpaceId: async () => 'soc' });
    await userEvent.selectOptions(screen.getByTestId('caseAccessSolutionFilter'), 'security');
    await userEvent.type(screen.getByTestId('caseAccessSearch'), 'zzz');
    await userEvent.click(await screen.findByTestId('caseAccessEmptyClearFilters'));
    await waitFor(() => expect(screen.getByTestId('caseAccessRow-alice')).toBeInTheDocument());
    expect(lastQuery(get).search).toBeUndefined();
    expect(lastQuery(get).solution).toBeUndefined();
    expect(lastQuery(get).space).toBe('soc');
    expect(screen.getByTestId('caseAccessSearch')).toHaveValue('');
  });

  it("shows the server's message and retries", async () => {
    const get = routes();
    get.mockRejectedValueOnce(httpError(500, 'Elasticsearch is unavailable'));
    const { services } = createServices({ get });
    renderWithServices(<AuditPage />, services);
    const error = await screen.findByTestId('caseAccessError');
    expect(error).toHaveTextContent('Elasticsearch is unavailable');
    await userEvent.click(screen.getByTestId('caseAccessErrorRetry'));
    expect(await screen.findByTestId('caseAccessRow-alice')).toBeInTheDocument();
    expect(screen.queryByTestId('caseAccessError')).not.toBeInTheDocument();
  });

  it('explains the missing privilege when the server refuses', async () => {
    const get = jest.fn().mockRejectedValue(httpError(403, 'Forbidden: caseAccessAudit'));
    renderWithServices(<AuditPage />, createServices({ get }).services);
    const forbidden = await screen.findByTestId('caseAccessForbidden');
    expect(forbidden).toHaveTextContent('"Case access" feature privilege');
    expect(forbidden).toHaveTextContent('Forbidden: caseAccessAudit');
  });
});

describe.each(['light', 'dark'] as const)('AuditPage in the %s theme', (colorMode) => {
  it('renders the readiness, summary and table', async () => {
    const errors = jest.spyOn(console, 'error');
    const readiness = [
      { id: 'license-expired' as const, severity: 'critical' as const, message: 'x' },
    ];
    const { services } = createServices({ get: routes(() => report([alice], { readiness })) });
    renderWithServices(<AuditPage />, services, colorMode);
    expect(await screen.findByTestId('caseAccessReadiness')).toHaveTextContent('1 critical');
    expect(screen.getByTestId('caseAccessSummary')).toHaveTextContent('View only');
    expect(screen.getByTestId('caseAccessLevel-alice-security')).toHaveTextContent('Full');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
