import { readFileSync } from 'fs';
import path from 'path';
import { parseSnapshot, SnapshotError, validateSnapshot } from './parse';

// The tests break raw JSON on purpose, so its shape is left unchecked here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawSnapshot = any;

const SCENARIO = path.resolve(__dirname, '../../test/fixtures/scenarios/seed-sections.json');
const valid = () => JSON.parse(readFileSync(SCENARIO, 'utf8')).snapshot;

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    return (error as Error).message;
  }
  throw new Error('expected a SnapshotError');
}

describe('parseSnapshot', () => {
  it('accepts a scenario snapshot and fills defaults', () => {
    const input = valid();
    delete input.roles.cases_full.cluster;
    const parsed = parseSnapshot(JSON.stringify(input));
    expect(parsed.roles.cases_full.cluster).toEqual([]);
    expect(Object.keys(parsed.users)).toContain('assignee_new');
  });

  it('rejects text that is not JSON', () => {
    expect(errorOf(() => parseSnapshot('{"kibana": '))).toMatch(/^snapshot: not valid JSON/);
  });

  it('rejects a value that is not an object', () => {
    expect(errorOf(() => validateSnapshot([]))).toMatch(/^snapshot: expected a JSON object/);
  });

  it.each([
    [
      'resources given as a string',
      (s: RawSnapshot) => (s.roles.cases_full.applications[0].resources = 'space:soc'),
      'roles.cases_full.applications[0].resources: expected an array of strings',
    ],
    [
      'a privilege that is not a string',
      (s: RawSnapshot) => (s.roles.cases_full.applications[0].privileges[1] = 7),
      'roles.cases_full.applications[0].privileges[1]: expected a string',
    ],
    [
      'a missing licence type',
      (s: RawSnapshot) => delete s.license.type,
      'license.type: is missing',
    ],
    [
      'an unknown licence type',
      (s: RawSnapshot) => (s.license.type = 'diamond'),
      'license.type: expected one of "basic", "standard", "gold", "platinum", "enterprise", "trial"',
    ],
    [
      'a role name with a dot',
      (s: RawSnapshot) => (s.roles['ops.team'] = { applications: 'all' }),
      'roles["ops.team"].applications: expected an array of application privileges',
    ],
    [
      'no spaces',
      (s: RawSnapshot) => (s.kibana.spaces = []),
      'kibana.spaces: expected at least one space',
    ],
    [
      'a user without roles',
      (s: RawSnapshot) => delete s.users.full.roles,
      'users.full.roles: expected an array of strings',
    ],
  ])('names the path for %s', (_, mutate, expected) => {
    const input = valid();
    mutate(input);
    expect(errorOf(() => validateSnapshot(input))).toContain(expected);
  });

  it('ignores roles of other applications', () => {
    const input = valid();
    input.roles.other = {
      applications: [{ application: 'myapp', privileges: ['x'], resources: ['*'] }],
    };
    expect(() => validateSnapshot(input)).not.toThrow();
  });

  it('counts further problems in one line', () => {
    const input = valid();
    delete input.license;
    delete input.kibana;
    const message = errorOf(() => validateSnapshot(input));
    expect(message).toMatch(/\(and 1 more problem\)$/);
    expect(message).not.toContain('\n');
  });
});
