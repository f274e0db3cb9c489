import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';

import { LocalHostError, startLocalHost } from './local_host';
import type { LocalHost } from './local_host';
import type { InjectedMetadata } from './browser/types';

const PUBLIC_BASE_URL = 'https://kibana.example.com';
const ARCHIVE = path.resolve(__dirname, '..', '..', 'build', 'caseAccess-9.4.0.zip');
const basic = (username: string, password = 'changeme') =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function metadataOf(response: Response): Promise<InjectedMetadata> {
  const html = await response.text();
  const match = /<script type="application\/json" id="kbn-injected-metadata">(.*?)<\/script>/s.exec(
    html
  );
  if (!match) throw new Error(`no injected metadata in ${html.slice(0, 200)}`);
  return JSON.parse(match[1]) as InjectedMetadata;
}

describe('startLocalHost on the demo directory', () => {
  let host: LocalHost;
  const get = (p: string, headers: Record<string, string> = {}) =>
    fetch(`${host.url}${p}`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    host = await startLocalHost({ port: 0, publicBaseUrl: PUBLIC_BASE_URL, log: () => undefined });
  }, 240_000);
  afterAll(async () => {
    await host?.stop();
  });

  it('serves the browser bundle of the built archive', async () => {
    expect(host.pluginDir.startsWith(path.resolve(__dirname, '..', '..', '.local_host'))).toBe(
      true
    );
    const zip = await JSZip.loadAsync(fs.readFileSync(ARCHIVE));
    const fromZip = await zip
      .file('kibana/caseAccess/target/public/caseAccess.plugin.js')
      ?.async('string');
    const served = await get('/bundles/plugin/caseAccess/caseAccess.plugin.js');
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(fromZip);
  });

  it('redirects pages to /login and answers API calls with 401 when nobody is logged in', async () => {
    const page = await get('/s/soc/app/management/security/caseAccess');
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe(
      `/login?next=${encodeURIComponent('/s/soc/app/management/security/caseAccess')}`
    );
    const api = await get('/internal/security/me', { 'elastic-api-version': '1' });
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Unauthorized',
    });
  });

  it('accepts basic authentication on every request', async () => {
    const res = await get('/internal/security/me', {
      authorization: basic('alice'),
      'elastic-api-version': '1',
    });
    expect(res.status).toBe(200);
    expect((await res.json()).username).toBe('alice');
    const wrong = await get('/internal/security/me', {
      authorization: basic('alice', 'nope'),
      'elastic-api-version': '1',
    });
    expect(wrong.status).toBe(401);
  });

  it('logs in with the form into an HTTP-only session with an activated profile, and logs out', async () => {
    const form = (password: string) =>
      fetch(`${host.url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'nora', password, next: '/s/obs/app/management' }),
      });
    const refused = await form('wrong');
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('data-test-subj="loginErrorMessage"');

    const login = await form('changeme');
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toBe('/s/obs/app/management');
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    const cookie = setCookie.split(';')[0];

    const me = await get('/internal/security/me', { cookie, 'elastic-api-version': '1' });
    const user = await me.json();
    expect(user.username).toBe('nora');
    // Nora had never logged in: the login created her profile.
    expect(user.profile_uid).toEqual(expect.any(String));

    const logout = await get('/logout', { cookie });
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toMatch(/^\/login/);
    const after = await get('/internal/security/me', { cookie, 'elastic-api-version': '1' });
    expect(after.status).toBe(401);
  });

  describe('where a login lands, as Kibana decides it', () => {
    const login = (username: string, next?: string) =>
      fetch(`${host.url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username, password: 'changeme', ...(next ? { next } : {}) }),
      });
    const cookieOf = (response: Response) =>
      (response.headers.get('set-cookie') ?? '').split(';')[0];

    it('honours next=, a link into a space included', async () => {
      const next = '/s/soc/app/management/security/caseAccess?user=sam';
      const landed = await login('sam', next);
      expect(landed.headers.get('location')).toBe(next);
    });

    it("sends a user who can see one space only into it, as Kibana's root does", async () => {
      const landed = await login('sam');
      expect(landed.headers.get('location')).toBe('/');
      const root = await get('/', { cookie: cookieOf(landed) });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/s/soc/app/management/security/caseAccess');
      // A user who can see the default space lands there.
      const alice = await get('/', { authorization: basic('alice') });
      expect(alice.headers.get('location')).toBe('/app/management/security/caseAccess');
    });

    it('refuses an app page in a space the user cannot see, naming the spaces they can', async () => {
      const refused = await get('/app/management/security/caseAccess', {
        authorization: basic('sam'),
      });
      expect(refused.status).toBe(403);
      const html = await refused.text();
      expect(html).toContain('data-test-subj="spaceForbidden"');
      expect(html).toContain('href="/s/soc/app/management/security/caseAccess"');
      expect(html).toContain('Security Operations');
      const inSoc = await get('/s/soc/app/management/security/caseAccess', {
        authorization: basic('sam'),
      });
      expect(inSoc.status).toBe(200);
    });
  });

  it('computes capabilities from the user privileges at the page space', async () => {
    const auditor = await metadataOf(
      await get('/app/management/security/caseAccess', { authorization: basic('alice') })
    );
    expect(auditor.capabilities.caseAccess).toMatchObject({ audit: true, readOwn: true });
    expect(auditor.capabilities.management.security.caseAccess).toBe(true);
    expect(auditor.user.username).toBe('alice');

    // Otto's roles grant Observability Cases, not caseAccess.
    const noCaseAccess = await metadataOf(
      await get('/app/management/security/caseAccess', { authorization: basic('otto') })
    );
    expect(noCaseAccess.capabilities.caseAccess).toMatchObject({ audit: false, readOwn: false });
    expect(noCaseAccess.capabilities.management.security.caseAccess).toBe(false);
    // Dora's roles grant nothing in Kibana: like Kibana, the host refuses her every space.
    const monitoring = await get('/app/management/security/caseAccess', {
      authorization: basic('dora'),
    });
    expect(monitoring.status).toBe(403);

    // Observability Cases is disabled in the soc space: its capabilities are off there only.
    const otto = (space: string) =>
      get(`${space}/app/management/security/caseAccess`, { authorization: basic('otto') }).then(
        metadataOf
      );
    expect((await otto('')).capabilities.observabilityCasesV3.read_cases).toBe(true);
    const inSoc = await otto('/s/soc');
    expect(inSoc.space.id).toBe('soc');
    expect(inSoc.basePath).toBe('/s/soc');
    expect(inSoc.capabilities.observabilityCasesV3.read_cases).toBe(false);

    // The obs space uses the Observability solution view, which hides Security features.
    const alice = (space: string) =>
      get(`${space}/app/management/security/caseAccess`, { authorization: basic('alice') }).then(
        metadataOf
      );
    expect((await alice('')).capabilities.securitySolutionCasesV3.read_cases).toBe(true);
    expect((await alice('/s/obs')).capabilities.securitySolutionCasesV3.read_cases).toBe(false);
    expect((await alice('/s/obs')).capabilities.observabilityCasesV3.read_cases).toBe(true);
  });

  it('hands the --public-base-url value to the plugin', async () => {
    const metadata = await metadataOf(
      await get('/app/management/security/caseAccess', { authorization: basic('alice') })
    );
    expect(metadata.publicBaseUrl).toBe(PUBLIC_BASE_URL);
    const report = await get('/internal/case_access/report', {
      authorization: basic('alice'),
      'elastic-api-version': '1',
    });
    expect(report.status).toBe(200);
    const ids = ((await report.json()).readiness as Array<{ id: string }>).map((w) => w.id);
    expect(ids).not.toContain('public-base-url-missing');
    expect(ids).toContain('email-service-unavailable');
  });
});

describe('startLocalHost with a given archive', () => {
  it('runs the server code of the archive, not the sources', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(ARCHIVE));
    zip.file(
      'kibana/caseAccess/server/index.js',
      "exports.plugin = () => { throw new Error('server code of the patched archive'); };\n"
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-host-zip-'));
    const patched = path.join(dir, 'caseAccess-9.4.0.zip');
    fs.writeFileSync(patched, await zip.generateAsync({ type: 'nodebuffer' }));
    try {
      await expect(
        startLocalHost({ port: 0, zipPath: patched, log: () => undefined })
      ).rejects.toThrow('server code of the patched archive');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.each([
  ['9.3.0', true],
  ['9.3.0', false],
  ['9.4.0', false],
])(
  'startLocalHost playing Kibana %s (host registers Cases and Connectors: %s)',
  (kibanaVersion, hostFeatures) => {
    let host: LocalHost;
    const lines: string[] = [];
    const templates = (features: unknown) =>
      /manageTemplates|cases_manage_templates/.test(JSON.stringify(features));

    beforeAll(async () => {
      host = await startLocalHost({
        port: 0,
        kibanaVersion,
        hostFeatures,
        log: (line) => lines.push(line),
      });
    }, 240_000);
    afterAll(async () => {
      await host?.stop();
    });

    it('starts the archive built for that version without a warning, and serves the report', async () => {
      expect(lines.filter((line) => /^\[(warn|error|fatal)\]/.test(line))).toEqual([]);
      const ids = host.features().map((feature) => feature.id);
      expect(ids).toEqual(
        expect.arrayContaining(['caseAccess', 'securitySolutionCasesV3', 'actions'])
      );
      const report = await fetch(`${host.url}/internal/case_access/report?space=default`, {
        headers: { authorization: basic('elastic'), 'elastic-api-version': '1' },
      });
      expect(report.status).toBe(200);
    });

    it('holds template privileges only from 9.4.0 on', () => {
      expect(templates(host.features())).toBe(kibanaVersion === '9.4.0');
    });
  }
);

describe('startLocalHost input errors', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'local-host-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('names an unreadable snapshot', async () => {
    await expect(startLocalHost({ snapshotPath: path.join(tmp, 'missing.json') })).rejects.toThrow(
      new LocalHostError(
        `Cannot read snapshot ${path.join(tmp, 'missing.json')} (ENOENT); pass a readable JSON file to --snapshot.`
      )
    );
  });

  it('names the offending path of an invalid snapshot', async () => {
    const file = path.join(tmp, 'bad.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ kibana: {}, license: {}, users: {}, roles: {}, profiles: [] })
    );
    await expect(startLocalHost({ snapshotPath: file })).rejects.toThrow(
      /^Invalid snapshot .*bad\.json: kibana\.\w+/
    );
  });

  it('refuses an unknown licence type', async () => {
    await expect(startLocalHost({ license: 'diamond' })).rejects.toThrow(
      '--license must be one of basic, standard, gold, platinum, enterprise, trial, got "diamond".'
    );
  });

  it('says when the port is busy', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, 'localhost', () => resolve()));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(startLocalHost({ port })).rejects.toThrow(
        `Port ${port} is already in use; stop what uses it or pass --port N.`
      );
    } finally {
      blocker.close();
    }
  });
});
