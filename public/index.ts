import type { PluginInitializerContext } from '@kbn/core/public';
import { CaseAccessPublicPlugin } from './plugin';

export function plugin(initializerContext: PluginInitializerContext) {
  return new CaseAccessPublicPlugin(initializerContext);
}
