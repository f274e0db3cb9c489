#!/usr/bin/env node
/* The `case-access` command. Runs the TypeScript sources through tsx, so the repository needs no build step. */
'use strict';
// A reader that has already gone (`| head`) can close the pipe while the sources still load: end quietly from the
// very start, before anything is written. The CLI replaces this with its own handler, which does the same.
const quietOnClosedPipe = (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
};
process.stdout.on('error', quietOnClosedPipe);
require('tsx/cjs');
const cli = require('../cli/main');
process.stdout.off('error', quietOnClosedPipe);
process.stdout.on('error', cli.exitQuietlyOnClosedPipe);
cli.main(process.argv.slice(2));
