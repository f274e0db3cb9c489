import type * as ConfigModule from './config';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pluginPathArgs } from '../functional/config';
import { baseConfigValues, planSuite, readConfigFile, StandInConfig } from './config';
import { parseArgs, DEFAULT_CONFIGS } from './args';

const FUNCTIONAL = path.resolve(__dirname, '..', 'functional');

describe('StandInConfig', () => {
  const config = new StandInConfig(baseConfigValues());

  it('reads dotted keys and key paths, with defaults', () => {
    expect(config.get('servers.kibana.username')).toBe('elastic');
    expect(config.get(['apps', 'management', 'pathname'])).toBe('/app/management');
    expect(config.get('no.such.key', 'fallback')).toBe('fallback');
    expect(config.has('timeouts.try')).toBe(true);
  });

  it('hands out copies, so a config cannot be changed through a value', () => {
    config.get('kbnTestServer.serverArgs').push('--x');
    expect(config.get('kbnTestServer.serverArgs')).toEqual([]);
  });
});

describe('the suite configs', () => {
  it('config.ts runs every spec with this plugin and without server.publicBaseUrl', async () => {
    const plan = planSuite(await readConfigFile(path.join(FUNCTIONAL, 'config.ts')));
    expect(plan.testFiles.map((file) => path.basename(file))).toContain('full_access.ts');
    expect(plan.testFiles.length).toBeGreaterThanOrEqual(9);
    expect(plan.pluginPath).toBe(path.resolve(__dirname, '..', '..'));
    expect(plan.publicBaseUrl).toBeUndefined();
    expect(plan.license).toBe('trial');
  });

  it('config.public_base_url.ts sets server.publicBaseUrl for the publicBaseUrl spec only', async () => {
    const plan = planSuite(
      await readConfigFile(path.join(FUNCTIONAL, 'config.public_base_url.ts'))
    );
    expect(plan.publicBaseUrl).toBe('https://kibana.example.com');
    expect(plan.testFiles.map((file) => path.basename(file))).toEqual(['public_base_url.ts']);
    expect(plan.pluginPath).toBe(path.resolve(__dirname, '..', '..'));
  });
});

describe('where Kibana finds the plugin', () => {
  const REPO = path.resolve(__dirname, '..', '..');
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'case-access-placement-'));
    fs.mkdirSync(path.join(tmp, 'kibana', 'plugins'), { recursive: true });
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const dir = (...parts: string[]) => {
    const full = path.join(tmp, ...parts);
    fs.mkdirSync(full, { recursive: true });
    return full;
  };

  it.each([
    ['<kibana>/plugins/case_access', ['kibana', 'plugins', 'case_access'], false],
    ['<kibana>/../kibana-extra/case_access', ['kibana-extra', 'case_access'], false],
    ['a directory outside Kibana', ['elsewhere', 'case_access'], true],
    ['<kibana> itself', ['kibana'], true],
  ])('in %s, passes --plugin-path: %s', (_where, parts, passed) => {
    const pluginRoot = dir(...parts);
    expect(pluginPathArgs(pluginRoot, path.join(tmp, 'kibana'))).toEqual(
      passed ? [`--plugin-path=${pluginRoot}`] : []
    );
  });

  it('follows a symbolic link from <kibana>/plugins to the plugin', () => {
    const pluginRoot = dir('elsewhere', 'case_access');
    fs.symlinkSync(pluginRoot, path.join(tmp, 'kibana', 'plugins', 'case_access'));
    expect(pluginPathArgs(pluginRoot, path.join(tmp, 'kibana'))).toEqual([]);
  });

  it('leaves --plugin-path out of both configs when run from a Kibana whose plugins/ holds this plugin', async () => {
    fs.symlinkSync(REPO, path.join(tmp, 'kibana', 'plugins', 'case_access'));
    const previous = process.env.KIBANA_HOME;
    process.env.KIBANA_HOME = path.join(tmp, 'kibana');
    try {
      await jest.isolateModulesAsync(async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require('./config') as typeof ConfigModule;
        for (const name of ['config.ts', 'config.public_base_url.ts']) {
          const config = await fresh.readConfigFile(path.join(FUNCTIONAL, name));
          const args: string[] = config.get('kbnTestServer.serverArgs');
          expect(args.filter((arg) => arg.startsWith('--plugin-path'))).toEqual([]);
        }
      });
    } finally {
      if (previous === undefined) delete process.env.KIBANA_HOME;
      else process.env.KIBANA_HOME = previous;
    }
  });
});

describe('parseArgs', () => {
  it('runs both configs by default', () => {
    expect(parseArgs([])).toEqual({ configs: DEFAULT_CONFIGS, screenshots: false });
  });

  it('takes --config, --grep and --screenshots', () => {
    expect(parseArgs(['--config', 'a.ts', '--grep', 'revoke', '--screenshots'])).toEqual({
      configs: [path.resolve('a.ts')],
      grep: 'revoke',
      screenshots: true,
    });
  });

  it.each([[['--nope']], [['--config']], [['--grep', '--screenshots']]])(
    'rejects %j with the usage line',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow(/usage: node scripts\/run_functional_tests\.js/);
    }
  );
});
