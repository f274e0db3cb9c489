import React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { REPORT_ROUTE_PATH, VERIFY_ROUTE_PATH } from '../../common/constants';
import type { VerifyResponse } from '../../common/verify/types';
import { detail, report, solutionAccess, user } from '../test_utils/fixtures';
import { createServices, httpError, renderWithServices } from '../test_utils/render';
import type { GetMock } from '../test_utils/render';
import { AuditPage } from './audit_page';

const alice = user('alice', 'default', { security: solutionAccess('view') });
const ravi = user('ravi', 'default', { observability: solutionAccess('none') });
const nora = user('nora', 'default', {}, { profile: null });

const verified: VerifyResponse = {
  space: 'default',
  checked: 2,
  notVerifiable: 1,
  confirmed: 1,
  differences: [
    {
      username: 'ravi',
      solution: 'observability',
      capability: 'push',
      model: false,
      elasticsearch: true,
      reason: 'roles-changed-since-login',
      actions: ['cases:observability/pushCase'],
    },
  ],
  errors: [],
};

function routes(answer: () => Promise<VerifyResponse> = async () => verified): GetMock {
  return jest.fn(async (path: string) => {
    if (path === REPORT_ROUTE_PATH) return report([alice, ravi, nora]);
    if (path === VERIFY_ROUTE_PATH) return answer();
    if (path.startsWith('/internal/case_access/users/')) return detail(ravi);
    throw new Error(`unexpected ${path}`);
  });
}

const userEvent = userEventLib.setup({ pointerEventsCheck: 0 });
jest.setTimeout(30000);

async function renderPage(get: GetMock) {
  const rendered = createServices({ get });
  renderWithServices(<AuditPage />, rendered.services);
  await screen.findByTestId('caseAccessUsersTable');
  return rendered;
}

describe('Verify with Elasticsearch', () => {
  it('marks each row Verified, Differs or Not verifiable and sums up who differs', async () => {
    const get = routes();
    await renderPage(get);
    expect(screen.queryByTestId('caseAccessVerification-alice')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('caseAccessVerify'));
    expect(await screen.findByTestId('caseAccessVerification-alice')).toHaveTextContent('Verified');
    expect(screen.getByTestId('caseAccessVerification-ravi')).toHaveTextContent('Differs');
    expect(screen.getByTestId('caseAccessVerification-nora')).toHaveTextContent('Not verifiable');
    const summary = screen.getByTestId('caseAccessVerificationSummary');
    expect(summary).toHaveTextContent('Elasticsearch checked 2 users: 1 differs');
    expect(summary).toHaveTextContent('1 user cannot be verified');
    expect(get).toHaveBeenCalledWith(VERIFY_ROUTE_PATH, {
      query: { space: 'default' },
      version: '1',
    });
  });

  it('lists the differences and their reasons in the user flyout', async () => {
    await renderPage(routes());
    await userEvent.click(screen.getByTestId('caseAccessVerify'));
    await screen.findByTestId('caseAccessVerification-ravi');
    await userEvent.click(screen.getByTestId('caseAccessRow-ravi'));
    const difference = await screen.findByTestId('caseAccessDifference-observability-push');
    expect(difference).toHaveTextContent(
      'this report says not granted, Elasticsearch says granted'
    );
    expect(
      within(difference).getByTestId('caseAccessDifferenceReason-observability-push')
    ).toHaveTextContent('Roles changed since the last login');
    expect(difference).toHaveTextContent('cases:observability/pushCase');
  });

  it('says so when a model mismatch is found', async () => {
    await renderPage(
      routes(async () => ({
        ...verified,
        differences: [{ ...verified.differences[0], reason: 'model-mismatch' }],
      }))
    );
    await userEvent.click(screen.getByTestId('caseAccessVerify'));
    expect(await screen.findByTestId('caseAccessVerificationSummary')).toHaveTextContent(
      'defect of Case access'
    );
  });

  it('shows the server message when verification fails', async () => {
    await renderPage(routes(async () => Promise.reject(httpError(502, 'Elasticsearch is down'))));
    await userEvent.click(screen.getByTestId('caseAccessVerify'));
    await waitFor(() =>
      expect(screen.getByTestId('caseAccessVerificationError')).toHaveTextContent(
        'Elasticsearch is down'
      )
    );
  });
});
