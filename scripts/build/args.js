/** Command-line arguments of `npm run build`. */

const USAGE = 'Usage: npm run build -- --kibana-version X.Y.Z';
const VERSION = /^\d+\.\d+\.\d+$/;

class UsageError extends Error {}

/**
 * Reads `--kibana-version X.Y.Z` (or `--kibana-version=X.Y.Z`); throws a UsageError naming what is wrong.
 * @param {string[]} argv
 * @returns {{ kibanaVersion: string }}
 */
function parseBuildArgs(argv) {
  let kibanaVersion;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--kibana-version') {
      kibanaVersion = argv[++i];
      if (kibanaVersion === undefined) throw new UsageError('--kibana-version needs a value');
    } else if (arg.startsWith('--kibana-version=')) {
      kibanaVersion = arg.slice('--kibana-version='.length);
    } else {
      throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (kibanaVersion === undefined) throw new UsageError('--kibana-version is required');
  if (!VERSION.test(kibanaVersion)) {
    throw new UsageError(
      `--kibana-version must look like 9.4.0 (major.minor.patch), got "${kibanaVersion}"`
    );
  }
  return { kibanaVersion };
}

module.exports = { parseBuildArgs, UsageError, USAGE };
