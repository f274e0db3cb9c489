/**
 * The serverless project type in this plugin's terms. The cloud plugin reports a `KibanaSolution` of
 * @kbn/projects-solutions-groups (`oblt`, `security`, `es`; see x-pack/platform/plugins/shared/cloud/server/plugin.ts,
 * `serverless.projectType`); newer solutions that this plugin does not know stay undefined, so nothing is hidden on
 * a guess.
 */
import type { ServerlessProjectType } from '../common/features';

const PROJECT_TYPES: Readonly<Record<string, ServerlessProjectType>> = {
  oblt: 'observability',
  observability: 'observability',
  security: 'security',
  es: 'search',
  search: 'search',
  elasticsearch: 'search',
};

export function serverlessProjectType(
  kibanaSolution: string | undefined
): ServerlessProjectType | undefined {
  return kibanaSolution !== undefined && Object.hasOwn(PROJECT_TYPES, kibanaSolution)
    ? PROJECT_TYPES[kibanaSolution]
    : undefined;
}
