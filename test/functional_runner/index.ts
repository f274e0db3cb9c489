/**
 * The local functional test runner (`npm run test:functional`): for each FTR config, starts the local host on a free
 * port with the config's server arguments, runs the config's spec files with Mocha in headless Chromium, stops the
 * host, and prints `N passed, N failed`. `--screenshots` saves the README's images instead.
 */
import path from 'node:path';
import { startLocalHost } from '../../dev/local_host/local_host';
import { hostLog } from './host_log';
import { launchBrowser } from './browser';
import { parseArgs, type RunnerArgs } from './args';
import { planSuite, readConfigFile } from './config';
import { runSuite } from './run_suite';
import { takeScreenshots } from './screenshots';

/** One line for the summary: the message without a require stack or trace. */
const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0];

async function runConfig(configFile: string, grep?: string) {
  const config = await readConfigFile(configFile);
  const plan = planSuite(config);
  console.log(
    `\n=== ${path.relative(process.cwd(), configFile)}: ${plan.testFiles.length} spec file(s)` +
      `${plan.publicBaseUrl ? `, server.publicBaseUrl=${plan.publicBaseUrl}` : ''}`
  );
  const host = await startLocalHost({
    port: 0,
    publicBaseUrl: plan.publicBaseUrl,
    license: plan.license,
    log: hostLog,
  });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await host.stop();
    throw error;
  });
  try {
    return await runSuite(config, plan.testFiles, browser.page, host, grep);
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: RunnerArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }

  if (args.screenshots) {
    await takeScreenshots();
    return 0;
  }

  const started = Date.now();
  let passed = 0;
  let failed = 0;
  for (const configFile of args.configs) {
    try {
      const result = await runConfig(configFile, args.grep);
      passed += result.passed;
      failed += result.failed;
    } catch (error) {
      failed += 1;
      console.error(`${path.relative(process.cwd(), configFile)}: ${firstLine(error)}`);
    }
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\nfunctional tests finished in ${seconds}s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
