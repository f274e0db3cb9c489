/**
 * Names are data: users and roles named like JavaScript's object internals are ordinary names in Elasticsearch and
 * must reach the report like any other; a user entry filed under another user's name is refused.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { createAccessEngine } from '../engine';
import { parseSnapshot, SnapshotError, validateSnapshot } from '.';

const SCENARIO = path.resolve(__dirname, '../../test/fixtures/scenarios/seed-sections.json');
const seedText = () => readFileSync(SCENARIO, 'utf8');
const seed = () => JSON.parse(seedText()).snapshot;
/** Every privilege of the Kibana application, everywhere. */
const KIBANA_SUPERUSER = {
  applications: [{ application: 'kibana-.kibana', privileges: ['*'], resources: ['*'] }],
};
const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** JSON text: JSON.parse keeps `__proto__` as an ordinary key, where an object literal would not. */
function withHostileNames(): string {
  const snapshot = seed();
  const users = HOSTILE.map(
    (name) => `${JSON.stringify(name)}: ${JSON.stringify({ username: name, roles: [name] })}`
  );
  const roles = HOSTILE.map(
    (name) => `${JSON.stringify(name)}: ${JSON.stringify(KIBANA_SUPERUSER)}`
  );
  const text = JSON.stringify({ ...snapshot, users: {}, roles: {}, profiles: [] });
  return text
    .replace('"users":{}', `"users":{${users.join(',')}}`)
    .replace('"roles":{}', `"roles":{${roles.join(',')}}`);
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    return (error as Error).message;
  }
  throw new Error('expected a SnapshotError');
}

describe('names that are JavaScript object internals', () => {
  it('keeps every such user and role, with its own access', () => {
    const snapshot = parseSnapshot(withHostileNames());
    expect(Object.keys(snapshot.users).sort()).toEqual([...HOSTILE].sort());
    expect(Object.keys(snapshot.roles).sort()).toEqual([...HOSTILE].sort());
    const users = createAccessEngine(snapshot).report().users;
    expect(users.map((user) => user.username)).toEqual([...HOSTILE].sort());
    for (const user of users) {
      expect(user.warnings.map((warning) => warning.id)).not.toContain('role-not-readable');
      for (const space of user.spaces) expect(space.solutions.security.level).toBe('full');
    }
  });

  it('does not take a missing role named like an object internal for an existing one', () => {
    const snapshot = seed();
    snapshot.users = { alice: { username: 'alice', roles: ['constructor', 'toString'] } };
    const users = createAccessEngine(validateSnapshot(snapshot)).report().users;
    expect(users[0].warnings.map((warning) => warning.id)).toContain('role-not-readable');
    expect(users[0].spaces[0].solutions.security.level).toBe('none');
  });
});

describe('user keys', () => {
  it('refuses an entry whose key is not its username, naming both', () => {
    const snapshot = seed();
    snapshot.users.mallory = { ...snapshot.users.full, username: 'full' };
    delete snapshot.users.full;
    const message = errorOf(() => validateSnapshot(snapshot));
    expect(message).toBe(
      'users.mallory.username: the entry under the key "mallory" has the username "full"; ' +
        'the key and the username must be the same'
    );
  });
});

describe('file text', () => {
  it('reads a snapshot that starts with a UTF-8 byte order mark', () => {
    const text = `\uFEFF${JSON.stringify(seed())}`;
    expect(Object.keys(parseSnapshot(text).users)).toEqual(Object.keys(seed().users));
  });

  it.each([
    ['', 'the file is empty'],
    ['{"kibana": ', 'the text ends too early'],
    ['{"a": 1}\n x', 'unexpected text at line 2, column 2'],
    ['{"a": "\u001b[2J\u0007"}', 'unexpected text at line 1, column 8'],
  ])('says where JSON %j breaks, in words and without quoting it', (text, problem) => {
    const message = errorOf(() => parseSnapshot(text));
    expect(message).toBe(`snapshot: not valid JSON (${problem})`);
  });

  it('quotes a long or hostile key briefly and escaped', () => {
    const snapshot = seed();
    const key = `\u001b]0;pwned\u0007${'x'.repeat(100_000)}`;
    snapshot.roles[key] = { applications: 'nope' };
    const message = errorOf(() => validateSnapshot(snapshot));
    expect(message.length).toBeLessThan(200);
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters in the output
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(message).toContain('\\u001b]0;pwned\\u0007');
    expect(message).toContain('(100010 characters)');
  });
});
