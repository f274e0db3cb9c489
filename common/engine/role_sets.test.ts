/**
 * Users are grouped by the set of roles they hold; that grouping must never merge two different sets, and must
 * cost time in proportion to the roles a user lists, whatever their number and order.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { validateSnapshot } from '../snapshot';
import { createAccessEngine } from '.';

const SCENARIO = path.resolve(__dirname, '../../test/fixtures/scenarios/seed-sections.json');
const seed = () => JSON.parse(readFileSync(SCENARIO, 'utf8')).snapshot;
const casesAll = {
  applications: [
    {
      application: 'kibana-.kibana',
      privileges: ['feature_securitySolutionCasesV3.all'],
      resources: ['*'],
    },
  ],
};
const nothing = { applications: [] };

describe('role sets', () => {
  it('keeps roles ["x", "y"] and ["x\\u0000y"] apart', () => {
    const snapshot = seed();
    snapshot.roles = { x: casesAll, y: nothing, 'x\u0000y': nothing };
    snapshot.users = {
      a: { username: 'a', roles: ['x', 'y'] },
      b: { username: 'b', roles: ['x\u0000y'] },
    };
    snapshot.profiles = [];
    const users = createAccessEngine(validateSnapshot(snapshot)).report().users;
    const level = (u: number) => users[u].spaces[0].solutions.security.level;
    expect([users[0].username, level(0)]).toEqual(['a', 'full']);
    expect([users[1].username, level(1)]).toEqual(['b', 'none']);
  });

  it('reports a user holding 100,000 roles, existing and missing, in any order', () => {
    const snapshot = seed();
    const roles: Record<string, unknown> = {};
    const held: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      roles[`role-${i}`] = i === 49_999 ? casesAll : nothing;
      held.push(`role-${i}`, `gone-${i}`);
    }
    held.reverse();
    held.push('role-7', 'gone-7');
    snapshot.roles = roles;
    snapshot.users = { many: { username: 'many', roles: held } };
    snapshot.profiles = [];
    const [user] = createAccessEngine(validateSnapshot(snapshot)).report().users;
    expect(user.roles).toHaveLength(100_002);
    expect(user.spaces[0].solutions.security.level).toBe('full');
    const missing = user.warnings.find((warning) => warning.id === 'role-not-readable');
    expect(missing?.message).toContain('gone-0');
  });
});
