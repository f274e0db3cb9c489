/**
 * Engine benchmark: for 1k and 10k users (1k roles, 20 spaces), the time to parse the snapshot, to evaluate one
 * space for every user and all spaces, and peak memory, with ratios to JSON.parse. Targets at 10k users: one
 * space < 1.0× JSON.parse, all spaces < 5×, peak RSS < 300 MB.
 */
import { performance } from 'node:perf_hooks';
import { createAccessEngine } from '../common/engine';
import { parseSnapshot } from '../common/snapshot';
import { generateDirectory } from './generate';

const SIZES = [1_000, 10_000];
const ROLES = 1_000;
const SPACES = 20;
const SEED = 20260101;
/** Runs per measurement; the median is reported so one GC pause does not decide the figure. */
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown, runs = RUNS): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

for (const users of SIZES) {
  const text = JSON.stringify(
    generateDirectory({ users, roles: ROLES, spaces: SPACES, seed: SEED })
  );
  const parsed = parseSnapshot(text);
  const jsonParse = time(() => JSON.parse(text));
  const validated = time(() => parseSnapshot(text));
  const oneSpace = time(() => createAccessEngine(parsed).evaluateSpace('default'));
  const setup = time(() => createAccessEngine(parsed));
  const engine = createAccessEngine(parsed);
  engine.report();
  const warmSpace = time(() => engine.evaluateSpace('default'));
  // Fewer runs: each builds the whole 20-space report.
  const allSpaces = time(() => createAccessEngine(parsed).report(), 3);
  const memory = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const ratio = (value: number) => (value / jsonParse).toFixed(2);
  console.log(
    [
      `${users} users, ${ROLES} roles, ${SPACES} spaces (snapshot ${mb(text.length)})`,
      `  JSON.parse                  ${ms(jsonParse)}`,
      `  parseSnapshot (validated)   ${ms(validated)}  (${ratio(validated)}× JSON.parse)`,
      `  engine setup                ${ms(setup)}  (${ratio(setup)}× JSON.parse)`,
      `  evaluate one space (fresh)  ${ms(oneSpace)}  (${ratio(oneSpace)}× JSON.parse; setup included)`,
      `  evaluate one space (warm)   ${ms(warmSpace)}  (${ratio(warmSpace)}× JSON.parse; roles resolved)`,
      `  evaluate all ${SPACES} spaces      ${ms(allSpaces)}  (${ratio(allSpaces)}× JSON.parse; setup included)`,
      `  memory: peak RSS ${mb(peakRss)}, heap used now ${mb(memory.heapUsed)}`,
    ].join('\n')
  );
}
