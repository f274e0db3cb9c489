#!/usr/bin/env node
/**
 * Derives the flat `kibana.json` that Kibana reads from an external plugin (installed with kibana-plugin or
 * placed in <kibana>/plugins) from the in-repo manifest `kibana.jsonc`. Plain CommonJS so the build can require it.
 *
 *   node scripts/derive_manifest.js [--kibana-version <x.y.z|kibana>] [--out <file>]
 *
 * Prints the manifest as JSON, or writes it to --out.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');

const ROOT_DIR = path.resolve(__dirname, '..');
/** Kibana accepts "kibana" as "any version" at startup; the build sets the target version. */
const ANY_KIBANA_VERSION = 'kibana';

/**
 * Copies `text` to the output, calling `onCode` for each character outside strings; strings (with their escapes)
 * are copied as they are.
 */
function scanOutsideStrings(text, onCode) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
    } else {
      const { emit, next } = onCode(i);
      out += emit;
      i = next;
    }
  }
  return out;
}

/**
 * JSONC to JSON: drops `//` and `/* *\/` comments, then trailing commas, leaving string contents untouched
 * (a `//` inside a URL stays).
 * @param {string} text
 * @returns {string}
 */
function stripJsonc(text) {
  const withoutComments = scanOutsideStrings(text, (i) => {
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      return { emit: '', next: end === -1 ? text.length : end };
    }
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error('unterminated /* comment');
      return { emit: ' ', next: end + 2 };
    }
    return { emit: text[i], next: i + 1 };
  });
  return scanOutsideStrings(withoutComments, (i) => {
    const trailing = withoutComments[i] === ',' && /^\s*[}\]]/.test(withoutComments.slice(i + 1));
    return { emit: trailing ? '' : withoutComments[i], next: i + 1 };
  });
}

function readJson(file, parse = JSON.parse) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error.code ?? error.message}`);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error.message.split('\n')[0]}`);
  }
}

function isCamelCase(id) {
  return /^[a-z][a-zA-Z0-9]*$/.test(id);
}

/**
 * The flat manifest, checked against the rules Kibana's manifest parser applies, so a bad kibana.jsonc fails
 * here with a clear message instead of at Kibana's startup.
 * @param {{ rootDir?: string, kibanaVersion?: string }} [options]
 * @returns {Record<string, unknown>}
 */
function deriveManifest({ rootDir = ROOT_DIR, kibanaVersion = ANY_KIBANA_VERSION } = {}) {
  const jsoncFile = path.join(rootDir, 'kibana.jsonc');
  const jsonc = readJson(jsoncFile, (text) => JSON.parse(stripJsonc(text)));
  const pkg = readJson(path.join(rootDir, 'package.json'));
  const plugin = jsonc.plugin;
  if (!plugin || typeof plugin !== 'object') {
    throw new Error(`${jsoncFile} needs a "plugin" object (id, server, browser, ...)`);
  }
  if (typeof plugin.id !== 'string' || !isCamelCase(plugin.id)) {
    throw new Error(
      `${jsoncFile}: plugin.id must be a camelCase id without dots, e.g. "caseAccess"`
    );
  }
  if (typeof pkg.version !== 'string' || pkg.version === '') {
    throw new Error(`package.json needs a "version"; kibana.json takes the plugin version from it`);
  }
  const owners = Array.isArray(jsonc.owner) ? jsonc.owner : [jsonc.owner];
  if (typeof owners[0] !== 'string' || owners[0] === '') {
    throw new Error(`${jsoncFile} needs an "owner" (a name or a list of names)`);
  }
  if (plugin.server !== true && plugin.browser !== true) {
    throw new Error(`${jsoncFile}: plugin.server or plugin.browser must be true`);
  }
  if (typeof kibanaVersion !== 'string' || kibanaVersion === '') {
    throw new Error('kibanaVersion must be a version such as "9.4.0", or "kibana" for any');
  }

  const manifest = {
    id: plugin.id,
    version: pkg.version,
    kibanaVersion,
    owner: { name: owners[0] },
    ...(typeof jsonc.description === 'string' ? { description: jsonc.description } : {}),
    server: plugin.server === true,
    ui: plugin.browser === true,
    requiredPlugins: plugin.requiredPlugins ?? [],
    optionalPlugins: plugin.optionalPlugins ?? [],
    requiredBundles: plugin.requiredBundles ?? [],
  };
  if (plugin.configPath !== undefined) manifest.configPath = plugin.configPath;
  return manifest;
}

/**
 * Writes the derived manifest to `outFile` (created with its directory) and returns it.
 * @param {{ outFile: string, rootDir?: string, kibanaVersion?: string }} options
 */
function writeManifest({ outFile, ...options }) {
  const manifest = deriveManifest(options);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

const USAGE = 'node scripts/derive_manifest.js [--kibana-version <x.y.z|kibana>] [--out <file>]';

function runCli(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { 'kibana-version': { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(
      `derive_manifest: ${error.message.split('\n')[0].replace(/\.$/, '')}. Usage: ${USAGE}\n`
    );
    return 2;
  }
  try {
    const options = { kibanaVersion: values['kibana-version'] ?? ANY_KIBANA_VERSION };
    if (values.out) writeManifest({ ...options, outFile: path.resolve(values.out) });
    else process.stdout.write(`${JSON.stringify(deriveManifest(options), null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`derive_manifest: ${error.message}\n`);
    return 1;
  }
}

if (require.main === module) process.exitCode = runCli(process.argv.slice(2));

module.exports = { deriveManifest, writeManifest, stripJsonc };
