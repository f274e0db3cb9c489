import path from 'node:path';
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
