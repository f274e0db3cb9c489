/**
 * The page's scripts, built with esbuild into `.local_host/assets/` (once per dependency and source state):
 * `shared_deps.js`, an IIFE defining `window.__kbnSharedDeps__` with the globals Kibana's ui-shared-deps
 * provides (same names as scripts/build/shared_deps.js, plus `KbnI18n`, Kibana's translator), and `core.js`, the host's browser core, which takes
 * those shared dependencies from the page too so the plugin and the core share one React and one EUI.
 */
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import * as esbuild from 'esbuild';

// The build scripts' shared-dependency table is plain CommonJS; one table serves the bundle and the page.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SHARED_DEPS } = require('../../../scripts/build/shared_deps.js') as {
  SHARED_DEPS: Record<string, string>;
};

function installed(rootDir: string, name: string): boolean {
  try {
    require.resolve(name, { paths: [rootDir] });
    return true;
  } catch {
    return false;
  }
}

function hashOf(parts: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
}

function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesOf(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
    );
}

const externalsPlugin = (names: string[]): esbuild.Plugin => ({
  name: 'kbn-shared-deps',
  setup(build) {
    const filter = new RegExp(
      `^(${names.map((n) => n.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&')).join('|')})$`
    );
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'kbn-shared-deps' }));
    build.onLoad({ filter: /.*/, namespace: 'kbn-shared-deps' }, (args) => ({
      contents: `module.exports = window.__kbnSharedDeps__[${JSON.stringify(SHARED_DEPS[args.path])}];`,
      loader: 'js',
    }));
  },
});

export interface BrowserAssets {
  sharedDeps: string;
  core: string;
}

export async function buildBrowserAssets(rootDir: string): Promise<BrowserAssets> {
  const available = Object.keys(SHARED_DEPS).filter((name) => installed(rootDir, name));
  const lock = fs.readFileSync(path.join(rootDir, 'package-lock.json'), 'utf8');
  const outDir = path.join(rootDir, '.local_host', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  const define = { 'process.env.NODE_ENV': '"production"' };

  // Kibana's pages also carry @kbn/i18n as `KbnI18n`: the plugin hands that translator to its app at mount.
  const kbnI18n = path.join(rootDir, 'dev', 'local_host', 'browser', 'kbn_i18n.ts');
  const sharedDeps = path.join(
    outDir,
    `shared_deps-${hashOf([lock, available.join(','), fs.readFileSync(kbnI18n, 'utf8')])}.js`
  );
  if (!fs.existsSync(sharedDeps)) {
    const entry = `window.__kbnSharedDeps__ = {\n${available
      .map((name) => `  ${JSON.stringify(SHARED_DEPS[name])}: require(${JSON.stringify(name)}),`)
      .join('\n')}\n  KbnI18n: require(${JSON.stringify(kbnI18n)}),\n};\n`;
    await esbuild.build({
      stdin: { contents: entry, resolveDir: rootDir, loader: 'js' },
      resolveExtensions: ['.ts', '.js'],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      define,
      outfile: `${sharedDeps}.tmp`,
      logLevel: 'silent',
    });
    fs.renameSync(`${sharedDeps}.tmp`, sharedDeps);
  }

  const browserDir = path.join(rootDir, 'dev', 'local_host', 'browser');
  const sources = filesOf(browserDir)
    .sort()
    .map((file) => fs.readFileSync(file, 'utf8'));
  const core = path.join(outDir, `core-${hashOf([lock, ...sources])}.js`);
  if (!fs.existsSync(core)) {
    await esbuild.build({
      entryPoints: [path.join(browserDir, 'index.tsx')],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      jsx: 'automatic',
      define,
      plugins: [externalsPlugin(available)],
      outfile: `${core}.tmp`,
      logLevel: 'silent',
    });
    fs.renameSync(`${core}.tmp`, core);
  }
  return { sharedDeps, core };
}
