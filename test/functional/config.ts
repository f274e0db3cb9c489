/**
 * Functional test config for the Case Access plugin, in the format of Kibana's functional test runner (FTR).
 * Inside a Kibana checkout: `node scripts/functional_tests --config <path to this file>`. Here:
 * `npm run test:functional`, which reads this same file (test/functional_runner).
 */
import { resolve } from 'path';
import type { FtrConfigProviderContext } from '@kbn/test';

/** This repository: the plugin directory handed to Kibana with `--plugin-path`. */
export const PLUGIN_ROOT = resolve(__dirname, '..', '..');

/**
 * Kibana's security-enabled x-pack platform functional config (trial licence, security on, `elastic` user). Kibana
 * suites reach it as `@kbn/test-suites-xpack-platform/functional/config.base`; it is located by path from the Kibana
 * checkout (the FTR runs from Kibana's root, or set KIBANA_HOME) so that this file never loads a `@kbn` package.
 */
export const XPACK_PLATFORM_FUNCTIONAL_CONFIG = resolve(
  process.env.KIBANA_HOME ?? process.cwd(),
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
  spec('panel_at_a_glance'),
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
        `--plugin-path=${PLUGIN_ROOT}`,
      ],
    },
  };
}
