/**
 * Seed: "If you … want email notifications and external incident management systems to contain links back to Kibana,
 * you must configure server.publicBaseUrl". Runs under config.ts (not set: an item of the readiness summary) and
 * config.public_base_url.ts (set: none).
 */
import type { FtrProviderContext } from '../../ftr_provider_context';
import { caseAccessHelpers } from './helpers';

const CALLOUT = 'caseAccessReadiness-public-base-url-missing';

export default function (ctx: FtrProviderContext) {
  const testSubjects = ctx.getService('testSubjects');
  const config = ctx.getService('config');
  const helpers = caseAccessHelpers(ctx, 'public_base_url');
  const serverArgs: string[] = config.get('kbnTestServer.serverArgs', []);
  const publicBaseUrlSet = serverArgs.some((arg) => arg.startsWith('--server.publicBaseUrl='));

  describe(`server.publicBaseUrl ${publicBaseUrlSet ? 'set' : 'missing'}`, () => {
    before(async () => {
      await helpers.openAsAuditor();
      // The readiness summary is one line; its list opens on demand.
      if (await testSubjects.exists('caseAccessReadiness', { timeout: 2000 })) {
        await testSubjects.click('caseAccessReadinessToggle');
      }
    });
    after(() => helpers.cleanUp());

    if (publicBaseUrlSet) {
      it('shows no publicBaseUrl readiness callout', async () => {
        await testSubjects.existOrFail('caseAccessSummary');
        await testSubjects.missingOrFail(CALLOUT);
      });
    } else {
      it('shows the readiness callout saying to set server.publicBaseUrl', async () => {
        await testSubjects.existOrFail(CALLOUT);
        const text = await testSubjects.getVisibleText(CALLOUT);
        if (!text.includes('server.publicBaseUrl')) {
          throw new Error(`the callout should name server.publicBaseUrl, it says: ${text}`);
        }
      });
    }
  });
}
