import { readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';

// Plain CommonJS, like the other build scripts.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a .js script without type declarations
const { buildCli, isCliStale, CLI_BUNDLE } = require('./build_cli') as {
  buildCli: () => { outFile: string; inputCount: number };
  isCliStale: () => boolean;
  CLI_BUNDLE: string;
};

describe('the compiled CLI', () => {
  it('bundles the CLI sources into one file that requires packages from node_modules', () => {
    const { outFile, inputCount } = buildCli();
    expect(outFile).toBe(path.resolve(__dirname, '..', 'target', 'cli', 'case-access.js'));
    expect(inputCount).toBeGreaterThan(10);
    const code = readFileSync(outFile, 'utf8');
    expect(code).toContain('require("intl-messageformat")');
    expect(code).not.toMatch(/from ['"]\.\.?\//);
    expect(isCliStale()).toBe(false);
  });

  it('is out of date once a source is newer than the bundle, and up to date after a rebuild', () => {
    buildCli();
    const longAgo = new Date('2000-01-01T00:00:00Z');
    utimesSync(CLI_BUNDLE, longAgo, longAgo);
    expect(isCliStale()).toBe(true);
    buildCli();
    expect(isCliStale()).toBe(false);
  });
});
