import type { PluginInitializerContext } from '@kbn/core/server';

export type { CaseAccessServerSetup, CaseAccessServerStart } from './types';

/** Kibana's server entry: loads the plugin code only when Kibana starts the plugin. */
export async function plugin(initializerContext: PluginInitializerContext) {
  const { CaseAccessServerPlugin } = await import('./plugin');
  return new CaseAccessServerPlugin(initializerContext);
}
