import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A plain CommonJS script (no types), required the way the build requires it; the cast states its API.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a .js script without type declarations
const { deriveManifest, writeManifest, stripJsonc } = require('./derive_manifest.js') as {
  deriveManifest(options?: { rootDir?: string; kibanaVersion?: string }): Record<string, unknown>;
  writeManifest(options: { outFile: string; rootDir?: string; kibanaVersion?: string }): unknown;
  stripJsonc(text: string): string;
};

const ROOT = path.resolve(__dirname, '..');

/**
 * Keys Kibana's manifest parser accepts in kibana.json; any other key stops Kibana at startup
 * (src/core/packages/plugins/server-internal/src/discovery/plugin_manifest_parser.ts).
 */
const KIBANA_MANIFEST_KEYS = [
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

function repoJsonc() {
  return JSON.parse(stripJsonc(fs.readFileSync(path.join(ROOT, 'kibana.jsonc'), 'utf8')));
}

const fixtureDirs: string[] = [];
afterAll(() => fixtureDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function fixture(jsonc: string, pkg: object = { version: '2.3.4' }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derive-manifest-'));
  fixtureDirs.push(dir);
  fs.writeFileSync(path.join(dir, 'kibana.jsonc'), jsonc);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
  return dir;
}

describe('deriveManifest on this repository', () => {
  const manifest = deriveManifest();

  it('uses only keys Kibana accepts', () => {
    expect(Object.keys(manifest).filter((key) => !KIBANA_MANIFEST_KEYS.includes(key))).toEqual([]);
  });

  it('has what Kibana requires: a camelCase id, a version, an owner name, server or ui', () => {
    expect(manifest.id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(manifest.version).toBe(
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version
    );
    expect(manifest.owner).toEqual({ name: expect.any(String) });
    expect(manifest.server === true || manifest.ui === true).toBe(true);
  });

  it('takes ui from browser and server from server in kibana.jsonc', () => {
    const { plugin } = repoJsonc();
    expect(manifest.ui).toBe(plugin.browser);
    expect(manifest.server).toBe(plugin.server);
    expect(manifest.requiredPlugins).toEqual(plugin.requiredPlugins);
    expect(manifest.optionalPlugins).toEqual(plugin.optionalPlugins);
  });

  it('targets any Kibana unless told a version', () => {
    expect(manifest.kibanaVersion).toBe('kibana');
    expect(deriveManifest({ kibanaVersion: '9.4.0' }).kibanaVersion).toBe('9.4.0');
  });

  it('leaves configPath out when kibana.jsonc does not give one', () => {
    expect(manifest).not.toHaveProperty('configPath');
  });
});

describe('deriveManifest on other manifests', () => {
  it('keeps configPath, reads comments and trailing commas', () => {
    const dir = fixture(`{
      // the in-repo manifest
      "owner": ["@team/a", "@team/b"], /* first owner wins */
      "plugin": { "id": "demoPlugin", "server": true, "browser": false, "configPath": ["xpack", "demo"], },
    }`);
    expect(deriveManifest({ rootDir: dir })).toEqual({
      id: 'demoPlugin',
      version: '2.3.4',
      kibanaVersion: 'kibana',
      owner: { name: '@team/a' },
      server: true,
      ui: false,
      requiredPlugins: [],
      optionalPlugins: [],
      requiredBundles: [],
      configPath: ['xpack', 'demo'],
    });
  });

  it.each([
    ['no plugin object', '{ "owner": ["x"] }', /needs a "plugin" object/],
    [
      'a dotted id',
      '{ "owner": ["x"], "plugin": { "id": "case.access", "server": true } }',
      /camelCase id without dots/,
    ],
    [
      'neither server nor browser',
      '{ "owner": ["x"], "plugin": { "id": "demo", "server": false } }',
      /plugin\.server or plugin\.browser must be true/,
    ],
    ['no owner', '{ "plugin": { "id": "demo", "server": true } }', /needs an "owner"/],
    ['broken JSON', '{ "plugin": ', /kibana\.jsonc is not valid JSON/],
    ['an open comment', '{ /* ', /kibana\.jsonc is not valid JSON: unterminated/],
  ])('explains %s in one line', (_name, jsonc, expected) => {
    const dir = fixture(jsonc);
    expect(() => deriveManifest({ rootDir: dir })).toThrow(expected);
  });

  it('needs a version in package.json', () => {
    const dir = fixture('{ "owner": ["x"], "plugin": { "id": "demo", "server": true } }', {});
    expect(() => deriveManifest({ rootDir: dir })).toThrow(/package\.json needs a "version"/);
  });

  it('writes the manifest with writeManifest', () => {
    const dir = fixture('{ "owner": ["x"], "plugin": { "id": "demo", "browser": true } }');
    const outFile = path.join(dir, 'out', 'kibana.json');
    writeManifest({ rootDir: dir, kibanaVersion: '9.4.0', outFile });
    expect(JSON.parse(fs.readFileSync(outFile, 'utf8'))).toMatchObject({
      id: 'demo',
      ui: true,
      kibanaVersion: '9.4.0',
    });
  });
});

describe('stripJsonc', () => {
  it.each([
    ['line comments', '{"a": 1 // note\n}', { a: 1 }],
    ['block comments', '{/* x */"a": /* y */ 2}', { a: 2 }],
    ['trailing commas', '{"a": [1, 2,], "b": {"c": 3,},}', { a: [1, 2], b: { c: 3 } }],
    [
      'comment markers inside strings',
      '{"url": "http://x/*y*/", "s": "a\\"//b,]"}',
      { url: 'http://x/*y*/', s: 'a"//b,]' },
    ],
    ['a comma before a comment and a bracket', '{"a": 1, // last\n}', { a: 1 }],
  ])('handles %s', (_name, text, expected) => {
    expect(JSON.parse(stripJsonc(text))).toEqual(expected);
  });
});

describe('node scripts/derive_manifest.js', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/derive_manifest.js', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('prints the manifest for a Kibana version', () => {
    const { status, stdout } = run('--kibana-version', '9.4.0');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'caseAccess', kibanaVersion: '9.4.0' });
  });

  it('exits with 2 and one line of usage for an unknown flag', () => {
    const { status, stderr } = run('--kibana');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^derive_manifest: Unknown option '--kibana'\. Usage: /);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
