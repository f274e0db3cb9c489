#!/usr/bin/env node
/*
 * Keeps test/fixtures/scenarios in step with the team's shared scenarios (the shared scenarios beside the repository), which exist only
 * beside this repository on the team's machines. The tests read the repository's copy, so a clone anywhere passes.
 *
 *   node scripts/sync_scenarios.js           copy the shared scenarios into the fixtures
 *   node scripts/sync_scenarios.js --check   exit 1 when the fixtures differ from the shared scenarios
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'scenarios');
const FIXTURES = path.resolve(__dirname, '../test/fixtures/scenarios');

function main(argv) {
  const check = argv.includes('--check');
  if (!fs.existsSync(SHARED)) {
    process.stderr.write(
      `No shared scenarios at ${SHARED}: nothing to sync (the fixtures stand alone).\n`
    );
    return 0;
  }
  const names = fs
    .readdirSync(SHARED)
    .filter((name) => name.endsWith('.json') || name === 'README.md');
  const stale = names.filter((name) => {
    const target = path.join(FIXTURES, name);
    return (
      !fs.existsSync(target) ||
      !fs.readFileSync(target).equals(fs.readFileSync(path.join(SHARED, name)))
    );
  });
  if (check) {
    if (stale.length > 0) {
      process.stderr.write(
        `Fixtures out of step with the shared scenarios: ${stale.join(', ')}. Run: node scripts/sync_scenarios.js\n`
      );
      return 1;
    }
    return 0;
  }
  fs.mkdirSync(FIXTURES, { recursive: true });
  for (const name of stale) fs.copyFileSync(path.join(SHARED, name), path.join(FIXTURES, name));
  process.stdout.write(
    stale.length ? `Updated: ${stale.join(', ')}\n` : 'Fixtures already in step.\n'
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
