/** What a `case-access` command is: the CLI dispatches to these from one table in ./main.ts. */

export interface CliIo {
  /** Writes to stdout; `false` (as a stream's `write`) means its buffer is full: wait for `drain` before more. */
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  /** Resolves when stdout can take more (or the reader has gone). */
  drain?: () => Promise<void>;
  /** Whether the reader has gone (a closed pipe): writing more is pointless. */
  closed?: () => boolean;
  /** The terminal's width in characters, when stdout is a terminal. */
  columns?: number;
}

export interface CliCommand {
  /** One line for the command list, e.g. "print the feature definitions the server registers". */
  summary: string;
  /** One line, e.g. "case-access features [--build-flavor traditional|serverless]". */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number> | number;
}

/** Wrong command line: the CLI prints the message and the usage on one line and exits with 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: string
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
