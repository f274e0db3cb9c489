/**
 * What the plugin costs a Kibana page that does not open its app: Kibana loads every plugin's page-load bundle on
 * every page and runs its setup and start, so nothing else of the plugin may be fetched there. Checked in Chromium
 * on the local host, whose page carries Kibana's shared dependencies (KbnI18n included) as Kibana's does.
 */
import type { Request } from 'playwright-core';

import { launchBrowser, type BrowserSession } from '../../test/functional_runner/browser';
import { startLocalHost, type LocalHost } from './local_host';

const PLUGIN_FILES = /\/bundles\/plugin\/caseAccess\/(.+\.js)$/;
/** Chromium on a shared machine: a limit on each step, not a speed target. */
const BROWSER_STEP_LIMIT_MS = 60_000;

describe('the plugin on a Kibana page that does not open its app', () => {
  let host: LocalHost;
  let browser: BrowserSession;
  const fetched: string[] = [];

  beforeAll(async () => {
    host = await startLocalHost({ port: 0, log: () => undefined });
    browser = await launchBrowser();
    await browser.context.setExtraHTTPHeaders({
      authorization: `Basic ${Buffer.from('elastic:changeme').toString('base64')}`,
    });
    browser.page.on('request', (request: Request) => {
      const match = PLUGIN_FILES.exec(new URL(request.url()).pathname);
      if (match) fetched.push(match[1]);
    });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it(
    "fetches the page-load bundle and none of the plugin's chunks on Stack Management's landing page",
    async () => {
      fetched.length = 0;
      await browser.page.goto(`${host.url}/app/management`);
      await browser.page.waitForSelector('[data-test-subj="managementHome"]');
      await browser.page.waitForLoadState('networkidle');
      expect(fetched).toEqual(['caseAccess.plugin.js']);
    },
    BROWSER_STEP_LIMIT_MS
  );

  it(
    'fetches its chunks once the app is opened',
    async () => {
      fetched.length = 0;
      await browser.page.goto(`${host.url}/app/management/security/caseAccess`);
      await browser.page.waitForSelector('[data-test-subj="caseAccessApp"]');
      expect(fetched.filter((name) => name.includes('.chunk.')).length).toBeGreaterThan(0);
    },
    BROWSER_STEP_LIMIT_MS
  );
});
