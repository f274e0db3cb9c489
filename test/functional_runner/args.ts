/** Command line of the local functional test runner. */
import path from 'node:path';

const FUNCTIONAL_DIR = path.resolve(__dirname, '..', 'functional');

export const DEFAULT_CONFIGS = [
  path.join(FUNCTIONAL_DIR, 'config.ts'),
  path.join(FUNCTIONAL_DIR, 'config.public_base_url.ts'),
];

export const USAGE =
  'usage: node scripts/run_functional_tests.js [--config FILE]... [--grep PATTERN] [--screenshots]';

export interface RunnerArgs {
  configs: string[];
  grep?: string;
  screenshots: boolean;
}

/** Parses the command line; throws a one-line message on anything it does not know. */
export function parseArgs(argv: string[]): RunnerArgs {
  const args: RunnerArgs = { configs: [], screenshots: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--'))
        throw new Error(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--screenshots') args.screenshots = true;
    else if (arg === '--config') args.configs.push(path.resolve(value()));
    else if (arg === '--grep') args.grep = value();
    else throw new Error(`unknown argument '${arg}'. ${USAGE}`);
  }
  if (args.configs.length === 0) args.configs = DEFAULT_CONFIGS;
  return args;
}
