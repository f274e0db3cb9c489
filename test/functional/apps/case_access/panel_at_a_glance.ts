/**
 * Issue 14, "the panel answers an administrator's question in one look": the first rows at 1440×900, state that
 * survives a reload, "who cannot", one tab stop per row (whose keyboard focus shows the row's reasons for No), and
 * no serious or critical axe-core violation on the table, the readiness summary, the flyout, the help panel and My
 * case access.
 */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { axeChecker } from './axe';
import { CASE_ACCESS, CASES, caseAccessHelpers, featureRole } from './helpers';

export default function (ctx: FtrProviderContext) {
  const browser = ctx.getService('browser');
  const testSubjects = ctx.getService('testSubjects');
  const retry = ctx.getService('retry');
  const helpers = caseAccessHelpers(ctx, 'glance');
  const axe = axeChecker(ctx);
  const FULL = 'ftr_glance_full';
  const VIEWER = 'ftr_glance_viewer';
  const SELF = 'ftr_glance_self';

  const assertNoViolations = async (testSubj?: string) => {
    const found = await axe.violations(testSubj);
    assert.deepEqual(found, [], `${testSubj ?? 'page'}: ${JSON.stringify(found, null, 2)}`);
  };

  describe('the panel at a glance', () => {
    before(async () => {
      await helpers.createUser(FULL, featureRole({ [CASES.security]: ['all'] }));
      await helpers.createUser(VIEWER, featureRole({ [CASES.security]: ['read'] }));
      await helpers.createUser(
        SELF,
        featureRole({ [CASE_ACCESS]: ['read'], [CASES.management]: ['read'] })
      );
      await browser.setWindowSize(1440, 900);
      await helpers.openAsAuditor();
      await helpers.findRow(FULL);
    });

    after(async () => {
      await browser.setWindowSize(1600, 1000);
      await helpers.cleanUp();
    });

    it('shows the first rows of the users table at 1440×900 without scrolling', async () => {
      await browser.execute(() => window.scrollTo(0, 0));
      const layout = await browser.execute(() => {
        const row = document.querySelector('[data-test-subj^="caseAccessRow-"]');
        const box = row?.getBoundingClientRect();
        return { bottom: box?.bottom ?? Infinity, height: window.innerHeight, y: window.scrollY };
      });
      assert.equal(layout.y, 0);
      assert.ok(
        layout.bottom <= layout.height,
        `first row ends at ${layout.bottom}px, below the ${layout.height}px window`
      );
    });

    it('fits the page header buttons on one line at 1440×900', async () => {
      const buttons = await browser.execute(() =>
        [...document.querySelectorAll('[data-test-subj="caseAccessHeaderActions"] button')].map(
          (button) => ({
            text: (button as HTMLElement).innerText.trim(),
            top: Math.round(button.getBoundingClientRect().top),
            bottom: Math.round(button.getBoundingClientRect().bottom),
            left: Math.round(button.getBoundingClientRect().left),
          })
        )
      );
      // One line: every button overlaps every other vertically (filled and empty buttons differ in height).
      const lowestTop = Math.max(...buttons.map((b) => b.top));
      const highestBottom = Math.min(...buttons.map((b) => b.bottom));
      assert.ok(lowestTop < highestBottom, JSON.stringify(buttons));
      // EUI lays the header's items out from the right: read them left to right, as a person does.
      assert.deepEqual(
        buttons.sort((a, b) => a.left - b.left).map((b) => b.text),
        [
          'How access is computed',
          'Refresh',
          'Access review',
          'Export CSV',
          'Verify with Elasticsearch',
        ]
      );
    });

    it('answers "who cannot" and keeps space, filters, sort and the open user across a reload', async () => {
      await testSubjects.click('caseAccessSummary-security-full');
      await retry.try(async () =>
        assert.ok((await browser.getCurrentUrl()).includes('level=full'))
      );
      await testSubjects.existOrFail(`caseAccessRow-${FULL}`);
      await testSubjects.missingOrFail(`caseAccessRow-${VIEWER}`);
      await helpers.openFlyout(FULL);
      const url = await browser.getCurrentUrl();
      assert.match(url, /solution=security/);
      assert.match(url, new RegExp(`user=${FULL}`));
      await browser.refresh();
      await testSubjects.existOrFail('caseAccessFlyout');
      // A <select> has no value attribute: read the property.
      const selected = await browser.execute(
        () =>
          document.querySelector<HTMLSelectElement>('[data-test-subj="caseAccessSolutionFilter"]')
            ?.value
      );
      assert.equal(selected, 'security');
      await helpers.closeFlyout();
      assert.doesNotMatch(await browser.getCurrentUrl(), /user=/);

      // Who cannot delete Security cases: the viewer, not the Full user.
      const base = (await browser.getCurrentUrl()).split('?')[0];
      await browser.get(`${base}?solution=security&capability=delete&match=cannot`);
      await helpers.findRow(VIEWER);
      await testSubjects.missingOrFail(`caseAccessRow-${FULL}`);
      await testSubjects.existOrFail('caseAccessViewingSpace');
    });

    it('gives each row a single tab stop', async () => {
      const counts = await browser.execute(() => {
        const focusable = 'a[href], button, input, select, [tabindex]:not([tabindex="-1"])';
        return [...document.querySelectorAll('[data-test-subj^="caseAccessRow-"]')].map(
          (row) => row.querySelectorAll(focusable).length + (row.matches(focusable) ? 1 : 0)
        );
      });
      assert.ok(counts.length > 0);
      assert.deepEqual([...new Set(counts)], [1]);
    });

    it("shows a row's reasons for No when the keyboard reaches its tab stop", async () => {
      const activeSubj = () =>
        browser.execute(() => document.activeElement?.getAttribute('data-test-subj') ?? '');
      await testSubjects.missingOrFail(`caseAccessRowReasons-${VIEWER}`);
      await testSubjects.click('caseAccessSearch');
      let tabs = 0;
      while ((await activeSubj()) !== `caseAccessUserLink-${VIEWER}`) {
        assert.ok(++tabs < 40, `Tab did not reach ${VIEWER}'s row`);
        await browser.pressKeys(browser.keys.TAB);
      }
      const reasons = await testSubjects.getVisibleText(`caseAccessRowReasons-${VIEWER}`);
      // The same one-line reason the Push cell gives on hover (its hidden text reads ": <reason>").
      const pushReason = (
        await browser.execute(
          (subj: string) => document.querySelector(`[data-test-subj="${subj}"]`)?.textContent ?? '',
          `caseAccessPushReason-${VIEWER}`
        )
      ).replace(/^: /, '');
      assert.ok(pushReason.length > 0);
      assert.ok(
        reasons.includes(`Push to external systems — No: ${pushReason}`),
        `tooltip reads: ${reasons}`
      );
      await assertNoViolations('caseAccessUsersTable');
      await browser.pressKeys(browser.keys.TAB);
      await testSubjects.missingOrFail(`caseAccessRowReasons-${VIEWER}`);
    });

    it('has no serious or critical accessibility violation in the table and the readiness summary', async () => {
      await assertNoViolations('caseAccessUsersTable');
      if (await testSubjects.exists('caseAccessReadiness', { timeout: 1000 })) {
        await testSubjects.click('caseAccessReadinessToggle');
        await assertNoViolations('caseAccessReadiness');
      }
      await assertNoViolations('caseAccessSummary');
    });

    it('has none in the flyout and the help panel', async () => {
      await helpers.openFlyout(VIEWER);
      await testSubjects.existOrFail('caseAccessHeadline-security');
      await assertNoViolations('caseAccessFlyout');
      await helpers.closeFlyout();
      await testSubjects.click('caseAccessHelpButton');
      await testSubjects.existOrFail('caseAccessHelp');
      await assertNoViolations('caseAccessHelp');
    });

    it('has none in My case access', async () => {
      await helpers.loginAs(SELF);
      await helpers.navigateToApp();
      await testSubjects.existOrFail('caseAccessMyAccess');
      await assertNoViolations('caseAccessMyAccess');
    });
  });
}
