import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';

// The build scripts are plain CommonJS run by node; the test loads them the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPlugin } = require('./build/index') as {
  buildPlugin(options: { rootDir: string; kibanaVersion: string; outDir: string }): Promise<{
    zipPath: string;
    entryBytes: number;
    chunkFiles: string[];
    publicModules: string[];
  }>;
};

const ROOT = path.resolve(__dirname, '..');
const PAGE_LOAD_LIMIT = 10 * 1024; // Kibana-style page-load budget for this plugin
const SHARED =
  /node_modules\/(react-dom|@elastic\/eui|@emotion\/react|@emotion\/cache|moment|lodash|rxjs)\//;

describe('npm run build', () => {
  let outDir: string;
  let result: Awaited<ReturnType<typeof buildPlugin>>;
  let zip: JSZip;
  const text = (name: string) => {
    const file = zip.file(`kibana/caseAccess/${name}`);
    if (!file) throw new Error(`${name} is not in the archive`);
    return file.async('string');
  };

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-access-build-'));
    result = await buildPlugin({ rootDir: ROOT, kibanaVersion: '9.4.0', outDir });
    zip = await JSZip.loadAsync(fs.readFileSync(result.zipPath));
  }, 180_000);

  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('writes caseAccess-<kibanaVersion>.zip with everything under kibana/caseAccess/', () => {
    expect(path.basename(result.zipPath)).toBe('caseAccess-9.4.0.zip');
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    expect(names.every((name) => name.startsWith('kibana/caseAccess/'))).toBe(true);
    for (const required of [
      'kibana.json',
      'package.json',
      'server/index.js',
      'target/public/caseAccess.plugin.js',
    ]) {
      expect(names).toContain(`kibana/caseAccess/${required}`);
    }
    expect(
      names.some((name) => name.startsWith('kibana/caseAccess/common/') && name.endsWith('.js'))
    ).toBe(true);
    expect(
      names.filter((name) => /\.(ts|tsx)$/.test(name) && !name.includes('/node_modules/'))
    ).toEqual([]);
    expect(
      names.filter((name) => /\.test\.js$/.test(name) && !name.includes('/node_modules/'))
    ).toEqual([]);
  });

  it('has a flat kibana.json that Kibana accepts for this Kibana version', async () => {
    const manifest = JSON.parse(await text('kibana.json'));
    expect(manifest).toMatchObject({
      id: 'caseAccess',
      kibanaVersion: '9.4.0',
      server: true,
      ui: true,
    });
    expect(typeof manifest.version).toBe('string');
    expect(typeof manifest.owner?.name).toBe('string');
    const allowed = [
      'id',
      'kibanaVersion',
      'type',
      'version',
      'configPath',
      'requiredPlugins',
      'optionalPlugins',
      'runtimePluginDependencies',
      'ui',
      'server',
      'extraPublicDirs',
      'requiredBundles',
      'serviceFolders',
      'owner',
      'description',
      'enabledOnAnonymousPages',
    ];
    expect(Object.keys(manifest).filter((key) => !allowed.includes(key))).toEqual([]);
  });

  it('ships the server as CommonJS with its runtime dependencies and no @kbn imports', async () => {
    const server = await text('server/index.js');
    expect(server).toMatch(/exports|module\.exports/);
    expect(server).not.toMatch(/^\s*import\s/m);
    const pkg = JSON.parse(await text('package.json'));
    for (const name of Object.keys(pkg.dependencies)) {
      expect(zip.file(`kibana/caseAccess/node_modules/${name}/package.json`)).not.toBeNull();
    }
    const js = Object.keys(zip.files).filter((n) =>
      /^kibana\/caseAccess\/(server|common)\/.*\.js$/.test(n)
    );
    for (const name of js)
      expect(await zip.files[name].async('string')).not.toMatch(/require\(["']@kbn\//);
  });

  it('registers the public entry with __kbnBundles__ and loads chunks from __kbnPublicPath__', async () => {
    const entry = await text('target/public/caseAccess.plugin.js');
    expect(entry).toContain('__kbnBundles__.define("plugin/caseAccess/public"');
    expect(entry).toContain('window.__kbnPublicPath__.caseAccess');
    expect(result.chunkFiles.length).toBeGreaterThan(0);
  });

  it('takes React, EUI and the other shared dependencies from __kbnSharedDeps__ instead of bundling them', async () => {
    expect(result.publicModules.filter((name) => SHARED.test(name))).toEqual([]);
    const reactModules = result.publicModules.filter((name) => /node_modules\/react\//.test(name));
    expect(reactModules.every((name) => /jsx-runtime/.test(name))).toBe(true);
    const all = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith('kibana/caseAccess/target/public/') && n.endsWith('.js'))
        .map((n) => zip.files[n].async('string'))
    );
    const bundle = all.join('\n');
    expect(bundle).toContain('__kbnSharedDeps__.React');
    expect(bundle).toContain('__kbnSharedDeps__.ElasticEui');
    expect(bundle).not.toContain('reactjs.org/docs/error-decoder');
  });

  it('keeps the page-load bundle under 10 KB minified', () => {
    // Printed so the number shows in test output; Kibana enforces per-plugin page-load limits the same way.
    console.log(
      `page-load bundle caseAccess.plugin.js: ${(result.entryBytes / 1024).toFixed(1)} KB`
    );
    expect(result.entryBytes).toBeLessThan(PAGE_LOAD_LIMIT);
  });
});

describe('build.js arguments', () => {
  it.each([
    [[], '--kibana-version is required'],
    [['--kibana-version', '9.4'], '--kibana-version must look like 9.4.0'],
    [['--kibana-version'], '--kibana-version needs a value'],
    [['--kibana-version', '9.4.0', '--fast'], 'unknown argument "--fast"'],
  ])('%j exits 2 with a usage line', (args, message) => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js'), ...args], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run build -- --kibana-version X.Y.Z');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
