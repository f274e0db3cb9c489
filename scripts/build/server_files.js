/**
 * `server/` and `common/` as CommonJS JavaScript, one file at a time with esbuild (type-only imports erased, as
 * TypeScript's isolatedModules guarantees is safe). Tests and test utilities are left out.
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const SOURCE_DIRS = ['server', 'common'];
const SKIP = /(\.test\.tsx?$|\.d\.ts$|(^|\/)(test_utils|__mocks__|__fixtures__)\/)/;

function listFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, base);
    return [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Bare module specifiers required by a CommonJS file (`require("x")`, `require("@scope/x/sub")`). */
function requiredPackages(code) {
  const names = new Set();
  for (const match of code.matchAll(/require\((["'])([^"'.][^"']*)\1\)/g)) {
    const spec = match[2];
    if (spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return names;
}

/**
 * @param {{ rootDir: string }} options
 * @returns {{ files: Map<string, Buffer>, packages: Set<string> }} zip-relative paths (e.g. `server/index.js`)
 *   and the packages the code requires at run time
 */
function buildServerFiles({ rootDir }) {
  const files = new Map();
  const packages = new Set();
  const builtins = new Set(require('module').builtinModules);
  for (const dir of SOURCE_DIRS) {
    for (const rel of listFiles(path.join(rootDir, dir))) {
      const relPath = `${dir}/${rel}`;
      if (SKIP.test(relPath)) continue;
      const source = fs.readFileSync(path.join(rootDir, relPath));
      if (rel.endsWith('.json')) {
        files.set(relPath, source);
        continue;
      }
      if (!/\.(ts|tsx)$/.test(rel)) continue;
      const { code } = esbuild.transformSync(source.toString('utf8'), {
        loader: rel.endsWith('.tsx') ? 'tsx' : 'ts',
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        sourcefile: relPath,
        jsx: 'automatic',
        // Kibana's plugin loader is CommonJS: `import('./plugin')` must become `require`, since a native
        // dynamic import would not resolve an extension-less path.
        supported: { 'dynamic-import': false },
      });
      for (const name of requiredPackages(code)) {
        if (name.startsWith('@kbn/')) {
          throw new Error(
            `${relPath} requires ${name} at run time; @kbn packages may only be imported with "import type".`
          );
        }
        if (!builtins.has(name)) packages.add(name);
      }
      files.set(relPath.replace(/\.tsx?$/, '.js'), Buffer.from(code));
    }
  }
  if (!files.has('server/index.js'))
    throw new Error('server/index.ts is missing: nothing for Kibana to load.');
  return { files, packages };
}

module.exports = { buildServerFiles, requiredPackages, listFiles };
