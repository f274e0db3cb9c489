#!/usr/bin/env node
/**
 * `npm run test:functional` and `npm run screenshots`: runs the FTR suite in test/functional against the local host
 * in Debian's headless Chromium (test/functional_runner), loading TypeScript through tsx.
 */
'use strict';

const fs = require('node:fs');

const CHROMIUM = '/usr/bin/chromium';

if (!fs.existsSync(CHROMIUM)) {
  console.error(
    `The functional tests need Debian's Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (as root), then retry.`
  );
  process.exit(1);
}

require('tsx/cjs/api').register();
const { main } = require('../test/functional_runner/index.ts');

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(
      `functional tests could not run: ${error instanceof Error ? error.message : error}`
    );
    process.exit(1);
  }
);
