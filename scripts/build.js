#!/usr/bin/env node
/** `npm run build -- --kibana-version X.Y.Z`: writes build/caseAccess-X.Y.Z.zip (see scripts/build/index.js). */
const path = require('path');

const { parseBuildArgs, UsageError, USAGE } = require('./build/args');
const { buildPlugin } = require('./build/index');

async function main() {
  let args;
  try {
    args = parseBuildArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw error;
  }
  const started = Date.now();
  const result = await buildPlugin({
    rootDir: path.resolve(__dirname, '..'),
    kibanaVersion: args.kibanaVersion,
  });
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  process.stdout.write(
    [
      `Built ${path.relative(process.cwd(), result.zipPath)} (${kb(require('fs').statSync(result.zipPath).size)}, ${result.fileCount} files; target < 300 KB and < 100 files) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `Page-load bundle target/public/${result.pluginId}.plugin.js: ${kb(result.entryBytes)} minified (target < 10 KB)`,
      `Lazy chunks: ${result.chunkFiles.length}`,
      `Install: bin/kibana-plugin install file://${result.zipPath}`,
      '',
    ].join('\n')
  );
}

main().catch((error) => {
  process.stderr.write(`Build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
