/**
 * Builds the installable plugin archive as Kibana's plugin helpers lay it out:
 * `build/<id>-<kibanaVersion>.zip` holding `kibana/<id>/{kibana.json, package.json, server/index.js,
 * target/public/}`. The archive ships only what Kibana does not give the plugin: the server is one bundle of
 * what its entry imports, and a `node_modules/` is added only if that bundle still requires a package.
 */
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const { buildManifest } = require('./manifest');
const { buildServerFiles } = require('./server_files');
const { collectProductionModules } = require('./node_modules');
const { buildPublicBundle } = require('./public_bundle');

/**
 * @param {{ rootDir: string, kibanaVersion: string, outDir?: string }} options
 * @returns {Promise<{ zipPath: string, pluginId: string, entryBytes: number, chunkFiles: string[],
 *   publicModules: string[], fileCount: number }>}
 */
async function buildPlugin({ rootDir, kibanaVersion, outDir = path.join(rootDir, 'build') }) {
  const manifest = buildManifest({ rootDir, kibanaVersion });
  const pluginId = manifest.id;
  const rootPkg = JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8'));

  const server = await buildServerFiles({ rootDir, kibanaVersion });
  const modules = collectProductionModules({ rootDir, packages: server.packages });
  const pub = await buildPublicBundle({ rootDir, pluginId });

  const pkg = {
    name: rootPkg.name,
    version: rootPkg.version,
    description: rootPkg.description,
    license: rootPkg.license,
    private: true,
    kibana: { version: kibanaVersion },
    dependencies: modules.dependencies,
  };

  const zip = new JSZip();
  const root = `kibana/${pluginId}`;
  const add = (rel, content) =>
    zip.file(`${root}/${rel}`, content, { date: new Date('2026-01-01T00:00:00Z') });
  add('kibana.json', `${JSON.stringify(manifest, null, 2)}\n`);
  add('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  for (const [rel, content] of [...server.files, ...modules.files, ...pub.files]) add(rel, content);

  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `${pluginId}-${kibanaVersion}.zip`);
  const buffer = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    platform: 'UNIX',
  });
  // Written whole, then renamed: a host starting meanwhile never extracts a half-written archive.
  const partial = `${zipPath}.${process.pid}.partial`;
  fs.writeFileSync(partial, buffer);
  fs.renameSync(partial, zipPath);
  return {
    zipPath,
    pluginId,
    entryBytes: pub.entryBytes,
    chunkFiles: [...pub.files.keys()].filter((name) => name !== pub.entryFile),
    publicModules: pub.modules,
    serverInputs: server.inputs,
    fileCount: server.files.size + modules.files.size + pub.files.size + 2,
  };
}

module.exports = { buildPlugin };
