import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runReport } from '../../cli/commands/report';
import { parseSnapshot } from '../../common/snapshot';
import { startEsSecurityFixture, type EsSecurityFixture } from '../../dev/es_security_fixture';
import { routeTestSnapshot } from '../routes/test_utils/route_harness';
import { DirectoryError } from '../lib/errors';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { kibanaApiUrl, readLiveDirectory } from './live_cluster';
import { PROFILE_BATCH_SIZE } from './read_profiles';

let es: EsSecurityFixture;
beforeEach(async () => {
  es = await startEsSecurityFixture({ snapshot: routeTestSnapshot() });
});
afterEach(async () => {
  await es.stop();
});

const as = (username: string) => ({ esUrl: es.url, username, password: 'changeme' });

describe('kibanaApiUrl', () => {
  it.each([
    ['https://host/kibana', '/api/status', 'https://host/kibana/api/status'],
    ['https://host/kibana/', '/api/spaces/space', 'https://host/kibana/api/spaces/space'],
    [
      'https://host/s/kibana',
      '/api/features?ignoreValidLicenses=true',
      'https://host/s/kibana/api/features?ignoreValidLicenses=true',
    ],
    ['http://localhost:5601', '/api/status', 'http://localhost:5601/api/status'],
  ])('%s + %s = %s', (base, path, expected) => {
    expect(kibanaApiUrl(base, path).href).toBe(expected);
  });
});

describe('readLiveDirectory with a Kibana under a base path', () => {
  it('asks Kibana under its base path for status, spaces and features', async () => {
    const paths: string[] = [];
    const kibana = http.createServer((req, res) => {
      paths.push(req.url ?? '');
      const answers: Record<string, unknown> = {
        '/kibana/api/status': { version: { number: '9.3.0', build_flavor: 'traditional' } },
        '/kibana/api/spaces/space': [{ id: 'soc', name: 'SOC', disabledFeatures: [] }],
        '/kibana/api/features': [],
      };
      const body = answers[(req.url ?? '').split('?')[0]];
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { statusCode: 404 }));
    });
    await new Promise<void>((resolve) => kibana.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = kibana.address() as AddressInfo;
      const snapshot = await readLiveDirectory({
        ...as('elastic'),
        kibanaUrl: `http://127.0.0.1:${port}/kibana`,
      });
      expect(paths.every((p) => p.startsWith('/kibana/api/'))).toBe(true);
      expect(snapshot.kibana.version).toBe('9.3.0');
      expect(snapshot.kibana.spaces.map((space) => space.id)).toEqual(['soc']);
    } finally {
      await new Promise((resolve) => kibana.close(resolve));
    }
  });
});

describe('readLiveDirectory', () => {
  it('reads users, roles, profiles and the licence with the caller’s credentials', async () => {
    const snapshot = await readLiveDirectory(as('elastic'));
    expect(Object.keys(snapshot.users)).toContain('custom');
    expect(snapshot.roles.mgmt_custom.applications[0].privileges).toContain(
      'feature_generalCasesV3.cases_delete'
    );
    expect(snapshot.profiles.map((profile) => profile.uid).sort()).toEqual([
      'u_custom_0',
      'u_full_0',
      'u_viewer_0',
    ]);
    expect(snapshot.license).toEqual({ type: 'platinum', status: 'active' });
    expect(snapshot.kibana.spaces.map((space) => space.id)).toEqual(['default']);
    expect(snapshot.partial).toBeUndefined();
  });

  it('marks what a read_security-only caller cannot read (the licence) as partial', async () => {
    const snapshot = await readLiveDirectory(as('auditor'));
    expect(snapshot.partial?.map((part) => part.part)).toEqual(['license']);
    expect(Object.keys(snapshot.users).length).toBeGreaterThan(0);
  });

  it('refuses a caller without read_security with the privilege to ask for', async () => {
    await expect(readLiveDirectory(as('viewer'))).rejects.toMatchObject({
      statusCode: 403,
      message: expect.stringContaining('read_security'),
    });
  });

  it('reports an unreachable cluster as 503 with a short reason', async () => {
    await es.stop();
    const error: unknown = await readLiveDirectory(as('elastic')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectoryError);
    expect((error as DirectoryError).statusCode).toBe(503);
    expect((error as DirectoryError).message).not.toContain('\n');
    es = await startEsSecurityFixture({ snapshot: routeTestSnapshot() });
  });

  it('reads profiles in batches of at most 50 uids', async () => {
    const snapshot = routeTestSnapshot();
    for (let i = 0; i < 120; i++) {
      const username = `bulk${i}`;
      snapshot.users[username] = {
        username,
        roles: [],
        metadata: {},
        enabled: true,
        profile_uid: `u_${username}_0`,
      };
      snapshot.profiles.push({
        uid: `u_${username}_0`,
        enabled: true,
        data: {},
        labels: {},
        last_synchronized: 1,
        user: { username, roles: [], realm_name: 'native1' },
      });
    }
    await es.stop();
    es = await startEsSecurityFixture({ snapshot });
    const read = await readLiveDirectory(as('elastic'));
    expect(read.profiles).toHaveLength(123);
    const calls = es.requests.filter((r) => r.endpoint === 'getProfile');
    const sizes = calls.map(
      (r) => decodeURIComponent(r.path.split('/').pop() ?? '').split(',').length
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PROFILE_BATCH_SIZE);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(123);
  });
});

describe('case-access report --es-url', () => {
  it('prints the report of a live cluster and saves the snapshot for offline use', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'case-access-')), 'snapshot.json');
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (text: string) => (stdout += text),
      stderr: (text: string) => (stderr += text),
    };
    const code = await runReport(
      [
        '--es-url',
        es.url,
        '--username',
        'elastic',
        '--password',
        'changeme',
        '--format',
        'json',
        '--save-snapshot',
        file,
      ],
      io
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout).users.map((u: { username: string }) => u.username)).toContain('full');
    expect(Object.keys(parseSnapshot(await readFile(file, 'utf8')).users)).toContain('full');
  });

  it('takes the kibana.yml settings it cannot read from the command line', async () => {
    const readiness = async (extra: string[]) => {
      let stdout = '';
      const code = await runReport(
        ['--es-url', es.url, '--username', 'elastic', '--password', 'changeme', ...extra],
        { stdout: (text: string) => (stdout += text), stderr: () => undefined }
      );
      expect(code).toBe(0);
      return (JSON.parse(stdout).readiness as Array<{ id: string }>).map(({ id }) => id);
    };
    const unstated = await readiness(['--format', 'json']);
    expect(unstated).toEqual(
      expect.arrayContaining(['public-base-url-missing', 'email-service-unavailable'])
    );
    const stated = await readiness([
      '--format',
      'json',
      '--public-base-url',
      'https://kibana.example.com',
      '--email-service',
    ]);
    expect(stated).not.toContain('public-base-url-missing');
    expect(stated).not.toContain('email-service-unavailable');
    await expect(
      runReport(['--es-url', es.url, '--api-key', 'k', '--public-base-url', 'kibana'], {
        stdout: () => undefined,
        stderr: () => undefined,
      })
    ).rejects.toThrow(/--public-base-url must be an http\(s\) URL/);
  });

  it('exits 2 naming the missing credentials, and 1 when the cluster refuses', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined };
    await expect(runReport(['--es-url', es.url], io)).rejects.toThrow(/--api-key/);
    let stderr = '';
    const code = await runReport(
      ['--es-url', es.url, '--username', 'viewer', '--password', 'changeme', '--format', 'json'],
      { stdout: () => undefined, stderr: (text: string) => (stderr += text) }
    );
    expect(code).toBe(1);
    expect(stderr).toContain('read_security');
  });
});
