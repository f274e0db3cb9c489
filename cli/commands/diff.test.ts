import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { DirectorySnapshot } from '../../common/snapshot';
import { startEsSecurityFixture } from '../../dev/es_security_fixture';
import { readLiveDirectory } from '../../server/directory/live_cluster';
import { routeTestSnapshot } from '../../server/routes/test_utils/route_harness';
import { main } from '../main';
import { parseDiffArgs } from './diff';

const scenario = path.resolve(__dirname, '../../test/fixtures/scenarios/seed-sections.json');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const seed: DirectorySnapshot = require(scenario).snapshot;
const dir = mkdtempSync(path.join(tmpdir(), 'case-access-diff-'));
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const beforeFile = write('before.json', { ...seed, takenAt: '2026-09-01T00:00:00.000Z' });
// `revoked` gets the role that gives full access everywhere.
const afterFile = write('after.json', {
  ...seed,
  users: { ...seed.users, revoked: { ...seed.users.revoked, roles: ['cases_full'] } },
});

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['diff', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('case-access diff', () => {
  it('exits 0 and says so when nothing changed', async () => {
    const result = await run('--before', beforeFile, '--after', beforeFile, '--format', 'table');
    expect(result).toEqual({ code: 0, stdout: 'No change in case access.\n', stderr: '' });
  });

  it('exits 1 and prints each change with its cause as JSON', async () => {
    const { code, stdout, stderr } = await run(
      '--before',
      beforeFile,
      '--after',
      afterFile,
      '--format',
      'json'
    );
    expect([code, stderr]).toEqual([1, '']);
    const diff = JSON.parse(stdout);
    expect(diff.before).toEqual({ takenAt: '2026-09-01T00:00:00.000Z' });
    expect(diff.usersChanged).toBe(1);
    expect(diff.changes.length).toBeGreaterThan(0);
    for (const change of diff.changes) {
      expect(change).toMatchObject({
        username: 'revoked',
        direction: 'gained',
        causes: [{ kind: 'roleAdded', role: 'cases_full' }],
      });
    }
  });

  it('limits the diff to one space and writes CSV and NDJSON', async () => {
    const csv = await run(
      '--before',
      beforeFile,
      '--after',
      afterFile,
      '--space',
      'ops',
      '--format',
      'csv'
    );
    expect(csv.code).toBe(1);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('username,space,solution,subject,before,after,direction,causes');
    expect(lines.slice(1).every((line) => line.startsWith('revoked,ops,'))).toBe(true);
    expect(lines).toContain(
      'revoked,ops,management,delete,false,true,gained,role cases_full added to the user'
    );
    const ndjson = await run(
      '--before',
      beforeFile,
      '--after',
      afterFile,
      '--space',
      'ops',
      '--format',
      'ndjson'
    );
    expect(ndjson.stdout.trim().split('\n')).toHaveLength(lines.length - 1);
  });

  it.each([
    [['--before', beforeFile], /--after FILE is required/],
    [['--after', afterFile], /--before FILE is required/],
    [
      ['--before', beforeFile, '--after', afterFile, '--format', 'xml'],
      /--format must be table, json, csv or ndjson/,
    ],
    [
      ['--before', beforeFile, '--after', afterFile, '--es-url', 'http://x'],
      /either --after or --es-url/,
    ],
    [
      ['--before', path.join(dir, 'nope.json'), '--after', afterFile],
      /--before cannot read the snapshot "[^"]*nope\.json": there is no such file/,
    ],
    [
      ['--before', beforeFile, '--after', write('bad.json', '{"kibana": 1')],
      /--after snapshot: not valid JSON/,
    ],
    [
      ['--before', beforeFile, '--after', write('shape.json', { kibana: { spaces: 'x' } })],
      /--after kibana\./,
    ],
    [['--before', beforeFile, '--after', afterFile, '--space', 'mars'], /Unknown space "mars"/],
  ])('exits 2 with a one-line reason for %j', async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('defaults to a table on a terminal and JSON elsewhere', () => {
    expect(parseDiffArgs(['--before', 'a', '--after', 'b'], true).format).toBe('table');
    expect(parseDiffArgs(['--before', 'a', '--after', 'b'], false).format).toBe('json');
  });

  it('compares a saved snapshot with a live cluster after a role changed there', async () => {
    const es = await startEsSecurityFixture({ snapshot: routeTestSnapshot() });
    try {
      const credentials = { esUrl: es.url, username: 'elastic', password: 'changeme' };
      const saved = write('live-before.json', await readLiveDirectory(credentials));
      const live = ['--es-url', es.url, '--username', 'elastic', '--password', 'changeme'];
      expect((await run('--before', saved, ...live)).code).toBe(0);

      const response = await fetch(`${es.url}/_security/role/mgmt_custom`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from('elastic:changeme').toString('base64')}`,
        },
        body: JSON.stringify({
          applications: [
            {
              application: 'kibana-.kibana',
              privileges: ['feature_generalCasesV3.read'],
              resources: ['*'],
            },
          ],
        }),
      });
      expect(response.ok).toBe(true);
      const { code, stdout } = await run('--before', saved, ...live, '--format', 'json');
      expect(code).toBe(1);
      const diff = JSON.parse(stdout);
      expect(diff.after.takenAt).toEqual(expect.any(String));
      expect(diff.changes).toContainEqual(
        expect.objectContaining({
          username: 'custom',
          subject: 'delete',
          direction: 'lost',
          causes: [
            expect.objectContaining({
              kind: 'privilegeRemoved',
              role: 'mgmt_custom',
              privilege: 'feature_generalCasesV3.cases_delete',
            }),
          ],
        })
      );
    } finally {
      await es.stop();
    }
  });

  it('exits 2 when the live cluster cannot be read', async () => {
    const { code, stderr } = await run(
      '--before',
      beforeFile,
      '--es-url',
      'http://127.0.0.1:9',
      '--username',
      'u',
      '--password',
      'p'
    );
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
