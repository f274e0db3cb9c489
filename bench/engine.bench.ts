/**
 * Engine benchmark: directories of 1k and 10k users (1k roles, 20 spaces), each measured in a process of its own
 * so peak memory belongs to that size alone. Two role mixes: `uniform` (nearly every user holds a role set of
 * their own; the targets are judged on it) and `teams` (most users share a team's roles; for information).
 *
 * Every time is the median of several runs (after one warm-up run), each run paired with a JSON.parse of the
 * snapshot text just before it; the ratio is the median of those pairs, so a varying load does not skew it.
 * Targets at 10k users: evaluating one space (compact, engine setup included) < 1.0× JSON.parse; all 20 spaces < 5×; peak RSS
 * < 300 MB. `evaluate` is the compact evaluation (levels, flags, warnings for every user); `materialise` builds
 * the report rows with their provenance, as the route does for one page and the CLI does one user at a time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAccessEngine, type AccessEngine } from '../common/engine';
import { parseSnapshot } from '../common/snapshot';
import { queryReport } from '../server/lib/report_page';
import { parseReportQuery } from '../server/lib/report_query_validation';
import { generateDirectory, type RoleMix } from './generate';

const SIZES = [1_000, 10_000];
const MIXES: RoleMix[] = ['uniform', 'teams'];
const ROLES = 1_000;
const SPACES = 20;
const SEED = 20260101;
/** Runs per measurement; the median is reported so one GC pause does not decide the figure. */
const RUNS = 9;
/** Rows per page, as the panel asks for. */
const PAGE = 50;
const TARGET_ONE_SPACE = 1.0;
const TARGET_ALL_SPACES = 5.0;
const TARGET_PEAK_RSS_MB = 300;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Timing {
  ms: number;
  /** Median of each run's time over the JSON.parse timed just before it: steady under a varying load. */
  ratio: number;
}

/**
 * Times `run` against `baseline` (JSON.parse of the snapshot), each run paired with a baseline run just before
 * it, so both see the same machine load. `prepare` runs untimed before each run and hands its result over. One
 * untimed run first lets the JIT compile the code, as it has in a server that has answered before.
 */
function time<T>(
  baseline: () => unknown,
  run: (prepared: T) => unknown,
  prepare: () => T,
  runs = RUNS
): Timing & { baselineMs: number[] } {
  run(prepare());
  const samples: number[] = [];
  const ratios: number[] = [];
  const baselineMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    baseline();
    const parse = performance.now() - start;
    const prepared = prepare();
    start = performance.now();
    run(prepared);
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    baselineMs.push(parse);
    ratios.push(elapsed / parse);
  }
  return { ms: median(samples), ratio: median(ratios), baselineMs };
}
const nothing = () => undefined;

const mb = (bytes: number) => bytes / 1024 / 1024;

/** The timed lines, in the order printed. */
function measureTimes(text: string): string[] {
  const parsed = parseSnapshot(text);
  const spaceIds = parsed.kibana.spaces.map(({ id }) => id);
  const fresh = () => createAccessEngine(parsed);
  const withSpace = () => {
    const engine = fresh();
    engine.evaluateSpaceCompact('default');
    return engine;
  };

  const parseJson = (): unknown => JSON.parse(text);
  const baselineMs: number[] = [];
  const line = <T>(run: (prepared: T) => unknown, prepare: () => T, runs?: number): Timing => {
    const timing = time(parseJson, run, prepare, runs);
    baselineMs.push(...timing.baselineMs);
    return timing;
  };
  const rows: Array<[string, Timing, number?]> = [
    ['parseSnapshot (validated)', line(() => parseSnapshot(text), nothing)],
    ['engine setup', line(() => createAccessEngine(parsed), nothing)],
    [
      'evaluate one space (setup included)',
      line(() => createAccessEngine(parsed).evaluateSpaceCompact('default'), nothing),
      TARGET_ONE_SPACE,
    ],
    [
      'evaluate one space (setup excluded)',
      line((engine: AccessEngine) => engine.evaluateSpaceCompact('default'), fresh),
    ],
    [
      `evaluate all ${SPACES} spaces (setup included)`,
      line(() => {
        const engine = createAccessEngine(parsed);
        for (const id of spaceIds) engine.evaluateSpaceCompact(id);
      }, nothing),
      TARGET_ALL_SPACES,
    ],
    [
      `materialise one page of ${PAGE} rows`,
      line((engine: AccessEngine) => {
        const evaluation = engine.evaluateSpaceCompact('default');
        for (let u = 0; u < PAGE; u++) evaluation.materialize(u);
      }, withSpace),
    ],
    [
      'materialise all rows of one space (info)',
      line((engine: AccessEngine) => engine.evaluateSpace('default'), fresh, 5),
    ],
  ];
  const query = parseReportQuery({
    space: 'default',
    search: 'user00',
    capability: 'push',
    sortField: 'level',
    sortOrder: 'desc',
    page: '2',
  });
  rows.push([
    'route query: filter+sort+summary+page',
    line(
      (engine: AccessEngine) => queryReport(engine.evaluateSpaceCompact('default'), query),
      withSpace
    ),
  ]);
  return [
    `  ${'JSON.parse (median of all paired runs)'.padEnd(44)} ${median(baselineMs).toFixed(1).padStart(8)} ms`,
    ...rows.map(([label, { ms, ratio }, limit]) => {
      const target =
        limit === undefined ? '' : `  ${verdict(ratio < limit)} (< ${limit.toFixed(1)}×)`;
      return `  ${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms ${ratio
        .toFixed(2)
        .padStart(7)}× JSON.parse${target}`;
    }),
  ];
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const peakRssMb = () => mb(process.resourceUsage().maxRSS * 1024);

/**
 * Peak memory of one pass, as the server does it for a directory: parse the snapshot, set the engine up,
 * evaluate every space and answer one page in each. A process of its own: the timing loops above leave garbage
 * that would count too.
 */
function measureMemory(text: string): string[] {
  const engine = createAccessEngine(parseSnapshot(text));
  for (const { id } of engine.spaces()) {
    queryReport(engine.evaluateSpaceCompact(id), parseReportQuery({ space: id }));
  }
  const peak = peakRssMb();
  return [
    `  ${'peak RSS: parse, setup, all spaces, a page each'.padEnd(44)} ${peak.toFixed(0).padStart(8)} MB` +
      `  ${verdict(peak < TARGET_PEAK_RSS_MB)} (< ${TARGET_PEAK_RSS_MB} MB)`,
  ];
}

/**
 * `case-access report --format json` for every space, as the CLI runs it (reading the file, parsing, evaluating,
 * writing users one at a time to a sink that only counts), in a process of its own: time and peak memory.
 */
/**
 * `case-access report --format json` for every space, as a user runs it (cold: reading the file, parsing,
 * evaluating, writing users one at a time to a sink that only counts), in a process of its own.
 */
async function measureCliReport(file: string): Promise<string[]> {
  // Loaded here only: the CLI brings the live-cluster client, which the other measurements do not need.
  const { runReport } = await import('../cli/commands/report');
  let written = 0;
  const start = performance.now();
  const code = await runReport(['--snapshot', file, '--format', 'json'], {
    stdout: (text) => (written += text.length),
    stderr: (text) => process.stderr.write(text),
  });
  const elapsed = performance.now() - start;
  const peak = peakRssMb();
  return [
    `  ${`CLI report --format json, every space (info)`.padEnd(44)} ${elapsed.toFixed(0).padStart(8)} ms` +
      `  ${mb(written).toFixed(0)} MB written, exit ${code}, peak RSS ${peak.toFixed(0)} MB`,
  ];
}

const MODES = {
  times: async (text: string) => measureTimes(text),
  memory: async (text: string) => measureMemory(text),
  cli: (_text: string, file: string) => measureCliReport(file),
};
type Mode = keyof typeof MODES;

async function child(mode: Mode, file: string): Promise<void> {
  // The CLI reads the file itself; the others start from its text, as the server starts from a response.
  const text = mode === 'cli' ? '' : readFileSync(file, 'utf8');
  console.log((await MODES[mode](text, file)).join('\n'));
}

function parent(): void {
  console.log(
    'Targets are set at 10k users on the uniform mix; other sizes and mixes are for comparison.'
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'case-access-bench-'));
  let failed = false;
  try {
    for (const mix of MIXES) {
      for (const users of SIZES) {
        const file = path.join(dir, `${mix}-${users}.json`);
        const text = JSON.stringify(
          generateDirectory({ users, roles: ROLES, spaces: SPACES, seed: SEED, mix })
        );
        writeFileSync(file, text);
        console.log(
          `${users} users, ${ROLES} roles, ${SPACES} spaces, ${mix} mix (snapshot ${mb(text.length).toFixed(1)} MB)`
        );
        for (const mode of Object.keys(MODES)) {
          const args = [...process.execArgv, process.argv[1], '--mode', mode, '--file', file];
          const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
          if (result.status !== 0) failed = true;
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

const modeArg = process.argv.indexOf('--mode');
if (modeArg >= 0) {
  const mode = process.argv[modeArg + 1] as Mode;
  const file = process.argv[process.argv.indexOf('--file') + 1];
  child(mode, file).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
} else {
  parent();
}
