/** What a `case-access` command is: the CLI dispatches to these from one table in ./main.ts. */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
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
