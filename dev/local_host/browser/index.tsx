/**
 * The host's browser core, run by the page after Kibana's shared dependencies: provides `__kbnBundles__` and
 * `__kbnPublicPath__`, loads each plugin's `target/public/<id>.plugin.js` from the installed archive, runs the
 * plugin's `setup`/`start` with a browser core, and renders the chrome with the requested management app.
 */
import React from 'react';
import ReactDOM from 'react-dom';
import { BehaviorSubject } from 'rxjs';
import { EuiProvider } from '@elastic/eui';

import type {
  CoreSetup,
  CoreStart,
  CoreTheme,
  Plugin,
  PluginInitializerContext,
} from '@kbn/core/public';

import { Chrome } from './chrome';
import type { ChromeProps } from './chrome';
import { createScopedHistory } from './history';
import { readColorModeSetting, resolveColorMode } from './color_mode';
import { createBasePath, createHttp } from './http';
import { createManagement } from './management';
import type { RegisteredApp } from './management';
import { createToasts } from './toasts';
import { INJECTED_METADATA_ID } from './types';
import type { InjectedMetadata } from './types';

type BundleRequire = (key: unknown) => unknown;
interface KbnGlobals {
  __kbnBundles__?: {
    define(id: string, req: BundleRequire, key: unknown): void;
    get(id: string): unknown;
    has(id: string): boolean;
  };
  __kbnPublicPath__?: Record<string, string>;
}

function installBundleRegistry(globals: KbnGlobals) {
  const modules = new Map<string, { req: BundleRequire; key: unknown }>();
  globals.__kbnBundles__ = {
    define(id, req, key) {
      if (modules.has(id)) throw new Error(`Module [${id}] is already defined`);
      modules.set(id, { req, key });
    },
    get(id) {
      const entry = modules.get(id);
      if (!entry) throw new Error(`Module [${id}] has not been defined`);
      return entry.req(entry.key);
    },
    has: (id) => modules.has(id),
  };
  globals.__kbnPublicPath__ = {};
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Failed to load ${src}`));
    document.body.appendChild(script);
  });
}

function findApp(appPath: string, apps: RegisteredApp[]): RegisteredApp | undefined | null {
  const match = /^\/app\/management(?:\/([^/]+)(?:\/([^/]+))?)?/.exec(appPath);
  if (!match) return null;
  if (!match[1]) return undefined;
  return apps.find((app) => app.section === match[1] && app.id === match[2]) ?? null;
}

async function boot() {
  const element = document.getElementById(INJECTED_METADATA_ID);
  if (!element?.textContent) throw new Error('The page has no injected metadata.');
  const metadata = JSON.parse(element.textContent) as InjectedMetadata;
  const globals = window as unknown as KbnGlobals;
  installBundleRegistry(globals);

  const basePath = createBasePath(metadata.basePath, metadata.publicBaseUrl);
  const http = createHttp(basePath, metadata.kibanaVersion, () => {
    window.location.href = `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;
  });
  const toasts = createToasts();
  const management = createManagement();
  const colorModeSetting = readColorModeSetting(window.localStorage);
  const colorMode = resolveColorMode(
    colorModeSetting,
    window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false
  );
  const theme: CoreTheme = { darkMode: colorMode === 'dark', name: 'borealis' };
  const theme$ = new BehaviorSubject(theme);
  const [major, minor] = metadata.kibanaVersion.split('.');
  const coreStart: CoreStart = {
    application: {
      capabilities: metadata.capabilities,
      navigateToApp: async (appId, options) => {
        window.location.href = `${metadata.basePath}/app/${appId}${options?.path ?? ''}`;
      },
      navigateToUrl: async (url) => {
        window.location.href = url;
      },
      getUrlForApp: (appId, options) => {
        const path = `${metadata.basePath}/app/${appId}${options?.path ?? ''}`;
        return options?.absolute ? `${window.location.origin}${path}` : path;
      },
    },
    http,
    notifications: { toasts: toasts.api },
    rendering: {
      addContext: (node) => <EuiProvider colorMode={colorMode}>{node}</EuiProvider>,
    },
    docLinks: {
      DOC_LINK_VERSION: `${major}.${minor}`,
      ELASTIC_WEBSITE_URL: 'https://www.elastic.co/',
    },
    theme: { theme$: theme$.asObservable(), getTheme: () => theme },
    chrome: {
      docTitle: {
        change: (title) => {
          document.title = [...(Array.isArray(title) ? title : [title]), 'Elastic'].join(' - ');
        },
        reset: () => {
          document.title = 'Elastic';
        },
      },
    },
  };
  const startDeps = {
    spaces: { getActiveSpace: async () => metadata.space },
    security: { authc: { getCurrentUser: async () => metadata.user } },
  };
  const coreSetup: CoreSetup<object, unknown> = {
    http,
    getStartServices: async () => [coreStart, startDeps, undefined],
  };

  const started: Array<{ instance: Plugin<unknown, unknown, object, object> }> = [];
  for (const { id, publicPath } of metadata.plugins) {
    globals.__kbnPublicPath__ = { ...globals.__kbnPublicPath__, [id]: publicPath };
    await loadScript(`${publicPath}${id}.plugin.js`);
    const module = globals.__kbnBundles__?.get(`plugin/${id}/public`) as {
      plugin(context: PluginInitializerContext): Plugin<unknown, unknown, object, object>;
    };
    const instance = module.plugin({
      opaqueId: Symbol(id),
      env: {
        mode: { name: 'production', dev: false, prod: true },
        packageInfo: {
          version: metadata.kibanaVersion,
          branch: `${major}.${minor}`,
          buildNum: 1,
          buildSha: 'local-host',
          dist: true,
          buildFlavor: metadata.buildFlavor,
        },
      },
      config: { get: <T extends object>() => ({}) as T },
    });
    instance.setup(coreSetup, { management: management.setup });
    started.push({ instance });
  }
  for (const { instance } of started) instance.start(coreStart, startDeps);

  const apps = management.visibleApps(metadata.capabilities);
  const current = findApp(metadata.appPath, apps);
  const mountApp: ChromeProps['mountApp'] = (app, appElement, setBreadcrumbs) => {
    const appBase = `${metadata.basePath}/app/management/${app.section}/${app.id}`;
    let unmount: (() => void) | undefined;
    let cancelled = false;
    void Promise.resolve(
      app.mount({
        basePath: appBase,
        element: appElement,
        setBreadcrumbs,
        history: createScopedHistory(appBase),
        theme: coreStart.theme,
        theme$,
      })
    ).then(
      (fn) => {
        if (cancelled) fn();
        else unmount = fn;
      },
      (error: unknown) =>
        toasts.api.addError(error instanceof Error ? error : new Error(String(error)), {
          title: `Could not open ${app.title}`,
        })
    );
    return () => {
      cancelled = true;
      unmount?.();
    };
  };
  const root = document.getElementById('kibana-body');
  // eslint-disable-next-line react/no-deprecated -- a legacy root, as Kibana's own chrome and apps use
  ReactDOM.render(
    <EuiProvider colorMode={colorMode}>
      <Chrome
        colorModeSetting={colorModeSetting}
        metadata={metadata}
        apps={apps}
        current={current}
        mountApp={mountApp}
        subscribeToasts={(listener) => toasts.subscribe(listener)}
        removeToast={(id) => toasts.remove(id)}
      />
    </EuiProvider>,
    root
  );
}

boot().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document.body.insertAdjacentHTML('beforeend', `<pre data-test-subj="hostBootError"></pre>`);
  const pre = document.querySelector('[data-test-subj="hostBootError"]');
  if (pre) pre.textContent = `The page could not start: ${message}`;
});
