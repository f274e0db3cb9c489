import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getRegisteredFeatures } from '../common/features';
import { validateKibanaFeatures } from '../common/features/validate_feature';

const ROOT = path.resolve(__dirname, '..');
/** Each run starts node on the compiled CLI, rebuilt first if a source changed since. */
const SPAWN_TIMEOUT_MS = 30_000;

function cliIn(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'case-access.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cli = (...args: string[]) => cliIn(ROOT, args);

jest.setTimeout(SPAWN_TIMEOUT_MS * 2);

describe('case-access features', () => {
  it('prints the definitions the server registers as valid JSON', () => {
    const { status, stdout, stderr } = cli('features');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const printed = JSON.parse(stdout) as KibanaFeatureConfig[];
    expect(printed).toEqual(getRegisteredFeatures({ buildFlavor: 'traditional' }));
    expect(validateKibanaFeatures(printed)).toEqual([]);
  });

  it('runs from any folder, as a linked or installed command does', () => {
    const { status, stdout, stderr } = cliIn(tmpdir(), ['features']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const ids = (JSON.parse(stdout) as KibanaFeatureConfig[]).map((f) => f.id);
    expect(ids).toContain('generalCasesV3');
  });

  it('prints the serverless definitions with --build-flavor serverless', () => {
    const { status, stdout } = cli('features', '--build-flavor', 'serverless');
    expect(status).toBe(0);
    const ids = (JSON.parse(stdout) as KibanaFeatureConfig[]).map((f) => f.id);
    expect(ids).not.toContain('generalCasesV3');
    expect(ids).toContain('observabilityCasesV3');
  });
});

describe('case-access command line errors', () => {
  it.each([
    ['an unknown command', ['nope'], /^case-access: unknown command "nope"\. Usage: case-access </],
    ['no command', [], /^case-access: no command given\. Usage: /],
    [
      'an unknown flag',
      ['features', '--bogus'],
      /^case-access features: Unknown option '--bogus'\. Usage: case-access features /,
    ],
    [
      'a bad flag value',
      ['features', '--build-flavor', 'cloud'],
      /--build-flavor must be traditional or serverless, not "cloud"\. Usage: /,
    ],
    ['a positional argument', ['features', 'extra'], /^case-access features: .*'extra'.*Usage: /],
  ])('exits with 2 and one line of usage for %s', (_name, args, expected) => {
    const { status, stdout, stderr } = cli(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(expected);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('lists the commands with --help', () => {
    const { status, stdout } = cli('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/features +print the feature definitions/);
    expect(stdout).toMatch(/report +print every user's effective case access/);
  });
});
