/** Loaded when the app opens: React, EUI and the panel itself stay out of the page-load bundle. */
import React from 'react';
import ReactDOM from 'react-dom';
import type { CoreStart } from '@kbn/core/public';
import type { ManagementAppMountParams } from '@kbn/management-plugin/public';
import { setTranslator } from '../common/i18n/translate';
import { App } from './components/app';
import { appTexts } from './i18n_texts';
import { getKibanaTranslator } from './kibana_i18n';
import { CaseAccessServicesProvider } from './services';
import type { CaseAccessServices } from './services';
import type { CaseAccessStartDeps } from './types';

export interface MountManagementAppArgs {
  coreStart: CoreStart;
  startDeps: CaseAccessStartDeps;
  params: ManagementAppMountParams;
}

export function createServices(
  coreStart: CoreStart,
  startDeps: CaseAccessStartDeps,
  history?: CaseAccessServices['history']
): CaseAccessServices {
  const { spaces } = startDeps;
  return {
    http: coreStart.http,
    notifications: coreStart.notifications,
    capabilities: coreStart.application.capabilities,
    docLinks: coreStart.docLinks,
    basePath: coreStart.http.basePath,
    application: coreStart.application,
    publicBaseUrl: coreStart.http.basePath.publicBaseUrl,
    getActiveSpaceId: spaces ? async () => (await spaces.getActiveSpace()).id : undefined,
    history,
  };
}

export async function mountManagementApp({
  coreStart,
  startDeps,
  params,
}: MountManagementAppArgs): Promise<() => void> {
  // Kibana's translator (its pages always carry it) formats every message of the app, with installed translations.
  const kibanaTranslator = getKibanaTranslator();
  if (kibanaTranslator) setTranslator(kibanaTranslator);

  const title = appTexts.title();
  params.setBreadcrumbs([{ text: title }]);
  coreStart.chrome.docTitle.change(title);

  // Kibana mounts apps into legacy React roots (ReactDOM.render) and unmounts them the same way; a createRoot
  // root would render asynchronously inside Kibana's synchronous mount/unmount contract.
  // eslint-disable-next-line react/no-deprecated -- see above
  ReactDOM.render(
    coreStart.rendering.addContext(
      <CaseAccessServicesProvider services={createServices(coreStart, startDeps, params.history)}>
        <App />
      </CaseAccessServicesProvider>
    ),
    params.element
  );
  return () => {
    coreStart.chrome.docTitle.reset();
    // eslint-disable-next-line react/no-deprecated -- the legacy root mounted above
    ReactDOM.unmountComponentAtNode(params.element);
  };
}
