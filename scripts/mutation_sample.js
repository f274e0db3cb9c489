#!/usr/bin/env node
/**
 * A random sample of the mutants of some files, as `--mutate` ranges, for an estimate of a folder's mutation score
 * when the whole folder would take hours:
 *
 *   npm run test:mutation -- --mutate "$(node scripts/mutation_sample.js 70 7 common/engine/*.ts)"
 *
 * Arguments: how many mutant locations, a seed (the same seed gives the same sample), the files. Test files,
 * index.ts and types.ts are skipped, as in stryker.config.json.
 *
 * A range selects every mutant inside it, so a range around a block would pull in every mutant of the block: the
 * sample is drawn from the innermost locations only (those holding no other mutant's location; the mutants at one
 * location all come along). Outer mutants (a removed block, a whole condition) are the easiest to detect, so the
 * estimate leans low. Stryker's own instrumenter finds the mutants, so the sample matches what a full run tests.
 */
const { readFileSync } = require('fs');
const path = require('path');

async function main() {
  const [countArg, seedArg, ...files] = process.argv.slice(2);
  const wanted = Number(countArg);
  if (
    !Number.isInteger(wanted) ||
    wanted < 1 ||
    !Number.isInteger(Number(seedArg)) ||
    !files.length
  ) {
    console.error('usage: node scripts/mutation_sample.js COUNT SEED FILE...');
    process.exit(2);
  }
  const sources = files.filter(
    (file) => !/\.test\.ts$|(^|\/)(index|types)\.ts$|\/test_utils\//.test(file)
  );
  const root = path.dirname(require.resolve('@stryker-mutator/instrumenter/package.json'));
  const load = (file) => import(path.join(root, 'dist/src', file));
  const { Instrumenter } = await load('instrumenter.js');
  const { createParser } = await load('parsers/index.js');
  const { print } = await load('printers/index.js');
  const { transform } = await load('transformers/index.js');
  const quiet = () => false;
  const logger = { debug() {}, info() {}, trace() {}, warn() {}, error: console.error };
  Object.assign(logger, { isDebugEnabled: quiet, isTraceEnabled: quiet });
  const { mutants } = await new Instrumenter(logger, createParser, print, transform).instrument(
    sources.map((name) => ({ name, mutate: true, content: readFileSync(name, 'utf8') })),
    { plugins: null, excludedMutations: [], ignorers: [], noHeader: false }
  );

  const key = ({ fileName, location: { start, end } }) =>
    `${fileName}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`;
  const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
  const contains = (outer, inner) =>
    outer.fileName === inner.fileName &&
    before(outer.location.start, inner.location.start) &&
    before(inner.location.end, outer.location.end);
  const locations = new Map();
  for (const mutant of mutants) locations.set(key(mutant), mutant);
  const innermost = [...locations.values()].filter(
    (outer) => ![...locations.values()].some((inner) => inner !== outer && contains(outer, inner))
  );

  // A small linear congruential generator: the same seed draws the same sample on every machine.
  let state = Number(seedArg) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pool = [...innermost];
  const picked = [];
  while (picked.length < wanted && pool.length > 0) {
    picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  }
  const selected = mutants.filter((mutant) =>
    picked.some((location) => contains(location, mutant))
  );
  console.error(
    `${mutants.length} mutants in ${sources.length} files, ${innermost.length} innermost locations; ` +
      `sampled ${picked.length} locations holding ${selected.length} mutants`
  );
  console.log(picked.map(key).join(','));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
