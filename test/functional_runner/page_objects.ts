/**
 * The page objects the specs use (`common`, `security`, `header`), with Kibana's names and behaviour, for the local
 * host. The login form uses Kibana's test subjects (`loginForm`, `loginUsername`, `loginPassword`, `loginSubmit`,
 * `loginErrorMessage`).
 */
import type { Page } from 'playwright-core';
import type { Config } from '@kbn/test';
import type { RetryService } from '@kbn/ftr-common-functional-services';
import type {
  CaseAccessPageObjects,
  LoginOptions,
  TestSubjects,
} from '../functional/ftr_provider_context';

interface PageObjectDeps {
  page: Page;
  baseUrl: string;
  config: Config;
  testSubjects: TestSubjects;
  retry: RetryService;
}

export function createPageObjects({
  page,
  baseUrl,
  config,
  testSubjects,
  retry,
}: PageObjectDeps): CaseAccessPageObjects {
  const appPath = (appName: string): string => {
    const pathname: unknown = config.get(['apps', appName, 'pathname']);
    if (typeof pathname !== 'string') {
      throw new Error(`no app '${appName}' in the config's apps (add apps.${appName}.pathname)`);
    }
    return pathname;
  };

  const header = {
    waitUntilLoadingHasFinished: async () => {
      await page.waitForLoadState('load');
      // Kibana's global loading indicator, when the host renders one.
      await testSubjects.missingOrFail('globalLoadingIndicator', { timeout: 10_000 });
    },
  };

  const waitForLoginForm = () =>
    retry.waitForWithTimeout('login form', 20_000, () => testSubjects.exists('loginUsername'));

  const security = {
    login: async (username?: string, password?: string, options: LoginOptions = {}) => {
      await page.goto(new URL(appPath('login'), baseUrl).toString(), { waitUntil: 'load' });
      await waitForLoginForm();
      await testSubjects.setValue(
        'loginUsername',
        username ?? config.get('servers.kibana.username')
      );
      await testSubjects.setValue(
        'loginPassword',
        password ?? config.get('servers.kibana.password')
      );
      await testSubjects.click('loginSubmit');
      if (options.expectForbidden) {
        await testSubjects.existOrFail('loginErrorMessage');
        return;
      }
      await retry.waitForWithTimeout('login to finish', 20_000, async () => {
        if (await testSubjects.exists('loginErrorMessage', { timeout: 0 })) {
          const message = await testSubjects.getVisibleText('loginErrorMessage');
          throw new Error(`login as ${username} failed: ${message}`);
        }
        return !new URL(page.url()).pathname.startsWith(appPath('login'));
      });
    },
    forceLogout: async (
      { waitForLoginPage }: { waitForLoginPage: boolean } = { waitForLoginPage: true }
    ) => {
      await page.goto(new URL('/logout', baseUrl).toString(), { waitUntil: 'load' });
      if (waitForLoginPage) await waitForLoginForm();
    },
  };

  const common = {
    navigateToUrl: async (
      appName: string,
      subUrl?: string,
      { shouldUseHashForSubUrl = true }: { shouldUseHashForSubUrl?: boolean } = {}
    ) => {
      let target = appPath(appName);
      if (subUrl) target += shouldUseHashForSubUrl ? `#/${subUrl}` : `/${subUrl}`;
      await page.goto(new URL(target, baseUrl).toString(), { waitUntil: 'load' });
    },
    navigateToApp: async (appName: string, { path = '', hash = '' } = {}) => {
      const target = `${appPath(appName)}${path ? `/${path}` : ''}${hash ? `#${hash}` : ''}`;
      await page.goto(new URL(target, baseUrl).toString(), { waitUntil: 'load' });
    },
    setFileInputPath: async (path: string) => {
      await page.setInputFiles('input[type="file"]', path);
    },
  };

  return { common, security, header };
}
