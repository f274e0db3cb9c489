#!/usr/bin/env node
/* The `case-access` command. Runs the TypeScript sources through tsx, so the repository needs no build step. */
'use strict';
require('tsx/cjs');
require('../cli/main').main(process.argv.slice(2));
