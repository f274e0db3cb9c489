import fs from 'fs';
import path from 'path';
import { CASE_ACCESS_FEATURE_ID } from '../common/constants';
import { getRegisteredFeatures } from '../common/features';
import { HOST_FEATURE_OWNERS } from './host_feature_owners';

// The manifest helpers are plain CommonJS run by node; the test loads them the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stripJsonComments } = require('../scripts/build/manifest') as {
  stripJsonComments(text: string): string;
};

const manifest = JSON.parse(
  stripJsonComments(fs.readFileSync(path.join(__dirname, '..', 'kibana.jsonc'), 'utf8'))
) as { plugin: { requiredPlugins: string[]; optionalPlugins: string[] } };

describe('kibana.jsonc and the plugins that register the features this plugin may register', () => {
  it.each(HOST_FEATURE_OWNERS.map((owner) => [owner.pluginId, owner.source]))(
    'lists %s as an optional dependency, so Kibana sets it up first (%s)',
    (pluginId) => {
      expect(manifest.plugin.optionalPlugins).toContain(pluginId);
      expect(manifest.plugin.requiredPlugins).not.toContain(pluginId);
    }
  );

  it.each(['traditional', 'serverless'] as const)(
    'names a Kibana owner for every feature the plugin registers on a %s Kibana, caseAccess aside',
    (buildFlavor) => {
      const owned = new Set(HOST_FEATURE_OWNERS.flatMap((owner) => owner.featureIds));
      const unowned = getRegisteredFeatures({ buildFlavor })
        .map((feature) => feature.id)
        .filter((id) => id !== CASE_ACCESS_FEATURE_ID && !owned.has(id));
      expect(unowned).toEqual([]);
    }
  );

  it('does not depend on Security Solution only, which registers no Cases feature by itself', () => {
    const security = HOST_FEATURE_OWNERS.filter((owner) =>
      owner.featureIds.includes('securitySolutionCasesV3')
    ).map((owner) => owner.pluginId);
    expect(security.sort()).toEqual(['securitySolutionEss', 'securitySolutionServerless']);
  });
});
