import fs from 'fs';
import path from 'path';

import { createAccessEngine } from '../../common/engine';
import { ACCESS_LEVELS, RETIRED_WARNING_IDS, WARNING_IDS } from '../../common/report/types';
import type { Report, WarningId } from '../../common/report/types';
import { parseSnapshot } from '../../common/snapshot';
import type { DirectorySnapshot } from '../../common/snapshot';

const demo = parseSnapshot(fs.readFileSync(path.join(__dirname, 'demo_directory.json'), 'utf8'));

function warningIds(report: Report): Set<WarningId> {
  const ids = new Set<WarningId>(report.readiness.map((w) => w.id));
  for (const user of report.users) {
    for (const w of user.warnings) ids.add(w.id);
    for (const space of user.spaces) {
      for (const access of Object.values(space.solutions))
        for (const w of access.warnings) ids.add(w.id);
    }
  }
  return ids;
}

const variant = (change: (snapshot: DirectorySnapshot) => void): DirectorySnapshot => {
  const copy = structuredClone(demo);
  change(copy);
  return copy;
};

/**
 * Warnings that exclude each other or the demo's purpose: the demo runs on Platinum (so assignment shows), on a
 * traditional deployment, with every part of the directory readable. Each is shown by the flag or state that
 * brings it, on the same directory.
 */
const VARIANTS: Array<[WarningId[], string, DirectorySnapshot]> = [
  [
    ['license-below-gold', 'license-below-platinum'],
    '--license basic',
    variant((s) => (s.license.type = 'basic')),
  ],
  [['license-expired'], 'an expired licence', variant((s) => (s.license.status = 'expired'))],
  [
    ['serverless-observability-editor'],
    '--serverless',
    variant((s) => (s.kibana.buildFlavor = 'serverless')),
  ],
  [
    ['role-disabled-by-license'],
    '--license gold (the local host marks the document-level-security role disabled, as Elasticsearch does)',
    variant((s) => {
      s.license.type = 'gold';
      s.roles.cases_viewer_dls.transient_metadata = { enabled: false };
    }),
  ],
  [
    ['partial-directory'],
    'profiles the server could not read',
    variant((s) => (s.partial = [{ part: 'profiles', reason: 'missing read_security' }])),
  ],
];
const VARIANT_IDS = [...VARIANTS.flatMap(([ids]) => ids), ...RETIRED_WARNING_IDS];

describe('the embedded demo directory', () => {
  const engine = createAccessEngine(demo);
  const report = engine.report();

  it('has about a dozen users across three spaces', () => {
    expect(engine.spaces().map((s) => s.id)).toEqual(['default', 'soc', 'obs']);
    expect(report.users.length).toBeGreaterThanOrEqual(10);
    expect(report.users.length).toBeLessThanOrEqual(15);
  });

  it('shows every warning of the model that a Platinum traditional deployment can have', () => {
    const ids = warningIds(report);
    expect(WARNING_IDS.filter((id) => !VARIANT_IDS.includes(id) && !ids.has(id))).toEqual([]);
  });

  it.each(VARIANTS)('shows %j with %s', (ids, _how, snapshot) => {
    const found = warningIds(createAccessEngine(snapshot).report());
    expect(ids.filter((id) => !found.has(id))).toEqual([]);
  });

  it('shows every access level, assignable and unassignable holders, and single sign-on users', () => {
    const cells = report.users.flatMap((user) =>
      user.spaces.flatMap((space) =>
        Object.values(space.solutions).map((access) => ({ user, access }))
      )
    );
    for (const level of ACCESS_LEVELS)
      expect(cells.some(({ access }) => access.level === level)).toBe(true);
    expect(cells.some(({ access }) => access.assignable)).toBe(true);
    expect(cells.some(({ access }) => access.capabilities.read && !access.assignable)).toBe(true);
    expect(report.users.some((user) => user.profile === null)).toBe(true);
    expect(report.users.some((user) => !user.enabled)).toBe(true);
    expect(report.users.some((user) => user.realm === 'saml1')).toBe(true);
  });

  it('shows the corrected answers of issue 10', () => {
    const row = (name: string, space: string) =>
      createAccessEngine(demo).evaluateUser(name, [space]);
    // Sam's role reads the soc space's Security alerts index, so Sam can add Security alerts there.
    expect(row('sam', 'soc')?.spaces[0].solutions.security.addAlerts).toBe(true);
    // Dora's profile still holds the Cases viewer role from her last login: offered until she logs in again.
    const dora = row('dora', 'default')?.spaces[0].solutions.management;
    expect(dora).toMatchObject({ level: 'none', assignable: true });
    expect(dora?.warnings.map((w) => w.id)).toContain('roles-changed-since-login');
    // Dan's account is disabled but his profile is enabled: the assignee picker still offers him.
    expect(row('dan', 'default')?.spaces[0].solutions.management.assignable).toBe(true);
    // The soc space hides Observability cases, which the Cases API still authorises.
    expect(engine.spaceReadiness('soc').map((w) => w.id)).toEqual(['hidden-not-revoked']);
  });

  it('leaves server.publicBaseUrl unset so the callout shows until --public-base-url is given', () => {
    expect(demo.kibana.publicBaseUrl).toBeNull();
    expect(report.readiness.map((w) => w.id)).toContain('public-base-url-missing');
  });
});
