/**
 * The flat `kibana.json` of the installable plugin. The derivation from `kibana.jsonc` belongs to
 * scripts/derive_manifest.js (features area); until it exists this module derives the same fields itself.
 */
const fs = require('fs');
const path = require('path');

function stripJsonComments(text) {
  return text
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, string) => string ?? '')
    .replace(/,(\s*[}\]])/g, '$1');
}

/** The fallback derivation: Kibana's external-plugin manifest keys from the in-repo manifest. */
function deriveFromJsonc(rootDir, kibanaVersion) {
  const jsonc = JSON.parse(
    stripJsonComments(fs.readFileSync(path.join(rootDir, 'kibana.jsonc'), 'utf8'))
  );
  const pkg = JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8'));
  const plugin = jsonc.plugin;
  const manifest = {
    id: plugin.id,
    version: pkg.version,
    kibanaVersion,
    owner: { name: Array.isArray(jsonc.owner) ? jsonc.owner[0] : jsonc.owner },
    description: jsonc.description,
    server: plugin.server === true,
    ui: plugin.browser === true,
    requiredPlugins: plugin.requiredPlugins ?? [],
    optionalPlugins: plugin.optionalPlugins ?? [],
    requiredBundles: plugin.requiredBundles ?? [],
  };
  if (plugin.configPath) manifest.configPath = plugin.configPath;
  return manifest;
}

/**
 * @param {{ rootDir: string, kibanaVersion: string }} options
 * @returns {Record<string, unknown>} the manifest object, `kibanaVersion` set
 */
function buildManifest({ rootDir, kibanaVersion }) {
  const derivePath = path.join(rootDir, 'scripts', 'derive_manifest.js');
  if (fs.existsSync(derivePath)) {
    const { deriveManifest } = require(derivePath);
    return deriveManifest({ kibanaVersion });
  }
  return deriveFromJsonc(rootDir, kibanaVersion);
}

module.exports = { buildManifest, stripJsonComments };
