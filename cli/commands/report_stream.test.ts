/**
 * The report command writes users one at a time; what it prints must be exactly what formatting the whole report
 * at once prints, in every format, for every space or one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { generateDirectory } from '../../bench/generate';
import { createAccessEngine } from '../../common/engine';
import { toCsv } from '../../common/report/csv';
import { formatReportTable } from '../../common/report/table';
import { validateSnapshot, type DirectorySnapshot } from '../../common/snapshot';
import { runReport } from './report';

const dir = mkdtempSync(path.join(tmpdir(), 'case-access-stream-'));
const seed = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../test/fixtures/scenarios/seed-sections.json'), 'utf8')
).snapshot;
const directories: Array<[string, unknown]> = [
  ['seed sections', seed],
  ['generated', generateDirectory({ users: 150, roles: 40, spaces: 4, seed: 3 })],
  ['no users', { ...seed, users: {}, profiles: [] }],
];

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const code = await runReport(args, {
    stdout: (text) => {
      writes++;
      stdout += text;
    },
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr, writes };
}

function expected(snapshot: DirectorySnapshot, format: string, space?: string): string {
  const engine = createAccessEngine(snapshot);
  const report = engine.report(space === undefined ? undefined : [space]);
  if (format === 'csv') return toCsv(report.users);
  if (format === 'table') {
    const names = Object.fromEntries(engine.spaces().map(({ id, name }) => [id, name]));
    return formatReportTable(report, names);
  }
  return `${JSON.stringify(report, null, 2)}\n`;
}

describe.each(directories)('report of %s, streamed', (name, directory) => {
  const file = path.join(dir, `${name.replace(/\W/g, '_')}.json`);
  writeFileSync(file, JSON.stringify(directory));
  const snapshot = validateSnapshot(directory);
  const spaces = [undefined, snapshot.kibana.spaces[snapshot.kibana.spaces.length - 1].id];

  it.each(['json', 'csv', 'table'].flatMap((format) => spaces.map((space) => [format, space])))(
    'prints %s for space %s exactly as the whole report formats',
    async (format, space) => {
      const args = ['--snapshot', file, '--format', String(format)];
      const { code, stdout, stderr } = await run(
        space === undefined ? args : [...args, '--space', space]
      );
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toBe(expected(snapshot, String(format), space));
    }
  );
});

it('writes a large report in several pieces instead of one string', async () => {
  const file = path.join(dir, 'large.json');
  writeFileSync(
    file,
    JSON.stringify(generateDirectory({ users: 300, roles: 40, spaces: 6, seed: 5 }))
  );
  const { code, stdout, writes } = await run(['--snapshot', file, '--format', 'json']);
  expect(code).toBe(0);
  expect(writes).toBeGreaterThan(10);
  expect(JSON.parse(stdout).users).toHaveLength(300);
});

it('rejects an unknown space before printing anything', async () => {
  const file = path.join(dir, 'seed_for_space.json');
  writeFileSync(file, JSON.stringify(seed));
  const { code, stdout, stderr } = await run(['--snapshot', file, '--space', 'nowhere']);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^case-access report: Unknown space "nowhere"/);
});
