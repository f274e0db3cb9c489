#!/usr/bin/env node
/* `npm run bench`: runs every bench/*.bench.ts with tsx, one after another, each in its own process. */
'use strict';
const { readdirSync } = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const benchDir = path.resolve(__dirname, '..', 'bench');
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();
let failed = false;
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file)], {
    stdio: 'inherit',
    cwd: path.resolve(__dirname, '..'),
  });
  if (result.status !== 0) {
    console.error(`${file} failed (exit ${result.status ?? result.signal})`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
