import { createAccessEngine } from '../engine';
import { role, snapshot, user } from '../engine/test_utils/fixtures';
import { reviewCsvFileName, reviewCsvHeader, reviewCsvRows } from './review_csv';

/** Eve's access, built inside each test so that mutation testing credits the engine's code to the test. */
const eveAccess = () =>
  createAccessEngine(
    snapshot({
      spaces: [{ id: 'soc', name: 'Security Operations', disabledFeatures: [] }],
      users: [user('=eve', ['soc_reader'], { full_name: 'Eve' })],
      roles: { soc_reader: role(['feature_securitySolutionCasesV3.read']) },
    })
  ).report(['soc']).users[0];
const spaceName = (id: string) => (id === 'soc' ? 'Security Operations' : id);

function parse(text: string): string[][] {
  // Enough for these rows: no quoted commas except where asserted.
  return text
    .trimEnd()
    .split('\r\n')
    .map((row) => row.split(','));
}

describe('the CSV a reviewer reads', () => {
  it('has readable headers, including roles and what grants each capability', () => {
    const [header] = parse(reviewCsvHeader());
    expect(header.slice(0, 10)).toEqual([
      'User',
      'Full name',
      'Email',
      'Realm',
      'User status',
      'Profile',
      'Space',
      'Solution',
      'Access',
      'Roles',
    ]);
    expect(header).toContain('Push to external systems');
    expect(header).toContain('"""Push cases"" privilege"');
    expect(header.slice(-3)).toEqual(['Connectors', 'Granted by', 'Warnings']);
  });

  it('writes readable values: space and solution by name, Yes/No, grants by role, warnings as text', () => {
    const eve = eveAccess();
    const rows = parse(reviewCsvRows(eve, { spaceName }));
    expect(rows).toHaveLength(3);
    const security = rows.find((row) => row.includes('Security'));
    expect(security?.slice(0, 10)).toEqual([
      "'=eve",
      'Eve',
      '',
      eve.realm ?? '',
      'Enabled',
      'Active',
      'Security Operations',
      'Security',
      'View only',
      'soc_reader',
    ]);
    expect(security?.[10]).toBe('Yes'); // View cases
    expect(security?.[11]).toBe('No'); // Create cases
    expect(security).toContain('View cases: soc_reader');
  });

  it('names every role of the user, and the roles that grant each capability in name order', () => {
    const [zed] = createAccessEngine(
      snapshot({
        spaces: [{ id: 'soc', name: 'Security Operations', disabledFeatures: [] }],
        users: [user('zed', ['z_reader', 'a_reader', 'b_deleter'])],
        roles: {
          z_reader: role(['feature_securitySolutionCasesV3.read']),
          a_reader: role(['feature_securitySolutionCasesV3.read']),
          b_deleter: role([
            'feature_securitySolutionCasesV3.minimal_read',
            'feature_securitySolutionCasesV3.cases_delete',
          ]),
        },
      })
    ).report(['soc']).users;
    const [security] = parse(reviewCsvRows(zed, { spaceName, solutions: ['security'] }));
    expect(security[9]).toBe('z_reader; a_reader; b_deleter');
    // The "Granted by" cell holds commas, so it is quoted: read it from the raw line.
    const line = reviewCsvRows(zed, { spaceName, solutions: ['security'] });
    expect(line).toContain(
      '"View cases: a_reader, b_deleter, z_reader; Delete cases and comments: b_deleter"'
    );
  });

  it('holds only the solution the table shows', () => {
    const rows = parse(reviewCsvRows(eveAccess(), { spaceName, solutions: ['security'] }));
    expect(rows).toHaveLength(1);
    expect(rows[0][7]).toBe('Security');
  });

  it('names the file after the space, the day and whether it is filtered', () => {
    const day = new Date('2026-12-07T17:00:00Z');
    expect(reviewCsvFileName('soc', day, false)).toBe('case-access_soc_2026-12-07.csv');
    expect(reviewCsvFileName('soc/eu 1', day, true)).toBe(
      'case-access_soc_eu_1_2026-12-07_filtered.csv'
    );
  });
});
