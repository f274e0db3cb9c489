import { createAccessEngine } from '../engine';
import { role, snapshot, user } from '../engine/test_utils/fixtures';
import { CSV_COLUMNS, csvCell, csvHeader, csvRows, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['\nx', `"'\nx"`],
    ['\0x', "'\0x"],
    [' =HYPERLINK("x")', `"' =HYPERLINK(""x"")"`],
    ['  @SUM(A1)', "'  @SUM(A1)"],
    ['a-b', 'a-b'],
    ['a b', 'a b'],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
    ['', ''],
    ['=', "'="],
    ['x=1', 'x=1'],
    ['\0=x', "'\0=x"],
    [' \t+1', "' \t+1"],
    ['a\tb', 'a\tb'],
    ['a\nb', '"a\nb"'],
    ['a\rb', '"a\rb"'],
    ['say "hi"', '"say ""hi"""'],
    ['a"b,c', '"a""b,c"'],
  ])('escapes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('csvCell with values that are not text', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [true, 'true'],
    [false, 'false'],
    [0, '0'],
    [42, '42'],
  ])('writes %p as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  // Built inside each test, so that mutation testing credits the engine and the CSV code to these tests.
  const reportUsers = () =>
    createAccessEngine(
      snapshot({
        spaces: [
          { id: 'default', name: 'Default', disabledFeatures: [] },
          { id: 'soc', name: 'SOC', disabledFeatures: [] },
        ],
        users: [user('=evil', ['r'], { full_name: 'Eve, "E"' })],
        roles: { r: role(['feature_securitySolutionCasesV3.read']) },
      })
    ).report().users;

  it('has one row per user, space and solution after the header', () => {
    const users = reportUsers();
    const lines = toCsv(users).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 2 * 3);
    expect(csvHeader() + csvRows(users[0])).toBe(toCsv(users));
  });

  it('neutralises formulas and quotes separators in user data', () => {
    const users = reportUsers();
    const row = csvRows(users[0]).split('\r\n')[1];
    expect(row.startsWith(`'=evil,"Eve, ""E""",`)).toBe(true);
    expect(row).toContain(',default,security,view,true,false');
  });
});
