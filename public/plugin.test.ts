import type { CoreSetup, CoreStart } from '@kbn/core/public';
import type {
  ManagementAppMountParams,
  RegisterManagementAppArgs,
} from '@kbn/management-plugin/public';
import { waitFor } from '@testing-library/react';
import { translate, setTranslator } from '../common/i18n/translate';
import { plugin } from '.';
import type { CaseAccessSetupDeps, CaseAccessStartDeps } from './types';
import { createCapabilities } from './test_utils/render';

jest.setTimeout(30000);

function setup() {
  const registerApp = jest.fn<unknown, [RegisterManagementAppArgs]>();
  const management = { sections: { section: { security: { registerApp } } } };
  const get = jest.fn(() => new Promise(() => {}));
  const coreStart = {
    application: { capabilities: createCapabilities({ audit: true }) },
    http: { get, basePath: { prepend: (p: string) => p } },
    notifications: { toasts: {} },
    rendering: { addContext: (element: unknown) => element },
    docLinks: { ELASTIC_WEBSITE_URL: 'https://www.elastic.co/', DOC_LINK_VERSION: 'current' },
    chrome: { docTitle: { change: jest.fn(), reset: jest.fn() } },
  } as unknown as CoreStart;
  const core = {
    getStartServices: async () => [coreStart, {}, undefined],
  } as unknown as CoreSetup<CaseAccessStartDeps>;
  const instance = plugin({} as never);
  instance.setup(core, { management } as unknown as CaseAccessSetupDeps);
  return { registerApp, coreStart, instance };
}

afterEach(() => {
  delete (globalThis as { __kbnSharedDeps__?: unknown }).__kbnSharedDeps__;
  setTranslator(undefined);
});

describe('public plugin', () => {
  it('registers "Case access" in the security section of Stack Management', () => {
    const { registerApp } = setup();
    expect(registerApp).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'caseAccess', title: 'Case access' })
    );
  });

  it('mounts the app on open, sets the breadcrumb, and unmounts cleanly', async () => {
    // Kibana renders apps with React 18's legacy root, which React reports as deprecated.
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    const { registerApp, coreStart } = setup();
    const element = document.createElement('div');
    const setBreadcrumbs = jest.fn();
    const unmount = await registerApp.mock.calls[0][0].mount({
      element,
      setBreadcrumbs,
      basePath: '/app/management/security/caseAccess',
    } as unknown as ManagementAppMountParams);
    expect(setBreadcrumbs).toHaveBeenCalledWith([{ text: 'Case access' }]);
    expect(element.querySelector('[data-test-subj="caseAccessApp"]')).not.toBeNull();
    await waitFor(() => expect(coreStart.http.get).toHaveBeenCalled());
    unmount();
    expect(element.innerHTML).toBe('');
    errors.mockRestore();
  });

  it("hands Kibana's translator to the message catalogue when the app mounts, not at start", async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    const kbnTranslate = jest.fn(() => 'Zugriff auf Fälle');
    (globalThis as { __kbnSharedDeps__?: unknown }).__kbnSharedDeps__ = {
      KbnI18n: { i18n: { translate: kbnTranslate } },
    };
    const { instance, coreStart, registerApp } = setup();
    instance.start(coreStart, {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(translate('xpack.caseAccess.app.pageTitle', { defaultMessage: 'Case access' })).toBe(
      'Case access'
    );

    const unmount = await registerApp.mock.calls[0][0].mount({
      element: document.createElement('div'),
      setBreadcrumbs: jest.fn(),
      basePath: '/app/management/security/caseAccess',
    } as unknown as ManagementAppMountParams);
    expect(translate('xpack.caseAccess.app.pageTitle', { defaultMessage: 'Case access' })).toBe(
      'Zugriff auf Fälle'
    );
    unmount();
    errors.mockRestore();
  });
});
