#!/usr/bin/env node
/**
 * Compiles the `case-access` command into one CommonJS file, `target/cli/case-access.js`, with esbuild, so the
 * command starts without transpiling TypeScript on every run. `npm ci` runs it (`prepare`); `bin/case-access.js`
 * runs the compiled file and rebuilds it first when a source it was built from has changed since.
 *
 * Packages stay outside the bundle and are required from node_modules when a command needs them: the CLI's own
 * code is small, and `features` never loads the snapshot schema or the Elasticsearch client.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'target', 'cli');
const OUT_FILE = path.join(OUT_DIR, 'case-access.js');
/** The sources the bundle was built from (repository-relative), to tell when it is out of date. */
const INPUTS_FILE = path.join(OUT_DIR, 'inputs.json');
const ENTRY = path.join(ROOT, 'cli', 'main.ts');

/** Writes a file whole, then renames it: a command starting meanwhile never reads half a file. */
function writeAtomically(file, content) {
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, content);
  fs.renameSync(partial, file);
}

/** Builds the bundle; returns its path and the number of source files in it. */
function buildCli() {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: OUT_FILE,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes(':'));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  writeAtomically(OUT_FILE, result.outputFiles[0].contents);
  writeAtomically(INPUTS_FILE, `${JSON.stringify(inputs)}\n`);
  return { outFile: OUT_FILE, inputCount: inputs.length };
}

/**
 * True when there is no bundle, or a source it was built from is newer than it. A source that no longer exists
 * (an installed copy without the sources) does not make it stale; a deleted module does not either, since the
 * file that imported it changed too.
 */
function isCliStale() {
  let builtAt;
  let inputs;
  try {
    builtAt = fs.statSync(OUT_FILE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS_FILE, 'utf8'));
  } catch {
    return true;
  }
  return inputs.some((input) => {
    try {
      return fs.statSync(path.join(ROOT, input)).mtimeMs > builtAt;
    } catch {
      return false;
    }
  });
}

module.exports = { buildCli, isCliStale, CLI_BUNDLE: OUT_FILE };

if (require.main === module) {
  const quiet = process.argv.includes('--quiet');
  try {
    const started = Date.now();
    const { outFile, inputCount } = buildCli();
    if (!quiet) {
      process.stdout.write(
        `Built ${path.relative(process.cwd(), outFile)} from ${inputCount} sources in ${Date.now() - started} ms\n`
      );
    }
  } catch (error) {
    // esbuild's errors name the file, line and problem; the stack adds nothing.
    process.stderr.write(
      `Could not build the case-access command: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
  }
}
