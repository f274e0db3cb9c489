/**
 * The report command under hostile input and readers: it waits for a slow reader instead of buffering, writes a
 * name of any length, prints newline-delimited JSON, escapes what a terminal would run, ends quietly when the reader
 * goes, and says what is wrong with a file in words.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDirectory } from '../../bench/generate';
import { createAccessEngine } from '../../common/engine';
import { validateSnapshot } from '../../common/snapshot';
import type { UserAccess } from '../../common/report/types';
import type { CliIo } from '../types';
import { runReport } from './report';
import { reportCsvPieces } from './report_output';

const dir = mkdtempSync(path.join(tmpdir(), 'case-access-hostile-'));
const seed = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../test/fixtures/scenarios/seed-sections.json'), 'utf8')
).snapshot;
const seedFile = path.join(dir, 'seed.json');
writeFileSync(seedFile, JSON.stringify(seed));
const largeFile = path.join(dir, 'large.json');
const large = generateDirectory({ users: 600, roles: 40, spaces: 2, seed: 7 });
writeFileSync(largeFile, JSON.stringify(large));

function capture(extra: Partial<CliIo> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    ...extra,
  };
  return { io, out };
}

describe('back-pressure', () => {
  it('waits for the reader each time stdout says its buffer is full', async () => {
    let pending = 0;
    let writesWhileFull = 0;
    let drains = 0;
    const { io, out } = capture();
    const slow: CliIo = {
      ...io,
      stdout: (text) => {
        if (pending > 0) writesWhileFull++;
        pending++;
        io.stdout(text);
        return false;
      },
      drain: async () => {
        drains++;
        await new Promise((resolve) => setImmediate(resolve));
        pending = 0;
      },
    };
    expect(await runReport(['--snapshot', largeFile, '--format', 'json'], slow)).toBe(0);
    expect(writesWhileFull).toBe(0);
    expect(drains).toBeGreaterThan(10);
    expect(JSON.parse(out.stdout).users).toHaveLength(600);
  });
});

describe('--format ndjson', () => {
  it('prints one compact JSON object per user and line, as in the JSON report', async () => {
    const { io, out } = capture();
    expect(
      await runReport(['--snapshot', seedFile, '--format', 'ndjson', '--space', 'ops'], io)
    ).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const report = createAccessEngine(validateSnapshot(seed)).report(['ops']);
    expect(lines.map((line) => JSON.parse(line))).toEqual(JSON.parse(JSON.stringify(report.users)));
    expect(lines.every((line) => !line.includes('\n') && line.startsWith('{"username":'))).toBe(
      true
    );
  });
});

describe('--format table', () => {
  it('escapes control characters a directory puts in names', async () => {
    const snapshot = structuredClone(seed);
    const name = '\u001b]52;c;ZXZpbA==\u0007\u001b[2J\r\u202Eadmin';
    snapshot.users = { [name]: { username: name, roles: ['cases_full', `gone\u001b[8m`] } };
    snapshot.profiles = [];
    const file = path.join(dir, 'control.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const { io, out } = capture({ columns: 100 });
    expect(await runReport(['--snapshot', file, '--format', 'table'], io)).toBe(0);
    expect(out.stdout).toContain('\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x0d\\u202eadmin');
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters in the output
    expect(out.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    for (const line of out.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe('CSV of a very long name', () => {
  it('hands each row over by itself, so a name of 200 million characters is written', () => {
    const [user] = createAccessEngine(validateSnapshot(seed)).report().users;
    const huge: UserAccess = { ...user, fullName: 'x'.repeat(200_000_000) };
    let rows = 0;
    for (const piece of reportCsvPieces([huge])) {
      expect(piece.length).toBeLessThan(2 ** 28);
      rows++;
    }
    expect(rows).toBe(1 + huge.spaces.length * 3);
  });
});

describe('files', () => {
  it.each([
    [
      'a folder',
      () => {
        const folder = path.join(dir, 'folder.json');
        mkdirSync(folder);
        return folder;
      },
      'it is a folder, not a file',
    ],
    [
      'a symbolic link loop',
      () => {
        const link = path.join(dir, 'loop.json');
        symlinkSync(link, link);
        return link;
      },
      'the path has too many symbolic links (a link loop?)',
    ],
  ])('says what is wrong with %s in words', async (_, make, problem) => {
    const file = make();
    const { io, out } = capture();
    expect(await runReport(['--snapshot', file], io)).toBe(2);
    expect(out.stderr).toBe(
      `case-access report: cannot read the snapshot ${JSON.stringify(file)}: ${problem}\n`
    );
  });
});

describe('a reader that goes away', () => {
  const bin = path.resolve(__dirname, '../../bin/case-access.js');

  it.each([
    ['before anything is written', 0],
    ['after the first bytes', 1],
  ])('ends quietly %s', async (_, bytes) => {
    const child = spawn(
      process.execPath,
      [bin, 'report', '--snapshot', largeFile, '--format', 'json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      }
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    if (bytes === 0) child.stdout.destroy();
    else child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('messages', () => {
  it('escapes control characters of names from the directory and keeps the message brief', async () => {
    const snapshot = structuredClone(seed);
    snapshot.kibana.spaces = Array.from({ length: 2_000 }, (_, i) => ({
      id: `space-${i}\u001b[2J`,
      name: `Space ${i}`,
      disabledFeatures: [],
    }));
    const file = path.join(dir, 'spaces.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const { io, out } = capture();
    expect(await runReport(['--snapshot', file, '--space', 'nope\u0007'], io)).toBe(2);
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters in the output
    expect(out.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(out.stderr).toContain('nope\\x07');
    expect(out.stderr.length).toBeLessThan(600);
  });
});
