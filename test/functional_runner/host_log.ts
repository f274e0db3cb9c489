/** The local host's log lines: hidden unless CASE_ACCESS_FTR_VERBOSE is set, so Mocha's report stays readable. */
export const hostLog = (line: string): void => {
  if (process.env.CASE_ACCESS_FTR_VERBOSE) process.stdout.write(`  [host] ${line}\n`);
};
