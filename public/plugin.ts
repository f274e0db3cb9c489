/**
 * Page-load code: registers the management app and nothing else. Only types are imported at the top level; the
 * app (React, EUI, the message catalogue) loads when it is opened, and no chunk is fetched before.
 */
import type { CoreSetup, CoreStart, Plugin, PluginInitializerContext } from '@kbn/core/public';
import { MANAGEMENT_APP_ID } from '../common/constants';
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

  /**
   * Loads nothing: every Kibana page starts every plugin, and a chunk fetched here would cost all of them.
   * Kibana's translator is handed to the message catalogue when the app mounts (application.tsx).
   */
  public start(_core: CoreStart, _deps: CaseAccessStartDeps): void {}

  public stop(): void {}
}
