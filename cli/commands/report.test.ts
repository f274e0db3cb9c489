import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { main } from '../main';
import { parseReportArgs } from './report';

const scenario = path.resolve(__dirname, '../../test/fixtures/scenarios/seed-sections.json');
const dir = mkdtempSync(path.join(tmpdir(), 'case-access-report-'));
const snapshotFile = path.join(dir, 'seed.json');
// eslint-disable-next-line @typescript-eslint/no-require-imports
writeFileSync(snapshotFile, JSON.stringify(require(scenario).snapshot));
const badFile = path.join(dir, 'bad.json');
writeFileSync(badFile, JSON.stringify({ kibana: { spaces: 'x' } }));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['report', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('case-access report', () => {
  it('prints the JSON report', async () => {
    const { code, stdout, stderr } = await run('--snapshot', snapshotFile, '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout);
    expect(report.users.map((u: { username: string }) => u.username)).toEqual([
      'assignee_new',
      'custom',
      'full',
      'revoked',
      'viewer',
    ]);
  });

  it('limits the report to one space', async () => {
    const { code, stdout } = await run(
      '--snapshot',
      snapshotFile,
      '--space',
      'ops',
      '--format',
      'csv'
    );
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(5 * 3);
    expect(rows.every((row) => row.includes(',ops,'))).toBe(true);
  });

  it.each([
    [['--snapshot', badFile], /^case-access report: kibana\.version: is missing/],
    [
      ['--snapshot', path.join(dir, 'missing.json')],
      /cannot read the snapshot .*: there is no such file/,
    ],
    [
      ['--snapshot', snapshotFile, '--space', 'nope'],
      /Unknown space "nope"; the spaces are: default, ops/,
    ],
    [[], /--snapshot FILE is required/],
    [
      ['--snapshot', snapshotFile, '--format', 'xml'],
      /--format must be json, ndjson, csv or table/,
    ],
    [['--snapshot', snapshotFile, '--colour'], /Unknown option '--colour'/],
  ])('exits 2 with a one-line reason for %j', async (args, reason) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('defaults to a table on a terminal and JSON otherwise', () => {
    expect(parseReportArgs(['--snapshot', 'f'], true).format).toBe('table');
    expect(parseReportArgs(['--snapshot', 'f'], false).format).toBe('json');
  });
});
