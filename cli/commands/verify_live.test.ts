import { Client } from '@elastic/elasticsearch';
import { KIBANA_APPLICATION } from '../../common/constants';
import { getBuiltinFeatures } from '../../common/features';
import type { VerifyResponse } from '../../common/verify';
import { startEsSecurityFixture, type EsSecurityFixture } from '../../dev/es_security_fixture';
import { buildApplicationPrivileges } from '../../dev/local_host';
import { createActions } from '../../dev/local_host/security/actions';
import { routeTestSnapshot } from '../../server/routes/test_utils/route_harness';
import { parseReportArgs, runReport } from './report';

let es: EsSecurityFixture;

/** The seed directory, with `viewer` moved to viewing only after a login with Cases All everywhere. */
function movedViewer() {
  const snapshot = routeTestSnapshot();
  snapshot.profiles = snapshot.profiles.map((profile) =>
    profile.user.username === 'viewer'
      ? { ...profile, user: { ...profile.user, roles: ['cases_full'] } }
      : profile
  );
  return snapshot;
}

beforeEach(async () => {
  es = await startEsSecurityFixture({ snapshot: movedViewer() });
  // What Kibana registers at start, by the local host's own builder.
  const privileges = buildApplicationPrivileges(
    getBuiltinFeatures({ buildFlavor: 'traditional' }),
    {
      licenseType: 'platinum',
      actions: createActions('9.4.0'),
    }
  );
  const client = new Client({
    node: es.url,
    auth: { username: 'kibana_system', password: 'changeme' },
  });
  await client.security.putPrivileges({
    privileges: {
      [KIBANA_APPLICATION]: Object.fromEntries(
        Object.entries(privileges).map(([name, actions]) => [
          name,
          { application: KIBANA_APPLICATION, name, actions },
        ])
      ),
    },
  });
  await client.close();
});
afterEach(async () => es.stop());

async function report(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runReport(
    ['--es-url', es.url, '--username', 'elastic', '--password', 'changeme', '--verify', ...args],
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }
  );
  return { code, stdout, stderr };
}

describe('case-access report --verify', () => {
  it('checks every user with a profile with Elasticsearch and explains a role change since the login', async () => {
    const { code, stdout, stderr } = await report('--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const { verification } = JSON.parse(stdout) as { verification: VerifyResponse[] };
    expect(verification.map((result) => result.space)).toEqual(['default']);
    const [result] = verification;
    expect(result.checked).toBe(3);
    expect(result.differences.length).toBeGreaterThan(0);
    expect(new Set(result.differences.map((d) => `${d.username} ${d.reason}`))).toEqual(
      new Set(['viewer roles-changed-since-login'])
    );
  });

  it('prints the counts and each difference as text', async () => {
    const { code, stdout } = await report('--format', 'table');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Space default: 3 checked, 2 confirmed, 1 differ, \d+ not verifiable/);
    expect(stdout).toMatch(
      / {2}viewer {2}management push: report no, Elasticsearch yes \(roles-changed-since-login; cases:cases\/pushCase\)/
    );
  });

  it('says which privilege is missing when the credentials may not check profiles', async () => {
    let stderr = '';
    const code = await runReport(
      ['--es-url', es.url, '--username', 'auditor', '--password', 'changeme', '--verify'],
      { stdout: () => undefined, stderr: (text) => (stderr += text) }
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/manage_user_profile/);
  });

  it('asks for a live cluster and a json or table output', () => {
    expect(() => parseReportArgs(['--snapshot', 'x.json', '--verify'])).toThrow(
      /--verify asks a live cluster/
    );
    expect(() =>
      parseReportArgs(['--es-url', 'http://es', '--api-key', 'k', '--verify', '--format', 'csv'])
    ).toThrow(/--verify prints json or a table/);
  });
});
