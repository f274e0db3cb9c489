#!/usr/bin/env node
/**
 * The mutation score of a Stryker JSON report (`reports/mutation/mutation.json`), per file and per folder:
 *
 *   node scripts/mutation_summary.js [report.json] [--survivors]
 *
 * Score = detected (killed or timed out) / valid (detected, survived, or not covered by any test), as Stryker
 * counts it; compile errors (the TypeScript checker's) and ignored mutants (static ones, see README) are not valid.
 * `--survivors` lists each surviving or uncovered mutant with its line, for the next test to write.
 */
const { readFileSync } = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

function count(mutants) {
  const by = {};
  for (const mutant of mutants) by[mutant.status] = (by[mutant.status] ?? 0) + 1;
  const detected = (by.Killed ?? 0) + (by.Timeout ?? 0);
  const valid = detected + (by.Survived ?? 0) + (by.NoCoverage ?? 0);
  return { by, detected, valid };
}

function line(name, mutants) {
  const { by, detected, valid } = count(mutants);
  const score = valid === 0 ? '   n/a' : `${((100 * detected) / valid).toFixed(1).padStart(5)}%`;
  return [
    name.padEnd(46),
    score,
    `${String(detected).padStart(5)} / ${String(valid).padEnd(5)}`,
    `survived ${by.Survived ?? 0}, no coverage ${by.NoCoverage ?? 0}, timeout ${by.Timeout ?? 0},`,
    `compile errors ${by.CompileError ?? 0}, ignored ${by.Ignored ?? 0}, runtime errors ${by.RuntimeError ?? 0}`,
  ].join('  ');
}

const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
const folders = new Map();
for (const [name, entry] of files) {
  console.log(line(name, entry.mutants));
  const folder = path.dirname(name);
  folders.set(folder, [...(folders.get(folder) ?? []), ...entry.mutants]);
}
console.log('');
for (const [folder, mutants] of folders) console.log(line(folder, mutants));
console.log(
  line(
    'all',
    files.flatMap(([, entry]) => entry.mutants)
  )
);

if (args.includes('--survivors')) {
  console.log('');
  for (const [name, entry] of files) {
    const lines = entry.source.split('\n');
    for (const mutant of entry.mutants) {
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      const at = mutant.location.start.line;
      console.log(
        `${name}:${at} ${mutant.status} ${mutant.mutatorName}: ${lines[at - 1].trim().slice(0, 90)}` +
          (mutant.replacement !== undefined ? `  =>  ${mutant.replacement.slice(0, 60)}` : '')
      );
    }
  }
}
