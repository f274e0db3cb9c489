import { createAccessEngine } from '../engine';
import {
  SECURITY_ALERTS_READ,
  role,
  snapshot,
  user,
  withIndices,
} from '../engine/test_utils/fixtures';
import {
  formatReportTable,
  longestName,
  noUsersLine,
  readinessBlock,
  tableLayout,
  wrap,
} from './table';

const ESC = '\u001b';
const BEL = '\u0007';

function reportOf(users: ReturnType<typeof user>[], spaces = [{ id: 'default', name: 'Default' }]) {
  const input = snapshot({
    license: { type: 'gold', status: 'active' },
    users,
    roles: {
      r: role(['feature_generalCasesV3.all', 'feature_actions.read']),
      // Security alerts are searched as the user: adding them to cases also needs read on the alerts index.
      sec: withIndices(
        role(['feature_securitySolutionCasesV3.all', 'feature_siemV3.all', 'feature_actions.all']),
        [SECURITY_ALERTS_READ]
      ),
    },
    spaces: spaces.map((space) => ({ ...space, disabledFeatures: [] })),
  });
  return createAccessEngine(input).report();
}

describe('formatReportTable', () => {
  it('shows readiness, then each space with levels, Add alerts and Push in words', () => {
    const text = formatReportTable(reportOf([user('ann', ['r']), user('bob', [])]), {
      default: 'Default',
    });
    expect(text).toContain('[warning] license-below-platinum:');
    expect(text).toContain('Space Default (default)');
    const lines = text.split('\n');
    expect(lines.find((line) => line.startsWith('User'))?.split(/\s{2,}/)).toEqual([
      'User',
      'Management',
      'Security',
      'Observability',
      'Assignable',
      'Add alerts',
      'Push',
      'Connectors',
    ]);
    const at = lines.findIndex((line) => line.startsWith('ann'));
    expect(lines[at].split(/\s{2,}/)).toEqual([
      'ann',
      'Full',
      'None',
      'None',
      'No',
      'No',
      'Yes',
      'Read',
    ]);
    // Warnings are text on an indented line of their own, in words, not ids.
    expect(lines[at + 1]).toBe('    Warnings: Cannot add alerts to cases: no access to alerts');
    expect(lines.find((line) => line.startsWith('bob'))).toMatch(
      /^bob\s+None\s+None\s+None\s+No\s+No\s+No\s+None$/
    );
  });

  it('says Yes for Add alerts where a user can add alerts to cases', () => {
    const text = formatReportTable(reportOf([user('sam', ['sec'])]));
    const sam = text.split('\n').find((line) => line.startsWith('sam'));
    expect(sam?.split(/\s{2,}/).slice(4)).toEqual(['No', 'Yes', 'Yes', 'All']);
  });

  it('fits a narrow terminal, wrapping long names and messages', () => {
    const long = `${'very-long-user-name-'.repeat(3)}end`;
    const longer = `${'even-longer-user-name-'.repeat(5)}end`;
    const text = formatReportTable(reportOf([user(long, ['r']), user(longer, [])]), {}, 80);
    expect(text.replace(/\s+/g, '')).toContain(longer);
    for (const line of text.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text.replace(/\s+/g, '')).toContain(long);
    // Too narrow for one line per user: the name, then the cells on an indented line.
    const lines = text.split('\n');
    expect(lines[lines.indexOf(long) + 1].trim().split(/\s+/)).toEqual([
      'Full',
      'None',
      'None',
      'No',
      'No',
      'Yes',
      'Read',
    ]);
  });

  it("names each of a user's warnings by its title, wrapped on indented lines within the width", () => {
    // A disabled account holding a role the role API does not show, and Cases All without Connectors or alerts.
    const disabled = { ...user('dora', ['cases_only', 'from_file']), enabled: false };
    const input = snapshot({
      license: { type: 'platinum', status: 'active' },
      users: [disabled],
      roles: { cases_only: role(['feature_generalCasesV3.all']) },
      spaces: [{ id: 'default', name: 'Default', disabledFeatures: [] }],
    });
    const text = formatReportTable(createAccessEngine(input).report(), {}, 60);
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('dora'));
    const below = lines.slice(at + 1).filter((line) => line.startsWith('    '));
    for (const line of below) expect(line.length).toBeLessThanOrEqual(60);
    expect(below.map((line) => line.trim()).join(' ')).toBe(
      'Warnings: User disabled; Roles the role API does not show are not counted; ' +
        'Cannot push to external systems: no Connectors access; ' +
        'Cannot add alerts to cases: no access to alerts'
    );
  });

  it('wraps a long name within its column when the terminal is wide enough', () => {
    const long = 'x'.repeat(90);
    const text = formatReportTable(reportOf([user(long, ['r'])]), {}, 120);
    for (const line of text.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(120);
    const at = text.split('\n').findIndex((line) => line.startsWith('xxx'));
    expect(text.split('\n')[at]).toMatch(/^x+\s+Full\s+None/);
  });

  it('escapes terminal control characters in names, space names and messages', () => {
    const hostile = `${ESC}]0;owned${BEL}\r${ESC}[2J\u0000\u202Eevil`;
    const text = formatReportTable(
      reportOf([user(hostile, ['r', `missing${ESC}[31m`])], [{ id: 'default', name: `D${ESC}c` }]),
      { default: `D${ESC}c` }
    );
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters in the output
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\\x1b]0;owned\\x07\\x0d\\x1b[2J\\x00\\u202eevil');
    expect(text).toContain('D\\x1bc');
  });

  it('lays out any number of users', () => {
    const [one] = reportOf([user('u', ['r'])]).users;
    const users = Array.from({ length: 130_000 }, (_, i) => ({ ...one, username: `user-${i}` }));
    const text = formatReportTable({ readiness: [], users });
    expect(text.split('\n').filter((line) => line.startsWith('user-'))).toHaveLength(130_000);
  });
});

describe('wrap', () => {
  it.each<[string, number, string[]]>([
    ['', 10, ['']],
    ['abcdef', 6, ['abcdef']],
    ['abcdefg', 6, ['abcdef', 'g']],
    ['hello world foo', 11, ['hello world', 'foo']],
    ['hello world foo', 12, ['hello world', 'foo']],
    // A space in the first half of the line would leave it too short: cut at the width instead.
    ['ab cdefghij', 6, ['ab cde', 'fghij']],
    ['abc defghij', 6, ['abc de', 'fghij']],
    ['abcd efghij', 6, ['abcd', 'efghij']],
    ['abc', 0, ['a', 'b', 'c']],
    ['a    b', 3, ['a', 'b']],
  ])('cuts %j at width %i into %j', (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });
});

describe('tableLayout', () => {
  // The fixed columns: each as wide as its header or its widest value (Management, Security "View only",
  // Observability, Assignable, Add alerts, Push, Connectors), two spaces apart: 66 + 7 × 2 = 80 characters.
  const FIXED = [10, 9, 13, 10, 10, 4, 10];

  it('gives the user column the room left, never less than its header', () => {
    expect(tableLayout(1, 120)).toMatchObject({
      widths: [4, ...FIXED],
      width: 120,
      stacked: false,
    });
    expect(tableLayout(30, 120)).toMatchObject({ widths: [30, ...FIXED], stacked: false });
    expect(tableLayout(60, 120)).toMatchObject({ widths: [40, ...FIXED], stacked: false });
    expect(tableLayout(4, 84)).toMatchObject({ widths: [4, ...FIXED], stacked: false });
    expect(tableLayout(20, 92)).toMatchObject({ widths: [12, ...FIXED], stacked: false });
  });

  it('stacks each name above its cells when fewer than 12 characters (or the name) are left', () => {
    expect(tableLayout(4, 83)).toMatchObject({ widths: [83, ...FIXED], width: 83, stacked: true });
    expect(tableLayout(20, 91)).toMatchObject({ widths: [91, ...FIXED], stacked: true });
  });

  it('heads the table with the documented column names', () => {
    expect(tableLayout(4).header).toEqual([
      'User',
      'Management',
      'Security',
      'Observability',
      'Assignable',
      'Add alerts',
      'Push',
      'Connectors',
    ]);
  });
});

describe('the parts of the table', () => {
  it('writes no readiness block when nothing is wrong, and "No users." for an empty space', () => {
    expect(readinessBlock([])).toBe('');
    expect(noUsersLine()).toBe('No users.\n');
    expect(formatReportTable({ readiness: [], users: [] })).toBe('No users.\n');
  });

  it('writes each readiness warning with its severity and id, wrapped and indented', () => {
    const block = readinessBlock(
      [
        { id: 'license-expired', severity: 'critical', message: 'The licence expired.' },
        { id: 'no-profile', severity: 'info', message: 'one two three four five six seven' },
      ] as Parameters<typeof readinessBlock>[0],
      40
    );
    expect(block).toBe(
      [
        'Readiness',
        '  [critical] license-expired: The',
        '    licence expired.',
        '  [info] no-profile: one two three',
        '    four five six seven',
        '',
        '',
      ].join('\n')
    );
  });

  it('measures names as printed, with control characters escaped', () => {
    expect(longestName([])).toBe(0);
    expect(longestName(['ann', 'bob-the-builder', 'x'])).toBe(15);
    expect(longestName([`a${ESC}b`])).toBe('a\\x1bb'.length);
  });
});
