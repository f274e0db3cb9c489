/**
 * Functional test config for the Case Access plugin, in the format of Kibana's functional test runner (FTR).
 * Inside a Kibana checkout: `node scripts/functional_tests --config <path to this file>`. Here:
 * `npm run test:functional`, which reads this same file (test/functional_runner).
 */
import { readdirSync, realpathSync } from 'fs';
import { relative, resolve, isAbsolute } from 'path';
import type { FtrConfigProviderContext } from '@kbn/test';

/** This repository: the plugin directory. */
export const PLUGIN_ROOT = resolve(__dirname, '..', '..');

/** The Kibana checkout the FTR runs from (its root is the working directory, or KIBANA_HOME). */
export const KIBANA_ROOT = resolve(process.env.KIBANA_HOME ?? process.cwd());

/**
 * Where Kibana itself looks for third-party plugins (`getPluginSearchPaths` of @kbn/plugin-discovery):
 * `<kibana>/plugins` and `<kibana>/../kibana-extra`.
 */
export function kibanaPluginSearchPaths(kibanaRoot: string): string[] {
  return [resolve(kibanaRoot, 'plugins'), resolve(kibanaRoot, '..', 'kibana-extra')];
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Directories under `dir`, `depth` levels deep at most (Kibana also finds plugins grouped in sub-folders). */
function directoriesUnder(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .flatMap((name) => {
      const child = resolve(dir, name);
      return [child, ...directoriesUnder(child, depth - 1)];
    });
}

/**
 * `--plugin-path` for the plugin only when Kibana would not find it by itself: Kibana adds `--plugin-path`
 * entries to what it discovers in its search paths without removing duplicates, and refuses to start when it
 * finds the same plugin twice. Symbolic links are followed (a link in `<kibana>/plugins` to this repository is
 * found by Kibana too).
 */
export function pluginPathArgs(pluginRoot: string, kibanaRoot: string): string[] {
  const plugin = realPath(pluginRoot);
  const discovered = kibanaPluginSearchPaths(kibanaRoot).some((searchPath) => {
    const inside = relative(realPath(searchPath), plugin);
    if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return true;
    return directoriesUnder(searchPath, 2).some((dir) => realPath(dir) === plugin);
  });
  return discovered ? [] : [`--plugin-path=${pluginRoot}`];
}

/**
 * Kibana's security-enabled x-pack platform functional config (trial licence, security on, `elastic` user). Kibana
 * suites reach it as `@kbn/test-suites-xpack-platform/functional/config.base`; it is located by path from the Kibana
 * checkout (the FTR runs from Kibana's root, or set KIBANA_HOME) so that this file never loads a `@kbn` package.
 */
export const XPACK_PLATFORM_FUNCTIONAL_CONFIG = resolve(
  KIBANA_ROOT,
  'x-pack/platform/test/functional/config.base.ts'
);

const PUBLIC_BASE_URL_ARG = '--server.publicBaseUrl=';

const spec = (name: string) => resolve(__dirname, 'apps', 'case_access', `${name}.ts`);

/** One spec per section of "Configure access to cases", plus the plugin's own privileges and API. */
export const CASE_ACCESS_SPECS = [
  spec('full_access'),
  spec('assignee_access'),
  spec('view_only_access'),
  spec('add_alerts_access'),
  spec('revoke_access'),
  spec('public_base_url'),
  spec('case_access_privileges'),
  spec('api'),
  spec('html_user_names'),
  spec('verification'),
  spec('access_review'),
  spec('panel_at_a_glance'),
  spec('everyday_tasks'),
];

export default async function ({ readConfigFile }: FtrConfigProviderContext) {
  const xpackFunctionalConfig = await readConfigFile(XPACK_PLATFORM_FUNCTIONAL_CONFIG);
  const baseServerArgs: string[] = xpackFunctionalConfig.get('kbnTestServer.serverArgs');

  return {
    ...xpackFunctionalConfig.getAll(),
    testFiles: CASE_ACCESS_SPECS,
    junit: { reportName: 'Case Access Functional Tests' },
    kbnTestServer: {
      ...xpackFunctionalConfig.get('kbnTestServer'),
      serverArgs: [
        // The publicBaseUrl spec needs the setting absent here; config.public_base_url.ts sets it.
        ...baseServerArgs.filter((arg) => !arg.startsWith(PUBLIC_BASE_URL_ARG)),
        ...pluginPathArgs(PLUGIN_ROOT, KIBANA_ROOT),
      ],
    },
  };
}
