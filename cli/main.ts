/** The `case-access` command line: `case-access <command> [options]`. */
import { escapeControl, quoteBrief } from '../common/text/escape';
import { UsageError, type CliCommand, type CliIo } from './types';

/**
 * Every command, by name, loaded when it runs: `features` then never loads what `report` needs (the snapshot
 * schema, the engine), which keeps the CLI's start-up near a bare `node`. Add a command here with one line.
 */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  features: async () => (await import('./commands/features')).featuresCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  diff: async () => (await import('./commands/diff')).diffCommand,
};

/** Exit codes: 0 done, 1 failed, 2 wrong command line. */
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function mainUsage(): string {
  return `case-access <${Object.keys(COMMANDS).join('|')}> [options] (--help for details)`;
}

async function help(): Promise<string> {
  const commands = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => [name, await load()] as const)
  );
  const lines = commands.map(
    ([name, command]) => `  ${name.padEnd(10)} ${command.summary}\n    ${command.usage}`
  );
  return `Usage: ${mainUsage()}\n\nCommands:\n${lines.join('\n')}\n`;
}

/** Node's parseArgs reports unknown flags and missing values as TypeErrors with these codes. */
function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** The first line of a message, without a final full stop (the CLI adds its own punctuation). */
function oneLine(message: string): string {
  return escapeControl(message.split('\n')[0].replace(/\.$/, ''));
}

/** Set once the reader has closed its end of the pipe (`| head`): nothing more is written. */
let stdoutClosed = false;

/**
 * A reader that closes early (`| head`) is not an error worth a stack trace: stop writing and exit with the code
 * the command has set so far. Other stream errors are real.
 */
export function exitQuietlyOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
    stdoutClosed = true;
    process.exit(process.exitCode ?? 0);
  }
  throw error;
}

const processIo: CliIo = {
  stdout: (text) => (stdoutClosed ? true : process.stdout.write(text)),
  stderr: (text) => process.stderr.write(text),
  drain: () =>
    new Promise<void>((resolve) => {
      if (stdoutClosed || !process.stdout.writableNeedDrain) return resolve();
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('close', done);
        resolve();
      };
      process.stdout.on('drain', done);
      process.stdout.on('close', done);
    }),
  closed: () => stdoutClosed,
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
};

/** Runs the CLI; resolves to the exit code and also sets `process.exitCode`. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const exit = (code: number) => {
    process.exitCode = code;
    return code;
  };
  if (io === processIo && !process.stdout.listeners('error').includes(exitQuietlyOnClosedPipe)) {
    process.stdout.on('error', exitQuietlyOnClosedPipe);
  }
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await help());
    return exit(0);
  }
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  const command = load === undefined ? undefined : await load();
  if (!command) {
    const problem = name === undefined ? 'no command given' : `unknown command ${quoteBrief(name)}`;
    io.stderr(`case-access: ${problem}. Usage: ${mainUsage()}\n`);
    return exit(EXIT_USAGE);
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n`);
    return exit(0);
  }
  try {
    return exit(await command.run(args, io));
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const usage = error instanceof UsageError && error.usage ? error.usage : command.usage;
      io.stderr(`case-access ${name}: ${oneLine(error.message)}. Usage: ${usage}\n`);
      return exit(EXIT_USAGE);
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`case-access ${name}: ${oneLine(message)}\n`);
    return exit(EXIT_FAILURE);
  }
}
