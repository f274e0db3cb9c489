/** Users known only through a user profile (single sign-on: SAML, OIDC) appear in the live report. */
import type { ReportResponse } from '../../common/report/api';
import {
  routeTestSnapshot,
  startRouteHarness,
  type RouteHarness,
} from './test_utils/route_harness';

let harness: RouteHarness;
beforeAll(async () => {
  const snapshot = routeTestSnapshot();
  harness = await startRouteHarness({
    ...snapshot,
    profiles: [
      ...snapshot.profiles,
      {
        uid: 'u_oidc_responder_0',
        enabled: true,
        last_synchronized: 1764300000000,
        user: {
          username: 'oidc_responder',
          roles: ['cases_full'],
          realm_name: 'oidc1',
          email: 'oidc_responder@example.com',
          full_name: 'OIDC Responder',
        },
        labels: {},
        data: {},
      },
    ],
  });
});
afterAll(() => harness.stop());

it('lists a single sign-on user, absent from the user API, in /report', async () => {
  const response = await harness.get('/internal/case_access/report', 'auditor');
  expect(response.status).toBe(200);
  const body = (await response.json()) as ReportResponse;
  const usernames = body.users.map((user) => user.username);
  expect(usernames).toContain('oidc_responder');
  expect(usernames).toContain('full');
});
