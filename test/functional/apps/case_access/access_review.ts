/**
 * Access reviews: download a snapshot, change a role, compare the snapshot with the directory now, and simulate
 * a change, as an auditor (caseAccess All + read_security) would for a quarterly review.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FtrProviderContext } from '../../ftr_provider_context';
import {
  API_VERSION,
  API_VERSION_HEADER,
  CASES,
  TEST_PASSWORD,
  caseAccessHelpers,
  featureRole,
} from './helpers';

const SNAPSHOT_PATH = '/internal/case_access/snapshot';
const SIMULATE_PATH = '/internal/case_access/simulate';

export default function (ctx: FtrProviderContext) {
  const security = ctx.getService('security');
  const testSubjects = ctx.getService('testSubjects');
  const retry = ctx.getService('retry');
  const browser = ctx.getService('browser');
  const supertestWithoutAuth = ctx.getService('supertestWithoutAuth');
  const { common } = ctx.getPageObjects(['common']);
  const helpers = caseAccessHelpers(ctx, 'review');
  const USER = 'ftr_review_subject';
  const AUDITOR = { username: 'ftr_review_auditor', password: TEST_PASSWORD };
  let roleName = '';
  let snapshotFile = '';

  describe('access review', () => {
    before(async () => {
      roleName = await helpers.createUser(USER, featureRole({ [CASES.security]: ['read'] }));
      await helpers.openAsAuditor();
    });

    after(() => helpers.cleanUp());

    it('downloads a snapshot of the directory, with its date and no secret', async () => {
      // The three actions sit in the header's "Access review" menu.
      await testSubjects.click('caseAccessReviewMenu');
      await testSubjects.click('caseAccessDownloadSnapshot');
      // The menu closes and its button is busy while the directory is read, then ready again without an error toast.
      await testSubjects.missingOrFail('caseAccessDownloadSnapshot');
      await retry.try(async () => {
        const disabled = await testSubjects.getAttribute('caseAccessReviewMenu', 'disabled');
        assert.equal(disabled, '', 'the download should finish');
      });
      assert.equal(await testSubjects.exists('euiToastHeader', { timeout: 1000 }), false);

      // The same route the button calls, saved as the button saves it.
      const { body } = await supertestWithoutAuth
        .get(SNAPSHOT_PATH)
        .auth(AUDITOR.username, AUDITOR.password)
        .set(API_VERSION_HEADER, API_VERSION)
        .expect(200);
      assert.ok(Date.parse(body.takenAt) > 0, 'the snapshot says when it was taken');
      assert.deepEqual(body.users[USER].roles, [roleName]);
      assert.doesNotMatch(JSON.stringify(body), /password|api_key/i);
      snapshotFile = path.join(mkdtempSync(path.join(tmpdir(), 'case-access-ftr-')), 'before.json');
      writeFileSync(snapshotFile, JSON.stringify(body));
    });

    it('lists what changed since the snapshot after the role changes, with the cause', async () => {
      // Read becomes All in every space: the user gains create, delete, ...
      await security.role.create(roleName, featureRole({ [CASES.security]: ['all'] }));
      await testSubjects.click('caseAccessReviewMenu');
      await testSubjects.click('caseAccessCompareSnapshot');
      await common.setFileInputPath(snapshotFile);
      const row = `caseAccessChange-${USER}-default-security-delete`;
      await testSubjects.existOrFail(row, { timeout: 30_000 });
      assert.match(await testSubjects.getVisibleText('caseAccessChangesTitle'), /^Changes since /);
      const text = await testSubjects.getVisibleText(row);
      assert.match(text, /No → Yes/);
      assert.match(
        text,
        new RegExp(`privilege feature_${CASES.security}\\.all at \\* added to role ${roleName}`)
      );
      // Only lost access: nothing was lost.
      await testSubjects.click('caseAccessChangesDirection-lost');
      await testSubjects.missingOrFail(row);
      await browser.pressKeys(browser.keys.ESCAPE);
      await testSubjects.missingOrFail('caseAccessCompareFlyout');
    });

    it('simulates removing the role in the user flyout without saving it', async () => {
      await helpers.openFlyout(USER);
      await testSubjects.click('caseAccessSimulateUserToggle');
      await testSubjects.setValue('caseAccessSimulateRemoveRoles > comboBoxSearchInput', roleName);
      await browser.pressKeys(browser.keys.ENTER);
      await testSubjects.click('caseAccessSimulateRun');
      await testSubjects.existOrFail('caseAccessSimulateResult', { timeout: 20_000 });
      assert.equal(
        await testSubjects.getAttribute('caseAccessSimulateRow-security-read', 'data-changed'),
        'true'
      );
      // Nothing saved: the role is still the user's.
      const { body } = await supertestWithoutAuth
        .post(SIMULATE_PATH)
        .auth(AUDITOR.username, AUDITOR.password)
        .set(API_VERSION_HEADER, API_VERSION)
        .set('kbn-xsrf', 'ftr')
        .send({ space: 'default', role: roleName, applications: [] })
        .expect(200);
      assert.equal(body.evaluatedUsers, 1);
      assert.ok(
        body.changes.some(
          (change: { username: string; subject: string; direction: string }) =>
            change.username === USER && change.subject === 'read' && change.direction === 'lost'
        ),
        'removing every Kibana privilege of the role takes read away from its holder'
      );
    });
  });
}
