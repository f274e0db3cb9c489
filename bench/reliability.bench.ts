/**
 * Reliability benchmark: the figures of hostile directories, slow readers and load, each beside its target.
 *
 * - roles per user: one user holding 100,000 roles (half missing, in reverse order), parsed and reported.
 * - JSON output: the CLI's streamed JSON against the least it can cost (parse the snapshot, JSON.stringify the same
 *   report, write it), as a ratio.
 * - piped memory: the CLI's JSON report of 30k users piped to a reader that starts late; peak RSS of the CLI.
 * - throughput: cached `/report` at 50 concurrent callers against `/internal/security/me` on the same host
 *   (autocannon, both in one run), 10k users and 20 spaces.
 * - refresh storm: 200 concurrent `refresh=true` callers; peak RSS of the host, then one plain `/report`.
 *
 * Load only ever targets 127.0.0.1, a server this script starts, for a bounded time and number of connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { reportJsonPieces } from '../cli/commands/report_output';
import { createAccessEngine } from '../common/engine';
import { parseSnapshot } from '../common/snapshot';
import { generateDirectory } from './generate';

const ROOT = path.resolve(__dirname, '..');
const TARGET_ROLES_MS = 2_000;
const TARGET_JSON_RATIO = 1.5;
const TARGET_PIPED_MB = 400;
const TARGET_THROUGHPUT_SHARE = 0.5;
const TARGET_STORM_MB = 1_024;
const TARGET_AFTER_STORM_MS = 1_000;
/** Load generator settings: bounded in connections and seconds. */
const THROUGHPUT_CONNECTIONS = 50;
const THROUGHPUT_SECONDS = 10;
const STORM_CONNECTIONS = 200;
const STORM_SECONDS = 30;
/** The reader of the piped report starts this late. */
const READER_DELAY_MS = 3_000;

const mb = (bytes: number) => bytes / 1024 / 1024;
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
const dir = mkdtempSync(path.join(tmpdir(), 'case-access-reliability-'));

function rolesPerUser(): void {
  const base = generateDirectory({ users: 1, roles: 1, spaces: 2, seed: 1 });
  const roles: Record<string, unknown> = {};
  const held: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    roles[`role-${i}`] = { applications: [] };
    held.push(`role-${i}`, `gone-${i}`);
  }
  held.reverse();
  const text = JSON.stringify({
    ...base,
    roles,
    users: { many: { username: 'many', roles: held } },
    profiles: [],
  });
  const start = performance.now();
  const report = createAccessEngine(parseSnapshot(text)).report();
  const ms = performance.now() - start;
  if (report.users[0].roles.length !== 100_000) throw new Error('the user lost roles');
  console.log(
    `roles per user   100,000 roles: ${ms.toFixed(0)} ms (target < ${TARGET_ROLES_MS} ms: ${verdict(
      ms < TARGET_ROLES_MS
    )})`
  );
}

function jsonRatio(): void {
  const text = JSON.stringify(generateDirectory({ users: 3_000, roles: 300, spaces: 5, seed: 3 }));
  const out = openSync('/dev/null', 'w');
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    // The least: parse, stringify the report (built beforehand, untimed), write.
    const report = createAccessEngine(parseSnapshot(text)).report();
    let start = performance.now();
    JSON.parse(text);
    writeSync(out, `${JSON.stringify(report, null, 2)}\n`);
    const least = performance.now() - start;
    // The CLI: parse and check, evaluate, stream one user at a time, write in chunks.
    start = performance.now();
    const engine = createAccessEngine(parseSnapshot(text));
    let buffer = '';
    for (const piece of reportJsonPieces(engine.readiness(), engine.reportUsers())) {
      buffer += piece;
      if (buffer.length > 65_536) {
        writeSync(out, buffer);
        buffer = '';
      }
    }
    writeSync(out, buffer);
    samples.push((performance.now() - start) / least);
  }
  closeSync(out);
  const ratio = samples.sort((a, b) => a - b)[2];
  console.log(
    `JSON output      3k users, 5 spaces: ${ratio.toFixed(2)}× the least (parse + stringify + write) ` +
      `(target < ${TARGET_JSON_RATIO}×: ${verdict(ratio < TARGET_JSON_RATIO)})`
  );
}

async function pipedMemory(): Promise<void> {
  const file = path.join(dir, 'piped.json');
  writeFileSync(
    file,
    JSON.stringify(generateDirectory({ users: 30_000, roles: 1_000, spaces: 3, seed: 5 }))
  );
  const probe = path.join(dir, 'max_rss.js');
  writeFileSync(
    probe,
    "process.on('exit', () => require('fs').writeSync(2, `MAXRSS ${process.resourceUsage().maxRSS}\\n`));\n"
  );
  const child = spawn(
    process.execPath,
    [
      '-r',
      probe,
      path.join(ROOT, 'bin/case-access.js'),
      'report',
      '--snapshot',
      file,
      '--format',
      'json',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.pause();
  await sleep(READER_DELAY_MS);
  let bytes = 0;
  child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
  child.stdout.resume();
  const code = await new Promise((resolve) => child.on('close', resolve));
  const kb = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? NaN);
  const peak = kb / 1024;
  if (code !== 0) throw new Error(`the CLI exited ${String(code)}: ${stderr}`);
  console.log(
    `piped memory     30k users, ${(bytes / 1e9).toFixed(2)} GB of JSON, reader ${READER_DELAY_MS / 1000} s late: ` +
      `peak ${peak.toFixed(0)} MB (target < ${TARGET_PIPED_MB} MB: ${verdict(peak < TARGET_PIPED_MB)})`
  );
}

/** The resident memory of a process now, from /proc (Linux). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'support/serve_directory.ts'), '10000', '1000', '20'],
    { stdio: ['pipe', 'pipe', 'inherit'], cwd: ROOT }
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the server exited ${String(code)}`)));
  });
  if (!new URL(url).hostname.startsWith('127.0.0.1')) throw new Error(`not local: ${url}`);
  return { child, url };
}

const HEADERS = {
  authorization: `Basic ${Buffer.from('elastic:changeme').toString('base64')}`,
  'elastic-api-version': '1',
};

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers: HEADERS });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

async function load(url: string, connections: number, seconds: number) {
  const result = await autocannon({ url, connections, duration: seconds, headers: HEADERS });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function server(): Promise<void> {
  const { child, url } = await startServer();
  const report = `${url}/internal/case_access/report?space=default`;
  try {
    await timed(report);
    // Both routes in one run, one after the other, the cache warm for /report.
    const me = await load(
      `${url}/internal/security/me`,
      THROUGHPUT_CONNECTIONS,
      THROUGHPUT_SECONDS
    );
    await timed(`${report}&refresh=true`);
    const cached = await load(report, THROUGHPUT_CONNECTIONS, THROUGHPUT_SECONDS);
    const share = cached.rps / me.rps;
    const line = (label: string, r: typeof me) =>
      `  ${label.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} req/s   p99 ${String(r.p99).padStart(5)} ms   ${r.errors} errors`;
    console.log(
      `throughput       10k users, 20 spaces, ${THROUGHPUT_CONNECTIONS} concurrent, ${THROUGHPUT_SECONDS} s each`
    );
    console.log(line('/internal/security/me', me));
    console.log(line('/report (cached)', cached));
    console.log(
      `  cached /report serves ${(share * 100).toFixed(0)}% of /internal/security/me ` +
        `(target ≥ ${TARGET_THROUGHPUT_SHARE * 100}%: ${verdict(share >= TARGET_THROUGHPUT_SHARE)})`
    );

    const pid = child.pid as number;
    let peak = rssOf(pid);
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 250);
    const storm = await load(`${report}&refresh=true`, STORM_CONNECTIONS, STORM_SECONDS);
    clearInterval(sampler);
    const after = await timed(report);
    console.log(
      `refresh storm    ${STORM_CONNECTIONS} concurrent refresh=true for ${STORM_SECONDS} s: ` +
        `${storm.rps.toFixed(0)} req/s, ${storm.errors} errors`
    );
    console.log(
      `  host peak ${mb(peak).toFixed(0)} MB (target < ${TARGET_STORM_MB} MB: ${verdict(
        mb(peak) < TARGET_STORM_MB
      )}); plain /report right after: ${after.toFixed(0)} ms (target < ${TARGET_AFTER_STORM_MS} ms: ${verdict(
        after < TARGET_AFTER_STORM_MS
      )})`
    );
  } finally {
    child.stdin?.end();
    await new Promise((resolve) => child.on('exit', resolve));
  }
}

async function main() {
  const only = process.env.RELIABILITY_BENCH;
  try {
    if (!only || only === 'roles') rolesPerUser();
    if (!only || only === 'json') jsonRatio();
    if (!only || only === 'piped') await pipedMemory();
    if (!only || only === 'server') await server();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
