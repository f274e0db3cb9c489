/**
 * `server/index.js`: the server entry and everything it imports from `server/` and `common/`, bundled into one
 * CommonJS file with esbuild. Only what the entry reaches ships: no tests, no CLI, no live-cluster reader, and no
 * `@elastic/elasticsearch` (Kibana hands the plugin its client). Kibana's own packages (`@kbn/*`) may be imported
 * for types only; a runtime import of one fails the build. Node's built-in modules stay `require`s.
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const SERVER_ENTRY = 'server/index.ts';

/** Bare module specifiers required by a CommonJS file (`require("x")`, `require("@scope/x/sub")`). */
function requiredPackages(code) {
  const names = new Set();
  for (const match of code.matchAll(/require\((["'])([^"'.][^"']*)\1\)/g)) {
    const spec = match[2];
    if (spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return names;
}

/**
 * zod re-exports every one of its message locales as `z.locales`, which no bundler can drop (about 400 KB). The
 * plugin never reads `z.locales` (its own messages are Kibana's i18n) and zod configures English itself from its
 * own file, so the archive keeps English alone.
 * @type {import('esbuild').Plugin}
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? {
            path: path.join(path.dirname(args.importer), '../locales/en.js'),
            namespace: 'zod-locales',
          }
        : undefined
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * @param {{ rootDir: string, kibanaVersion?: string }} options
 * @returns {Promise<{ files: Map<string, Buffer>, packages: Set<string>, inputs: string[] }>} zip-relative paths
 *   (`server/index.js`), the packages the bundle still requires at run time (Node built-ins aside), and the
 *   source files bundled (relative to rootDir)
 */
async function buildServerFiles({ rootDir, kibanaVersion }) {
  const entry = path.join(rootDir, SERVER_ENTRY);
  if (!fs.existsSync(entry))
    throw new Error(`${SERVER_ENTRY} is missing: nothing for Kibana to load.`);
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: rootDir,
    bundle: true,
    write: false,
    metafile: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: path.join(rootDir, 'server', 'index.js'),
    external: ['@kbn/*'],
    keepNames: true,
    plugins: [zodEnglishOnly],
    // Whitespace and syntax only: names stay, so Kibana's log and stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'silent',
    // The definitions the archive registers follow the Kibana version it is built for (server/build_info.ts).
    define: {
      'process.env.CASE_ACCESS_BUILT_FOR_KIBANA_VERSION': JSON.stringify(kibanaVersion ?? ''),
    },
  });
  const [output] = result.outputFiles;
  const code = output.text;
  const builtins = new Set(require('module').builtinModules);
  const packages = new Set();
  for (const name of requiredPackages(code)) {
    if (name.startsWith('@kbn/')) {
      throw new Error(
        `the server bundle requires ${name} at run time; @kbn packages may only be imported with "import type".`
      );
    }
    if (!builtins.has(name)) packages.add(name);
  }
  const inputs = Object.keys(result.metafile.inputs);
  return { files: new Map([['server/index.js', Buffer.from(code)]]), packages, inputs };
}

module.exports = { buildServerFiles, requiredPackages };
