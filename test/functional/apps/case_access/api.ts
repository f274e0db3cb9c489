/** The internal API as different users, with basic auth and `elastic-api-version: 1`: 200, 400, 401, 403, 404. */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import {
  API_VERSION,
  API_VERSION_HEADER,
  CASE_ACCESS,
  CASES,
  REPORT_PATH,
  TEST_PASSWORD,
  caseAccessHelpers,
  featureRole,
  userPath,
} from './helpers';

export default function (ctx: FtrProviderContext) {
  const supertestWithoutAuth = ctx.getService('supertestWithoutAuth');
  const helpers = caseAccessHelpers(ctx, 'api');
  const AUDITOR = 'ftr_api_auditor';
  const SUBJECT = 'ftr_api_subject';
  const OUTSIDER = 'ftr_api_outsider';

  const get = (path: string, credentials?: { username: string; password: string }) => {
    const request = supertestWithoutAuth
      .get(path)
      .set(API_VERSION_HEADER, API_VERSION)
      .set('kbn-xsrf', 'ftr');
    return credentials ? request.auth(credentials.username, credentials.password) : request;
  };
  const as = (username: string) => ({ username, password: TEST_PASSWORD });

  describe('internal API', () => {
    before(async () => {
      // Auditing other users needs caseAccess All and Elasticsearch's read_security.
      await helpers.createUser(AUDITOR, {
        ...featureRole({ [CASE_ACCESS]: ['all'] }),
        elasticsearch: { cluster: ['read_security'], indices: [], run_as: [] },
      });
      await helpers.createUser(SUBJECT, featureRole({ [CASES.security]: ['read'] }));
      await helpers.createUser(OUTSIDER, featureRole({ [CASES.security]: ['all'] }));
    });

    after(() => helpers.cleanUp());

    it('answers 200 with the report to the admin and to an auditor', async () => {
      for (const credentials of [helpers.admin, as(AUDITOR)]) {
        const { body } = await get(REPORT_PATH, credentials)
          .query({ space: 'default', search: SUBJECT, refresh: true })
          .expect(200);
        assert.equal(body.space, 'default');
        const row = body.users.find((user: { username: string }) => user.username === SUBJECT);
        assert.ok(row, `${credentials.username} should see ${SUBJECT}`);
        assert.equal(row.spaces[0].solutions.security.level, 'view');
        assert.equal(row.spaces[0].solutions.management.level, 'none');
      }
    });

    it("answers 200 with one user's detail, and 404 for an unknown user", async () => {
      const { body } = await get(userPath(SUBJECT), helpers.admin)
        .query({ space: 'default' })
        .expect(200);
      assert.equal(body.user.username, SUBJECT);
      assert.ok(body.missing.security.create.length > 0, 'says what would grant create');
      await get(userPath('ftr_nobody_by_this_name'), helpers.admin).expect(404);
    });

    it('answers 400 naming the parameter for bad queries', async () => {
      const perPage = await get(REPORT_PATH, helpers.admin).query({ perPage: 0 }).expect(400);
      assert.match(perPage.body.message, /perPage/);
      const sort = await get(REPORT_PATH, helpers.admin).query({ sortField: 'bogus' }).expect(400);
      assert.match(sort.body.message, /sortField/);
      const level = await get(REPORT_PATH, helpers.admin)
        .query({ level: 'everything' })
        .expect(400);
      assert.match(level.body.message, /level/);
    });

    it('answers 403 to a user without the caseAccess privilege', async () => {
      const { body } = await get(REPORT_PATH, as(OUTSIDER)).expect(403);
      assert.equal(body.statusCode, 403);
      await get(userPath(SUBJECT), as(OUTSIDER)).expect(403);
    });

    it('answers 401 without credentials', async () => {
      await get(REPORT_PATH).expect(401);
    });
  });
}
