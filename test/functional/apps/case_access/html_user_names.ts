/** User-supplied strings are shown as text: a user whose name holds HTML must not inject elements. */
import assert from 'node:assert/strict';
import type { FtrProviderContext } from '../../ftr_provider_context';
import { CASES, caseAccessHelpers, featureRole } from './helpers';

/** If the panel rendered these as HTML, elements with these test subjects would appear. */
const INJECTED = 'caseAccessInjected';
const INJECTED_FULL_NAME = 'caseAccessInjectedFullName';
const HTML_USERNAME = `ftr_mallory<b data-test-subj=${INJECTED}>x`;
const HTML_FULL_NAME = `<i data-test-subj=${INJECTED_FULL_NAME}>Mallory</i>`;

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const helpers = caseAccessHelpers(ctx, 'html');

  describe('user names holding HTML', () => {
    before(async () => {
      await helpers.createUser(
        HTML_USERNAME,
        featureRole({ [CASES.management]: ['read'] }),
        HTML_FULL_NAME
      );
      await helpers.openAsAuditor();
    });

    after(() => helpers.cleanUp());

    it('shows the name and full name as text', async () => {
      await helpers.eventually(async () => {
        const text = await testSubjects.getVisibleText('caseAccessUsersTable');
        assert.ok(text.includes(HTML_USERNAME), 'the user name is shown as typed');
        assert.ok(text.includes(HTML_FULL_NAME), 'the full name is shown as typed');
      });
      await testSubjects.missingOrFail(INJECTED);
      await testSubjects.missingOrFail(INJECTED_FULL_NAME);
    });
  });
}
