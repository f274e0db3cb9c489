/**
 * Start-up of the installed command: `case-access features` (bin/case-access.js, running the compiled CLI) beside a
 * bare `node -e 0`, each run paired with a bare run just before it so both see the same machine load.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'case-access.js');
/** Pairs of runs; the median is reported so one slow start does not decide the figure. */
const RUNS = 15;
/** The command may take at most twice as long as starting node itself. */
const TARGET_RATIO = 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeRun(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(
      `node ${args.join(' ')} exited with ${result.status}: ${String(result.stderr)}`
    );
  }
  return elapsed;
}

function main(): void {
  // Untimed: builds the CLI if a source changed since `npm ci`, and warms the file cache for both.
  timeRun([BIN, 'features']);
  timeRun(['-e', '0']);
  const bare: number[] = [];
  const cli: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const nodeMs = timeRun(['-e', '0']);
    const cliMs = timeRun([BIN, 'features']);
    bare.push(nodeMs);
    cli.push(cliMs);
    ratios.push(cliMs / nodeMs);
  }
  const ratio = median(ratios);
  console.log(`  ${'node -e 0'.padEnd(44)} ${median(bare).toFixed(0).padStart(8)} ms`);
  console.log(
    `  ${'case-access features'.padEnd(44)} ${median(cli).toFixed(0).padStart(8)} ms ${ratio
      .toFixed(2)
      .padStart(
        7
      )}× node -e 0  ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'} (≤ ${TARGET_RATIO.toFixed(1)}×)`
  );
}

main();
