/**
 * `target/public/caseAccess.plugin.js` and its lazy chunks, built with webpack 5 as Kibana's optimizer built
 * external plugins before RSPack: a classic script that registers the plugin's public entry with
 * `__kbnBundles__.define('plugin/<id>/public', __webpack_require__, <module id>)`, takes shared dependencies from
 * `__kbnSharedDeps__`, and loads lazy chunks (script tags) from `window.__kbnPublicPath__['<id>']`.
 * webpack is used because it splits chunks for classic scripts itself; nothing hand-written loads chunks.
 */
const fs = require('fs');
const path = require('path');
const os = require('os');
const webpack = require('webpack');

const { sharedDepsExternals } = require('./shared_deps');

function entrySource(pluginId, publicEntry) {
  return [
    `__webpack_public_path__ = window.__kbnPublicPath__[${JSON.stringify(pluginId)}];`,
    `__kbnBundles__.define(${JSON.stringify(`plugin/${pluginId}/public`)}, __webpack_require__, require.resolve(${JSON.stringify(publicEntry)}));`,
    '',
  ].join('\n');
}

function run(compiler) {
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats.hasErrors()) {
        const { errors } = stats.toJson({ all: false, errors: true });
        return reject(new Error(errors.map((e) => e.message).join('\n')));
      }
      resolve(stats);
    });
  });
}

/**
 * @param {{ rootDir: string, pluginId: string }} options
 * @returns {Promise<{ files: Map<string, Buffer>, entryFile: string, entryBytes: number, modules: string[] }>}
 *   files keyed `target/public/<name>`; `modules`: the source paths bundled (for checks)
 */
async function buildPublicBundle({ rootDir, pluginId }) {
  const publicEntry = path.join(rootDir, 'public', 'index.ts');
  if (!fs.existsSync(publicEntry))
    throw new Error('public/index.ts is missing: nothing to bundle.');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `${pluginId}-build-`));
  const entryPath = path.join(workDir, 'entry.js');
  fs.writeFileSync(entryPath, entrySource(pluginId, publicEntry));
  const outputPath = path.join(workDir, 'public');
  const swc = {
    loader: require.resolve('swc-loader'),
    options: {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2020',
      },
    },
  };
  const compiler = webpack({
    mode: 'production',
    context: rootDir,
    target: ['web', 'es2020'],
    devtool: false,
    entry: { [pluginId]: entryPath },
    output: {
      path: outputPath,
      filename: '[name].plugin.js',
      chunkFilename: `${pluginId}.chunk.[id].js`,
      publicPath: '',
      uniqueName: pluginId,
      chunkLoadingGlobal: `${pluginId}_bundle_jsonpfunction`,
    },
    externalsType: 'var',
    externals: sharedDepsExternals(),
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      modules: [path.join(rootDir, 'node_modules'), 'node_modules'],
    },
    resolveLoader: { modules: [path.join(rootDir, 'node_modules')] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: swc }] },
    // The entry module is only reached through `bundleRequire(moduleKey)` at run time, so webpack must not drop
    // exports it sees no static use of.
    optimization: {
      usedExports: false,
      moduleIds: 'deterministic',
      chunkIds: 'deterministic',
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  });
  try {
    const stats = await run(compiler);
    const json = stats.toJson({ all: false, modules: true, nestedModules: true, assets: true });
    const modules = [];
    const collect = (list) => {
      for (const m of list ?? []) {
        if (m.name) modules.push(m.name);
        collect(m.modules);
      }
    };
    collect(json.modules);
    const files = new Map();
    for (const name of fs.readdirSync(outputPath)) {
      files.set(`target/public/${name}`, fs.readFileSync(path.join(outputPath, name)));
    }
    const entryFile = `target/public/${pluginId}.plugin.js`;
    return { files, entryFile, entryBytes: files.get(entryFile).length, modules };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

module.exports = { buildPublicBundle };
