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
    serverInputs: string[];
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

  it('ships the server as one CommonJS bundle that requires nothing but Node built-ins', async () => {
    const server = await text('server/index.js');
    expect(server).toMatch(/exports|module\.exports/);
    expect(server).not.toMatch(/^\s*import\s/m);
    expect(server).not.toMatch(/require\(["']@kbn\//);
    const required = [...server.matchAll(/require\(["']([^"'.][^"']*)["']\)/g)].map((m) => m[1]);
    const { builtinModules: builtins } = await import('node:module');
    expect(required.filter((name) => !builtins.includes(name.replace(/^node:/, '')))).toEqual([]);
    expect(JSON.parse(await text('package.json')).dependencies).toEqual({});
  });

  it('lists only what Kibana does not already give the plugin, under 300 KB and 100 files', () => {
    const names = Object.keys(zip.files)
      .filter((name) => !zip.files[name].dir)
      .map((name) => name.replace('kibana/caseAccess/', ''));
    const needed =
      /^(kibana\.json|package\.json|server\/index\.js|target\/public\/caseAccess\.(plugin|chunk\.\d+)\.js(\.LICENSE\.txt)?)$/;
    expect(names.filter((name) => !needed.test(name))).toEqual([]);
    const size = fs.statSync(result.zipPath).size;
    console.log(
      `archive ${path.basename(result.zipPath)}: ${(size / 1024).toFixed(1)} KB, ${names.length} files`
    );
    expect(size).toBeLessThan(300 * 1024);
    expect(names.length).toBeLessThan(100);
  });

  it('bundles into the server only what its entry imports: no client, CLI or development code', () => {
    const outside = result.serverInputs.filter(
      (input) =>
        !/^(server|common)\//.test(input) &&
        // zod: the server checks the shape of what Elasticsearch answers with the snapshot schema.
        !/node_modules\/(intl-messageformat|@formatjs\/[^/]+|tslib|zod)\//.test(input)
    );
    expect(outside).toEqual([]);
    expect(
      result.serverInputs.filter((input) =>
        /@elastic\/elasticsearch|undici|opentelemetry|(^|\/)(cli|dev|scripts)\/|\.test\.tsx?$|test_utils\//.test(
          input
        )
      )
    ).toEqual([]);
    expect(result.serverInputs).not.toContain('server/directory/live_cluster.ts');
    // zod's message locales (about 400 KB) stay out but for the English one zod configures itself with.
    expect(
      result.serverInputs.filter((input) => /zod\/v4\/locales\/(?!en\.js)/.test(input))
    ).toEqual([]);
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

describe('an archive built for a Kibana older than template privileges', () => {
  it('registers definitions without manageTemplates, whatever version the host reports', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-access-build-'));
    try {
      const built = await buildPlugin({ rootDir: ROOT, kibanaVersion: '9.3.0', outDir });
      const zip = await JSZip.loadAsync(fs.readFileSync(built.zipPath));
      const serverFile = path.join(outDir, 'index.js');
      fs.writeFileSync(
        serverFile,
        await zip.file('kibana/caseAccess/server/index.js')!.async('string')
      );
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { plugin } = require(serverFile) as {
        plugin(context: unknown): Promise<{ setup(core: unknown, deps: unknown): unknown }>;
      };
      const quiet = { debug() {}, info() {}, warn() {}, error() {} };
      // A host that reports a newer version (Kibana's dev mode accepts any archive version).
      const instance = await plugin({
        logger: { get: () => quiet },
        env: { packageInfo: { buildFlavor: 'traditional', version: '9.5.0' } },
      });
      const registered: unknown[] = [];
      instance.setup(
        {
          http: {
            createRouter: () => {
              const route = () => ({
                addVersion() {
                  return this;
                },
              });
              return { versioned: { get: route, post: route } };
            },
          },
          getStartServices: () => new Promise(() => undefined),
        },
        { features: { registerKibanaFeature: (feature: unknown) => registered.push(feature) } }
      );
      expect(registered.length).toBeGreaterThan(0);
      expect(JSON.stringify(registered)).not.toMatch(/manageTemplates|cases_manage_templates/);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
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
