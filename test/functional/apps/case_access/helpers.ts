/**
 * Shared steps of the Case Access specs: create roles and users with the `security` service (and remove them),
 * open the panel as the admin, and read a user's row or flyout through `data-test-subj` selectors.
 */
import type { KibanaRoleDescriptor } from '@kbn/ftr-common-functional-services';
import type { FtrProviderContext } from '../../ftr_provider_context';

export const TEST_PASSWORD = 'case-access-ftr';
export const API_VERSION_HEADER = 'elastic-api-version';
export const API_VERSION = '1';
export const REPORT_PATH = '/internal/case_access/report';
export const ME_PATH = '/internal/case_access/me';
export const userPath = (username: string) =>
  `/internal/case_access/users/${encodeURIComponent(username)}`;

/** The server's directory cache keeps reads up to 30 s; allow that plus a page load. */
export const DIRECTORY_FRESHNESS_MS = 45_000;

export type Solution = 'management' | 'security' | 'observability';

/** Kibana feature ids of the current (V3) Cases features and of Connectors. */
export const CASES = {
  management: 'generalCasesV3',
  security: 'securitySolutionCasesV3',
  observability: 'observabilityCasesV3',
} as const;
export const CONNECTORS = 'actions';
export const CASE_ACCESS = 'caseAccess';

/** A role granting these feature privileges in the given spaces (all spaces by default). */
export function featureRole(
  feature: Record<string, string[]>,
  spaces: string[] = ['*']
): KibanaRoleDescriptor {
  return {
    elasticsearch: { cluster: [], indices: [], run_as: [] },
    kibana: [{ base: [], feature, spaces }],
  };
}

/** `specId` names what the spec creates (`ftr_<specId>_auditor`). */
export function caseAccessHelpers(
  { getService, getPageObjects }: FtrProviderContext,
  specId: string
) {
  const security = getService('security');
  const testSubjects = getService('testSubjects');
  const retry = getService('retry');
  const browser = getService('browser');
  const config = getService('config');
  const {
    common,
    header,
    security: securityPage,
  } = getPageObjects(['common', 'header', 'security']);
  const created = { users: [] as string[], roles: [] as string[] };
  const admin = {
    username: config.get('servers.kibana.username') as string,
    password: config.get('servers.kibana.password') as string,
  };

  return {
    admin,

    /** Creates `<username>_role` with `role` and a user holding it; both are removed by `cleanUp`. */
    async createUser(username: string, role: KibanaRoleDescriptor, fullName?: string) {
      const roleName = `${username}_role`.replace(/[^a-zA-Z0-9_-]/g, '_');
      await security.role.create(roleName, role);
      created.roles.push(roleName);
      await security.user.create(username, {
        password: TEST_PASSWORD,
        roles: [roleName],
        full_name: fullName ?? `FTR ${username}`,
      });
      created.users.push(username);
      return roleName;
    },

    async cleanUp() {
      for (const username of created.users.splice(0)) await security.user.delete(username);
      for (const role of created.roles.splice(0)) await security.role.delete(role);
      await securityPage.forceLogout();
    },

    async loginAs(username: string, password = TEST_PASSWORD) {
      await securityPage.forceLogout();
      await securityPage.login(username, password, { expectSpaceSelector: false });
    },

    /** Opens Stack Management → Security → Case access. */
    async navigateToApp() {
      await common.navigateToUrl('management', 'security/caseAccess', {
        shouldUseHashForSubUrl: false,
      });
      await header.waitUntilLoadingHasFinished();
    },

    /**
     * Logs in as this spec's own auditor (caseAccess All + Elasticsearch's read_security, created on first use) and
     * opens the users table. A fresh auditor per spec also means a fresh directory read: the server caches reads per
     * caller.
     */
    async openAsAuditor() {
      const auditor = `ftr_${specId}_auditor`;
      if (!created.users.includes(auditor)) {
        await this.createUser(auditor, {
          ...featureRole({ [CASE_ACCESS]: ['all'] }),
          elasticsearch: { cluster: ['read_security'], indices: [], run_as: [] },
        });
      }
      await this.loginAs(auditor);
      await this.navigateToApp();
      await testSubjects.existOrFail('caseAccessUsersTable');
    },

    /**
     * Runs `assertion` until it passes, reloading the page between tries. The server may answer from a directory
     * read of up to 30 seconds ago (its cache), so roles and users just written show up within that time, as they
     * would for an administrator reloading the page.
     */
    async eventually(assertion: () => Promise<void>) {
      await retry.tryForTime(DIRECTORY_FRESHNESS_MS, async () => {
        try {
          await assertion();
        } catch (error) {
          await browser.refresh();
          await testSubjects.existOrFail('caseAccessUsersTable');
          throw error;
        }
      });
    },

    /** Waits for the user's row (see `eventually`). */
    async findRow(username: string) {
      await this.eventually(() => testSubjects.existOrFail(`caseAccessRow-${username}`));
    },

    /** The access badge of a user in a solution: Full / Custom / View only / None. */
    async level(username: string, solution: Solution) {
      await this.findRow(username);
      return await testSubjects.getVisibleText(`caseAccessLevel-${username}-${solution}`);
    },

    async cell(
      kind: 'Assignable' | 'AddAlerts' | 'Push' | 'Connectors' | 'WarningsCount',
      username: string
    ) {
      await this.findRow(username);
      return await testSubjects.getVisibleText(`caseAccess${kind}-${username}`);
    },

    async openFlyout(username: string) {
      await this.findRow(username);
      await testSubjects.click(`caseAccessRow-${username}`);
      await testSubjects.existOrFail('caseAccessFlyout');
    },

    async closeFlyout() {
      await testSubjects.click('caseAccessFlyoutClose');
      await testSubjects.missingOrFail('caseAccessFlyout');
    },

    /** "Granted" or "Not granted", as the flyout shows a case capability. */
    async capability(solution: Solution, capability: string) {
      return await testSubjects.getVisibleText(`caseAccessCapability-${solution}-${capability}`);
    },
  };
}
