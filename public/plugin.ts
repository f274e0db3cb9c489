/**
 * Page-load code: registers the management app and nothing else. Only types are imported at the top level; the
 * app (React, EUI, the message catalogue) loads when it is opened.
 */
import type { CoreSetup, CoreStart, Plugin, PluginInitializerContext } from '@kbn/core/public';
import { MANAGEMENT_APP_ID } from '../common/constants';
import { getKibanaTranslator } from './kibana_i18n';
import { getAppNavTitle } from './page_load_texts';
import type { CaseAccessSetupDeps, CaseAccessStartDeps } from './types';

/** After Stack Management's own Users (10) and Roles (20) entries. */
const APP_ORDER = 40;

export class CaseAccessPublicPlugin implements Plugin<
  void,
  void,
  CaseAccessSetupDeps,
  CaseAccessStartDeps
> {
  constructor(_initializerContext: PluginInitializerContext) {}

  public setup(core: CoreSetup<CaseAccessStartDeps>, { management }: CaseAccessSetupDeps): void {
    management.sections.section.security.registerApp({
      id: MANAGEMENT_APP_ID,
      title: getAppNavTitle(),
      order: APP_ORDER,
      euiIconType: 'casesApp',
      mount: async (params) => {
        const [[coreStart, startDeps], { mountManagementApp }] = await Promise.all([
          core.getStartServices(),
          import('./application'),
        ]);
        return mountManagementApp({ coreStart, startDeps, params });
      },
    });
  }

  public start(_core: CoreStart, _deps: CaseAccessStartDeps): void {
    const kibanaTranslator = getKibanaTranslator();
    if (kibanaTranslator) {
      // Kept out of the page-load bundle: translate.ts carries the ICU formatter used outside Kibana.
      void import('../common/i18n/translate').then(({ setTranslator }) =>
        setTranslator(kibanaTranslator)
      );
    }
  }

  public stop(): void {}
}
