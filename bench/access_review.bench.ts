/**
 * Access review benchmark: the CLI `diff` of two 10k-user, 20-space directories (the second one a quarter later:
 * users added, removed and given or stripped of roles, roles edited, a space's settings changed), end to end from
 * the two files (read, parse, evaluate both, diff, write JSON); and `simulate` of a new privilege set for a role
 * held by 1,000 of the 10k users, and of one user's roles, on an already read directory as the route does.
 * Targets: diff < 2 s; role simulation < 200 ms. Medians of several runs after a warm-up run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { estypes } from '@elastic/elasticsearch';
import { main } from '../cli/main';
import { simulate, type SimulationRequest } from '../common/diff';
import type { DirectorySnapshot } from '../common/snapshot';
import { generateDirectory, seededRandom } from './generate';

const USERS = 10_000;
const ROLES = 1_000;
const SPACES = 20;
const SEED = 20261207;
const HOLDERS = 1_000;
const DIFF_RUNS = 3;
const SIMULATE_RUNS = 9;
const TARGET_DIFF_MS = 2_000;
const TARGET_SIMULATE_MS = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The directory a quarter later: role grants, joiners and leavers, redefined roles; with `spaceChange`, also Cases
 * disabled in one space (a heavy quarter: every management user of that space changes).
 */
function quarterLater(before: DirectorySnapshot, spaceChange: boolean): DirectorySnapshot {
  const random = seededRandom(SEED + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const after: DirectorySnapshot = structuredClone(before);
  const roleNames = Object.keys(after.roles).filter((name) => name.startsWith('role_'));
  const usernames = Object.keys(after.users);
  for (let i = 0; i < 300; i++) after.users[pick(usernames)].roles.push(pick(roleNames));
  for (let i = 0; i < 300; i++) after.users[pick(usernames)].roles.shift();
  for (let i = 0; i < 50; i++) delete after.users[pick(usernames)];
  for (let i = 0; i < 50; i++) {
    const username = `joiner${i}`;
    after.users[username] = { username, roles: [pick(roleNames)], metadata: {}, enabled: true };
  }
  for (let i = 0; i < 20; i++) {
    const role = after.roles[pick(roleNames)];
    role.applications = [
      {
        application: 'kibana-.kibana',
        privileges: [pick(['feature_generalCasesV3.all', 'feature_securitySolutionCasesV3.read'])],
        resources: ['*'],
      },
    ];
  }
  if (spaceChange) {
    after.kibana.spaces[1] = { ...after.kibana.spaces[1], disabledFeatures: ['generalCasesV3'] };
  }
  return after;
}

/** The directory with `bench_shared` given to `HOLDERS` users. */
function withSharedRole(directory: DirectorySnapshot): DirectorySnapshot {
  const shared: DirectorySnapshot = structuredClone(directory);
  shared.roles.bench_shared = {
    cluster: [],
    indices: [],
    applications: [
      {
        application: 'kibana-.kibana',
        privileges: ['feature_generalCasesV3.read'],
        resources: ['*'],
      },
    ],
    metadata: {},
  };
  const usernames = Object.keys(shared.users);
  const step = Math.floor(usernames.length / HOLDERS);
  for (let i = 0; i < HOLDERS; i++) shared.users[usernames[i * step]].roles.push('bench_shared');
  return shared;
}

function line(name: string, ms: number, target: number, extra = ''): string {
  const verdict = ms <= target ? 'ok' : 'OVER TARGET';
  return `${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms   target < ${target} ms   ${verdict}${extra}`;
}

async function benchDiff(
  name: string,
  before: DirectorySnapshot,
  after: DirectorySnapshot
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'case-access-bench-diff-'));
  try {
    const beforeFile = path.join(dir, 'before.json');
    const afterFile = path.join(dir, 'after.json');
    writeFileSync(beforeFile, JSON.stringify(before));
    writeFileSync(afterFile, JSON.stringify(after));
    const times: number[] = [];
    let output = 0;
    let exitCode = -1;
    for (let run = 0; run <= DIFF_RUNS; run++) {
      output = 0;
      const start = performance.now();
      exitCode = await main(
        ['diff', '--before', beforeFile, '--after', afterFile, '--format', 'json'],
        {
          stdout: (text) => (output += text.length),
          stderr: (text) => process.stderr.write(text),
        }
      );
      if (run > 0) times.push(performance.now() - start);
    }
    process.exitCode = 0;
    console.log(
      line(
        `CLI diff ${USERS / 1000}k users x ${SPACES} spaces, ${name}`,
        median(times),
        TARGET_DIFF_MS,
        `   (exit ${exitCode}, ${(output / 1e6).toFixed(1)} MB of JSON out)`
      )
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchSimulate(name: string, directory: DirectorySnapshot, request: SimulationRequest) {
  const times: number[] = [];
  let result = simulate(directory, request);
  for (let run = 0; run < SIMULATE_RUNS; run++) {
    const start = performance.now();
    result = simulate(directory, request);
    times.push(performance.now() - start);
  }
  console.log(
    line(
      name,
      median(times),
      TARGET_SIMULATE_MS,
      `   (${result.evaluatedUsers} users evaluated, ${result.usersChanged} changed, ${result.changes.length} changes)`
    )
  );
}

/** JSON.parse of the 10k-user snapshot: a yardstick of the machine's speed at the time, printed beside the figures. */
function parseBaseline(directory: DirectorySnapshot): number {
  const text = JSON.stringify(directory);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    JSON.parse(text);
    times.push(performance.now() - start);
  }
  return median(times);
}

async function run(): Promise<void> {
  const before = generateDirectory({ users: USERS, roles: ROLES, spaces: SPACES, seed: SEED });
  console.log(
    `machine: load average ${loadavg()[0].toFixed(1)}; JSON.parse of one 10k-user snapshot ${parseBaseline(before).toFixed(0)} ms`
  );
  await benchDiff('quarter', before, quarterLater(before, false));
  await benchDiff('heavy quarter', before, quarterLater(before, true));

  const shared = withSharedRole(before);
  const applications: estypes.SecurityApplicationPrivileges[] = [
    {
      application: 'kibana-.kibana',
      privileges: ['feature_generalCasesV3.all', 'feature_actions.read'],
      resources: ['space:default', 'space:space-1'],
    },
  ];
  benchSimulate(`simulate role held by ${HOLDERS} of ${USERS / 1000}k users`, shared, {
    space: 'default',
    role: 'bench_shared',
    applications,
  });
  const [someone] = Object.keys(shared.users);
  benchSimulate('simulate one user gaining a role', shared, {
    space: 'default',
    username: someone,
    addRoles: ['role_1'],
  });
}

void run();
