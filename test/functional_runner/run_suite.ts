/** Runs one config's spec files with Mocha (BDD globals), as Kibana's FTR does, against a started host. */
import path from 'node:path';
import Mocha from 'mocha';
import type { Page } from 'playwright-core';
import type { FtrProviderContext } from '../functional/ftr_provider_context';
import type { StandInConfig } from './config';
import { createProviderContext, type HostUrls } from './context';
import { captureFailure } from './failures';

export interface SuiteResult {
  passed: number;
  failed: number;
}

type SpecModule = { default?: (ctx: FtrProviderContext) => void };

export async function runSuite(
  config: StandInConfig,
  testFiles: string[],
  page: Page,
  host: HostUrls,
  grep?: string
): Promise<SuiteResult> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    timeout: config.get('mochaOpts.timeout', 90_000),
    grep,
  });

  const loadTestFile = (file: string) => {
    const absolute = path.resolve(file);
    mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, absolute, mocha);
    // Spec modules are TypeScript, loaded through tsx's require hook (registered by the launcher script).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Mocha loads specs synchronously, in order
    const mod = require(absolute) as SpecModule;
    if (typeof mod.default !== 'function') {
      throw new Error(
        `${file}: a spec file must export a default function ({ getService }) => { describe(...) }`
      );
    }
    mod.default(ctx);
  };
  const ctx = createProviderContext(config, page, host, loadTestFile);

  for (const file of testFiles) loadTestFile(file);

  const captures: Array<Promise<string[]>> = [];
  const { passed, failed } = await new Promise<SuiteResult>((resolve) => {
    const runner = mocha.run((failures) =>
      resolve({ passed: runner.stats?.passes ?? 0, failed: failures })
    );
    // Tests and hooks alike: a failing `before` leaves its own screenshot.
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test) => {
      captures.push(captureFailure(page, test.fullTitle()));
    });
  });
  const saved = (await Promise.all(captures)).flat();
  for (const file of saved)
    console.log(`  failure artefact: ${path.relative(process.cwd(), file)}`);
  return { passed, failed };
}
