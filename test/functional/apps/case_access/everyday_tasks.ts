/**
 * Everyday tasks of an administrator on the demo directory, each answered in at most three actions from the landing
 * page (clicks, selections and key entries, counted as a person makes them), each asserting the answer a person
 * would read. Runs on the local host's demo directory (`npm run test:functional`): its users and spaces (see README,
 * "Set up and try it") are the subject, logged in as its auditor, alice.
 *
 * The ten tasks and where each is done: who can delete in Security (11); why a user is Custom and what fixes
 * it (7, 2); who cannot be assigned and why (4); who can and cannot push and why (1, 12); compare spaces (8, 6);
 * export for a review (5); my access (case_access_privileges: sam lands on My case access after logging in, no
 * action); publicBaseUrl (13); CLI table (`case-access report --format table`, one command: common/report/table.test.ts);
 * keyboard only (14).
 */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { caseAccessHelpers } from './helpers';

/** The demo directory's people; built-in users (elastic, kibana_system, ...) and other specs' users are left out. */
const DEMO_USERS = new Set([
  'alice',
  'dan',
  'dora',
  'leo',
  'nico',
  'nora',
  'otto',
  'pia',
  'ravi',
  'rhea',
  'sam',
  'sara@example.com',
  'tess',
  'val',
]);
const AUDITOR = { username: 'alice', password: 'changeme' };
/** Read from the demo directory's roles (dev/local_host/demo_directory.json), default space. */
const WHO_CAN_DELETE_IN_SECURITY = ['alice', 'dan', 'nico', 'nora'];
/** Space soc: with task 1's answer, every demo user, each on one side. */
const WHO_CAN_PUSH_IN_SOC = ['alice', 'dan', 'leo', 'nora', 'pia', 'sam'];
const MAX_ACTIONS = 3;

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const browser = ctx.getService('browser');
  const retry = ctx.getService('retry');
  const helpers = caseAccessHelpers(ctx, 'tasks');

  /** The user's actions of one task, counted. */
  let actions = 0;
  const act = {
    click: async (testSubj: string) => {
      actions += 1;
      await testSubjects.click(testSubj);
    },
    select: async (testSubj: string, value: string) => {
      actions += 1;
      await testSubjects.selectValue(testSubj, value);
    },
    type: async (testSubj: string, text: string) => {
      actions += 1;
      await testSubjects.setValue(testSubj, text);
    },
  };

  /** The demo users the table shows, in its order. */
  const shownUsers = async () =>
    (
      await browser.execute(() =>
        [...document.querySelectorAll('[data-test-subj^="caseAccessRow-"]')].map((row) =>
          (row.getAttribute('data-test-subj') ?? '').slice('caseAccessRow-'.length)
        )
      )
    ).filter((user) => DEMO_USERS.has(user));
  /** Waits for the table to show exactly these demo users (it answers from the server after the action). */
  const expectUsers = (expected: string[]) =>
    retry.try(async () => assert.deepEqual(await shownUsers(), expected));
  const hiddenText = (testSubj: string) =>
    browser.execute(
      (subj: string) => document.querySelector(`[data-test-subj="${subj}"]`)?.textContent ?? '',
      testSubj
    );

  describe('everyday tasks, each in at most three actions', () => {
    before(async () => {
      await browser.setWindowSize(1440, 900);
      await helpers.loginAs(AUDITOR.username, AUDITOR.password);
    });

    beforeEach(async () => {
      // Every task starts on the landing page: the app with no filter, in the default space.
      await helpers.navigateToApp();
      await testSubjects.existOrFail('caseAccessUsersTable');
      await helpers.findRow('alice');
      actions = 0;
    });

    afterEach(function () {
      if (this.currentTest?.state === 'passed') {
        assert.ok(actions <= MAX_ACTIONS, `${this.currentTest.title}: ${actions} actions`);
      }
    });

    after(async () => {
      await browser.setWindowSize(1600, 1000);
      await helpers.cleanUp();
    });

    it('1. who cannot push to external systems in Security Operations, and why', async () => {
      await act.select('caseAccessSpaceSelect', 'soc');
      await act.select('caseAccessCapabilityFilter', 'pushToExternal');
      await act.click('caseAccessCapabilityMatch-cannot');
      await expectUsers([
        'dora',
        'nico',
        'otto',
        'ravi',
        'rhea',
        'sara@example.com',
        'tess',
        'val',
      ]);
      assert.match(
        await testSubjects.getVisibleText('caseAccessViewingSpace'),
        /Security Operations/
      );
      // nico has Security Full but no Connectors access: the one-line reason says so.
      assert.equal(
        await hiddenText('caseAccessPushReason-nico'),
        ': No Connectors access in this space (Read is enough)'
      );
      assert.equal(actions, 3);
    });

    it('2. why val cannot delete cases, and the smallest change that would let them', async () => {
      await act.click('caseAccessUserLink-val');
      await testSubjects.existOrFail('caseAccessFlyout');
      const headline = await testSubjects.getVisibleText('caseAccessHeadline-management');
      assert.match(headline, /^View only\. Missing: .*Delete cases and comments/);
      assert.equal(
        await testSubjects.getVisibleText('caseAccessHeadlineFix-management'),
        'Smallest change: add Management → Cases → All, in space Default to role cases_viewer.'
      );
      assert.equal(actions, 1);
    });

    it('3. which role gives nora Cases All', async () => {
      await act.click('caseAccessUserLink-nora');
      await testSubjects.existOrFail('caseAccessFlyout');
      assert.equal(
        await testSubjects.getVisibleText('caseAccessGrant-management-delete'),
        'Role cases_full: Management → Cases → All, in all spaces'
      );
      assert.equal(actions, 1);
    });

    it('4. who cannot be assigned to Security cases yet, and why', async () => {
      await act.click('caseAccessSummary-security-notAssignable');
      await expectUsers(['nora', 'ravi']);
      assert.equal(
        await hiddenText('caseAccessAssignableReason-nora'),
        ': Has never logged in, so has no user profile yet'
      );
      // ravi's roles changed since his last login: Kibana still checks the roles saved in his profile.
      assert.equal(
        await hiddenText('caseAccessAssignableReason-ravi'),
        ': The roles saved at the last login cannot view these cases; the roles now can, from the next login'
      );
      assert.equal(actions, 1);
    });

    it('5. export the CSV of who has Full access to Security cases, filtered, for a review', async () => {
      // Keep what the page downloads: the blob behind each object URL, and the name of the clicked link. A script
      // rather than a function: the test's compiler would name the function with a helper the page does not have.
      await browser.execute(`
        window.__downloads = [];
        const blobs = new Map();
        const createObjectURL = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => {
          const url = createObjectURL(blob);
          blobs.set(url, blob);
          return url;
        };
        HTMLAnchorElement.prototype.click = function () {
          window.__downloads.push({ name: this.download, blob: blobs.get(this.href) });
        };
      `);
      await act.click('caseAccessSummary-security-full');
      await helpers.findRow('nico');
      await act.click('caseAccessExportCsv');
      let files: Array<{ name: string; text: string }> = [];
      await retry.try(async () => {
        files = await browser.execute(async () => {
          const w = window as unknown as { __downloads: Array<{ name: string; blob?: Blob }> };
          return Promise.all(
            w.__downloads.map(async (d) => ({ name: d.name, text: (await d.blob?.text()) ?? '' }))
          );
        });
        assert.equal(files.length, 1);
      });
      // The file name states the space, the day and that the rows are filtered.
      assert.match(files[0].name, /^case-access_default_\d{4}-\d{2}-\d{2}_filtered\.csv$/);
      const users = files[0].text
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',')[0]);
      assert.deepEqual([...new Set(users)], ['alice', 'dan', 'elastic', 'nico', 'nora']);
      assert.equal(actions, 2);
    });

    it('6. switch to the Observability space and see who has what there', async () => {
      await act.select('caseAccessSpaceSelect', 'obs');
      assert.match(await testSubjects.getVisibleText('caseAccessViewingSpace'), /Observability/);
      await retry.try(async () =>
        assert.equal(
          await testSubjects.getVisibleText('caseAccessLevel-otto-observability'),
          'Full'
        )
      );
      assert.equal(await testSubjects.getVisibleText('caseAccessLevel-sam-security'), 'None');
      assert.equal(actions, 1);
    });

    it('7. open the user behind a summary count: the one Custom user of Stack Management', async () => {
      await act.click('caseAccessSummary-management-custom');
      await expectUsers(['leo']);
      await act.click('caseAccessUserLink-leo');
      await testSubjects.existOrFail('caseAccessFlyout');
      assert.equal(
        await testSubjects.getVisibleText('caseAccessHeadline-management'),
        'Custom. Missing: Manage templates.\nTo fix: re-save role legacy_cases in Stack Management → Roles. It holds deprecated Cases privileges that Kibana moves to the current feature on save.'
      );
      assert.equal(actions, 2);
    });

    it('8. what otto can do in every space', async () => {
      await act.click('caseAccessUserLink-otto');
      await act.click('caseAccessAllSpacesToggle');
      const cell = (space: string, solution: string) =>
        testSubjects.getVisibleText(`caseAccessAllSpaces-${space}-${solution}`);
      assert.equal(await cell('default', 'observability'), 'Full');
      assert.equal(await cell('obs', 'observability'), 'Full');
      // Observability Cases is turned off in Security Operations.
      assert.equal(await cell('soc', 'observability'), 'None');
      assert.equal(await cell('default', 'security'), 'None');
      assert.equal(actions, 2);
    });

    it('9. what is not ready, by severity, and where to fix the role that names unknown privileges', async () => {
      assert.match(
        await testSubjects.getVisibleText('caseAccessReadiness'),
        /^5 things are not ready: 4 warnings, 1 notice\s+Show details$/
      );
      await act.click('caseAccessReadinessToggle');
      await testSubjects.existOrFail('caseAccessReadiness-unknown-privileges');
      assert.match(
        await testSubjects.getVisibleText('caseAccessReadiness-unknown-privileges'),
        /\(warning\)/
      );
      const href = await testSubjects.getAttribute('caseAccessReadinessEditRole-typo_role', 'href');
      assert.match(href, /\/app\/management\/security\/roles\/edit\/typo_role$/);
      assert.equal(actions, 1);
    });

    it('11. who can delete cases in Security', async () => {
      await act.select('caseAccessSolutionFilter', 'security');
      await act.select('caseAccessCapabilityFilter', 'delete');
      await expectUsers(WHO_CAN_DELETE_IN_SECURITY);
      assert.equal(actions, 2);
    });

    it('12. who can push to external systems in Security Operations, the other side of task 1', async () => {
      await act.select('caseAccessSpaceSelect', 'soc');
      await act.select('caseAccessCapabilityFilter', 'pushToExternal');
      await expectUsers(WHO_CAN_PUSH_IN_SOC);
      assert.equal(actions, 2);
    });

    it('13. whether links back to Kibana work: server.publicBaseUrl, and where to set it', async () => {
      await act.click('caseAccessReadinessToggle');
      const item = 'caseAccessReadiness-public-base-url-missing';
      assert.match(
        await testSubjects.getVisibleText(item),
        /^Case emails and pushed incidents will not link back to Kibana \(warning\)/
      );
      const href = await browser.execute(
        (subj: string) =>
          document.querySelector(`[data-test-subj="${subj}"] a`)?.getAttribute('href') ?? '',
        item
      );
      assert.match(href, /general-settings#server-publicBaseUrl$/);
      assert.equal(actions, 1);
    });

    it('14. keyboard only: from the search box, why nico cannot push to external systems', async () => {
      const active = () =>
        browser.execute(() => document.activeElement?.getAttribute('data-test-subj') ?? '');
      // Arriving at the search box is where the page's keyboard path starts (not counted).
      let tabs = 0;
      while ((await active()) !== 'caseAccessSearch') {
        assert.ok(++tabs < 30, 'Tab did not reach the search box');
        await browser.pressKeys(browser.keys.TAB);
      }
      actions += 1;
      await browser.pressKeys(...'nico');
      await expectUsers(['nico']);
      // Moving focus to the row is one action, as moving the pointer to it is for a mouse user; its Tab presses
      // pass EUI's clear-search button, the filters beside the search box and the table's sort buttons, and
      // nothing else: the summary does not stand between the search box and the table, and rows are one stop each.
      actions += 1;
      let presses = 0;
      while ((await active()) !== 'caseAccessUserLink-nico') {
        assert.ok(++presses <= 12, `Tab ${presses} reached ${await active()}, not nico's row`);
        await browser.pressKeys(browser.keys.TAB);
      }
      // The row's reasons for No show on keyboard focus.
      assert.match(
        await testSubjects.getVisibleText('caseAccessRowReasons-nico'),
        /Push to external systems — No: No Connectors access in this space \(Read is enough\)/
      );
      // Enter opens the details.
      actions += 1;
      await browser.pressKeys(browser.keys.ENTER);
      await testSubjects.existOrFail('caseAccessFlyout');
      assert.equal(actions, 3);
    });

    it('10. find a user by part of the name, then clear the search and filters', async () => {
      await act.type('caseAccessSearch', 'rav');
      await expectUsers(['ravi']);
      await act.click('caseAccessClearFilters');
      await expectUsers([...DEMO_USERS]);
      assert.equal(actions, 2);
    });
  });
}
