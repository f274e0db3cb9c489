/**
 * The same suite's publicBaseUrl spec with `server.publicBaseUrl` set, so the readiness callout must be gone.
 * Inside a Kibana checkout: `node scripts/functional_tests --config <path to this file>`.
 */
import { resolve } from 'path';
import type { FtrConfigProviderContext } from '@kbn/test';

/** Any absolute URL serves: the plugin only checks that Kibana knows its public address. */
export const TEST_PUBLIC_BASE_URL = 'https://kibana.example.com';

export default async function ({ readConfigFile }: FtrConfigProviderContext) {
  const caseAccessConfig = await readConfigFile(resolve(__dirname, 'config.ts'));

  return {
    ...caseAccessConfig.getAll(),
    testFiles: [resolve(__dirname, 'apps', 'case_access', 'public_base_url.ts')],
    junit: { reportName: 'Case Access Functional Tests (server.publicBaseUrl set)' },
    kbnTestServer: {
      ...caseAccessConfig.get('kbnTestServer'),
      serverArgs: [
        ...caseAccessConfig.get('kbnTestServer.serverArgs'),
        `--server.publicBaseUrl=${TEST_PUBLIC_BASE_URL}`,
      ],
    },
  };
}
