/**
 * `npm run screenshots`: PNGs of the main states for the README, taken from the local host's demo directory with
 * two users added through the `security` service: the admin table with the readiness summary, the user flyout, and the
 * "My case access" view of a user who holds only `caseAccess` read; each in the light and the dark theme (`*_dark.png`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { startLocalHost } from '../../dev/local_host/local_host';
import { hostLog } from './host_log';
import { launchBrowser } from './browser';
import { baseConfigValues, StandInConfig } from './config';
import { createProviderContext } from './context';

export const IMAGES_DIR = path.resolve(__dirname, '..', '..', 'docs', 'images');
const PASSWORD = 'changeme';
const MANAGER = 'case_manager';
const VIEWER = 'case_viewer';
const APP = ['management', 'security/caseAccess', { shouldUseHashForSubUrl: false }] as const;

export async function takeScreenshots(): Promise<string[]> {
  const config = new StandInConfig(baseConfigValues());
  const host = await startLocalHost({ port: 0, log: hostLog });
  const browser = await launchBrowser();
  const saved: string[] = [];
  try {
    const ctx = createProviderContext(config, browser.page, host, () => undefined);
    const security = ctx.getService('security');
    const testSubjects = ctx.getService('testSubjects');
    const { common, security: securityPage } = ctx.getPageObjects(['common', 'security']);
    const shot = async (name: string, fullPage = false) => {
      const file = path.join(IMAGES_DIR, name);
      // Let EUI's flyout and callout animations settle before capturing.
      await browser.page.waitForTimeout(500);
      await browser.page.screenshot({ path: file, fullPage });
      saved.push(file);
      console.log(`saved ${path.relative(process.cwd(), file)}`);
    };
    fs.mkdirSync(IMAGES_DIR, { recursive: true });

    await security.role.create(`${MANAGER}_role`, {
      // Custom access that has never logged in: grants and gaps side by side in the flyout.
      kibana: [
        {
          feature: { generalCasesV3: ['minimal_all', 'create_comment', 'case_reopen'] },
          spaces: ['default'],
        },
      ],
    });
    await security.user.create(MANAGER, {
      password: PASSWORD,
      roles: [`${MANAGER}_role`],
      full_name: 'Case Manager',
      email: 'case.manager@example.com',
    });
    await security.role.create(`${VIEWER}_role`, {
      kibana: [{ feature: { caseAccess: ['read'], generalCasesV3: ['read'] }, spaces: ['*'] }],
    });
    await security.user.create(VIEWER, {
      password: PASSWORD,
      roles: [`${VIEWER}_role`],
      full_name: 'Case Viewer',
    });

    // The same views in each theme, chosen as a user does: Appearance in the user menu (the host reloads).
    const chooseTheme = async (mode: 'light' | 'dark') => {
      await testSubjects.click('userMenuButton');
      await Promise.all([
        browser.page.waitForNavigation({ waitUntil: 'load' }),
        testSubjects.click(`colorMode-${mode}`),
      ]);
    };
    // The viewport the panel is designed for: the first rows show without scrolling.
    await browser.page.setViewportSize({ width: 1440, height: 900 });
    for (const mode of ['light', 'dark'] as const) {
      const suffix = mode === 'light' ? '' : '_dark';
      await securityPage.login('elastic', 'changeme');
      await common.navigateToUrl(...APP);
      await testSubjects.existOrFail('caseAccessUsersTable');
      await chooseTheme(mode);
      await testSubjects.existOrFail(`caseAccessRow-${MANAGER}`);
      await shot(`case_access_table${suffix}.png`);

      await testSubjects.click(`caseAccessRow-${MANAGER}`);
      await testSubjects.existOrFail('caseAccessFlyout');
      await shot(`case_access_user_flyout${suffix}.png`);

      await securityPage.forceLogout();
      await securityPage.login(VIEWER, PASSWORD);
      await common.navigateToUrl(...APP);
      await chooseTheme(mode);
      await testSubjects.existOrFail('caseAccessMyAccess');
      await shot(`case_access_my_access${suffix}.png`);
      await securityPage.forceLogout();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  return saved;
}
