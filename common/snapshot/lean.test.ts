/**
 * The lean check of users, roles and profiles is only a faster road to the schema's answer: for any input,
 * `validateSnapshot` must accept exactly what the schema accepts and give exactly what it gives (same keys, same
 * order, same defaults); what the schema rejects still gets the schema's message (see parse.test.ts).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { generateDirectory } from '../../bench/generate';
import { validateSnapshot } from './parse';
import { snapshotSchema } from './schema';

const SCENARIOS_DIR = path.resolve(__dirname, '../../../shared/scenarios');

type Json = unknown;

function schemaAnswer(value: Json): { ok: true; data: Json } | { ok: false } {
  const result = snapshotSchema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false };
}

function validated(value: Json): { ok: true; data: Json } | { ok: false } {
  try {
    return { ok: true, data: validateSnapshot(value) };
  } catch {
    return { ok: false };
  }
}

/** Same answer, and the same JSON text (so the same key order) when accepted. */
function expectSameAnswer(value: Json): void {
  const expected = schemaAnswer(value);
  const actual = validated(value);
  expect(actual.ok).toBe(expected.ok);
  if (actual.ok && expected.ok) {
    expect(actual.data).toStrictEqual(expected.data);
    expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data));
  }
}

const base = {
  kibana: {
    version: '9.4.0',
    buildFlavor: 'traditional',
    publicBaseUrl: null,
    emailServiceAvailable: true,
    spaces: [{ id: 'default', name: 'Default' }],
  },
  license: { type: 'gold', status: 'active' },
  users: {
    ann: { username: 'ann', roles: ['r1'], full_name: null, email: 'a@x', profile_uid: 'p1' },
    bob: { username: 'bob', roles: [], metadata: { team: 'b' }, enabled: false, extra: [1] },
  },
  roles: {
    r1: {
      cluster: ['monitor'],
      indices: [{ names: ['logs-*'], privileges: ['read'] }],
      applications: [{ application: 'kibana-.kibana', privileges: ['all'], resources: ['*'] }],
      run_as: [],
      transient_metadata: { enabled: true },
      other: 'kept',
    },
    r2: { applications: [] },
  },
  profiles: [
    {
      uid: 'p1',
      enabled: true,
      last_synchronized: 1,
      user: { username: 'ann', roles: ['r1'], realm_name: 'native1', realm_domain: 'd' },
      _doc: { _primary_term: 1, _seq_no: 2 },
    },
    { uid: 'p2', last_synchronized: 2, user: { username: 'sso', realm_name: 'saml1' } },
  ],
};

/** Paths into `base` where a changed value tests a rule of the lean check. */
const PATHS: Array<Array<string | number>> = [
  ['users'],
  ['users', 'ann'],
  ['users', 'ann', 'username'],
  ['users', 'ann', 'roles'],
  ['users', 'ann', 'roles', 0],
  ['users', 'ann', 'full_name'],
  ['users', 'ann', 'email'],
  ['users', 'ann', 'profile_uid'],
  ['users', 'bob', 'metadata'],
  ['users', 'bob', 'enabled'],
  ['users', 'bob', 'extra'],
  ['users', 'bob', '__proto__'],
  ['roles'],
  ['roles', 'r1', 'cluster'],
  ['roles', 'r1', 'indices'],
  ['roles', 'r1', 'indices', 0],
  ['roles', 'r1', 'applications'],
  ['roles', 'r1', 'applications', 0, 'application'],
  ['roles', 'r1', 'applications', 0, 'privileges'],
  ['roles', 'r1', 'applications', 0, 'resources', 0],
  ['roles', 'r1', 'run_as'],
  ['roles', 'r1', 'metadata'],
  ['roles', 'r1', 'transient_metadata'],
  ['roles', 'r2'],
  ['profiles'],
  ['profiles', 0, 'uid'],
  ['profiles', 0, 'enabled'],
  ['profiles', 0, 'last_synchronized'],
  ['profiles', 0, 'user'],
  ['profiles', 0, 'user', 'username'],
  ['profiles', 0, 'user', 'roles'],
  ['profiles', 0, 'user', 'realm_name'],
  ['profiles', 0, 'user', 'realm_domain'],
  ['profiles', 1, 'labels'],
  ['profiles', 1, 'data'],
  ['kibana', 'spaces'],
  ['license', 'type'],
];

const VALUES: Json[] = [
  undefined,
  null,
  true,
  0,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  [],
  ['a'],
  [1],
  {},
  { k: 1 },
  Object.create(null),
  { username: 'u', roles: [] },
];

function setPath(target: Json, at: Array<string | number>, value: Json, remove: boolean): void {
  let node = target as Record<string | number, Json>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = at[at.length - 1];
  if (remove) delete node[last];
  else if (last === '__proto__') Object.defineProperty(node, last, { value, enumerable: true });
  else node[last] = value;
}

describe('lean check of users, roles and profiles', () => {
  it('gives the schema answer for the shared scenarios and a generated directory', () => {
    for (const file of readdirSync(SCENARIOS_DIR).filter((name) => name.endsWith('.json'))) {
      expectSameAnswer(JSON.parse(readFileSync(path.join(SCENARIOS_DIR, file), 'utf8')).snapshot);
    }
    expectSameAnswer(
      JSON.parse(JSON.stringify(generateDirectory({ users: 300, roles: 50, spaces: 4, seed: 9 })))
    );
  });

  it('gives the schema answer when any checked field is changed or removed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.constantFrom(...PATHS),
            value: fc.constantFrom(...VALUES),
            remove: fc.boolean(),
          }),
          { minLength: 1, maxLength: 3 }
        ),
        (changes) => {
          const input = JSON.parse(JSON.stringify(base)) as Json;
          for (const { at, value, remove } of changes) {
            try {
              setPath(input, at, value, remove);
            } catch {
              return; // the path no longer exists after an earlier change
            }
          }
          expectSameAnswer(input);
        }
      ),
      { numRuns: 600 }
    );
  });
});
