#!/usr/bin/env node
/*
 * The `case-access` command. Runs the compiled CLI (`target/cli/case-access.js`, built by `npm ci` through
 * `prepare`), rebuilding it first when a source changed since it was built, so a linked command (`npm link`)
 * never runs stale code. Only a checkout whose bundle cannot be built (no esbuild) falls back to transpiling the
 * TypeScript sources with tsx, which is several times slower to start.
 */
'use strict';
// A reader that has already gone (`| head`) can close the pipe while the CLI still loads: end quietly from the
// very start, before anything is written. The CLI replaces this with its own handler, which does the same.
const quietOnClosedPipe = (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
};
process.stdout.on('error', quietOnClosedPipe);
const { buildCli, isCliStale, CLI_BUNDLE } = require('../scripts/build_cli');

function loadCli() {
  if (!isCliStale()) return require(CLI_BUNDLE);
  try {
    buildCli();
    return require(CLI_BUNDLE);
  } catch (error) {
    if (error && error.code !== 'MODULE_NOT_FOUND') throw error;
    require('tsx/cjs');
    return require('../cli/main');
  }
}

const cli = loadCli();
process.stdout.off('error', quietOnClosedPipe);
process.stdout.on('error', cli.exitQuietlyOnClosedPipe);
cli.main(process.argv.slice(2));
