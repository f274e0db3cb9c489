#!/usr/bin/env node
/**
 * `npm start [-- flags]`: builds the plugin archive if needed and runs it in the local host on
 * http://localhost:5601 over the Elasticsearch security fixture (dev/local_host). Flags:
 * --snapshot FILE, --public-base-url URL, --license TYPE, --serverless, --kibana-version X.Y.Z,
 * --no-host-features, --port N.
 */
const USAGE =
  'Usage: npm start -- [--snapshot FILE] [--public-base-url URL] [--license TYPE] [--serverless] [--kibana-version X.Y.Z] [--no-host-features] [--port N]';

class UsageError extends Error {}

/** @param {string[]} argv */
function parseStartArgs(argv) {
  const options = {};
  const valueOf = (i, flag) => {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const take = () => (inline !== undefined ? inline : valueOf(i++, flag));
    switch (flag) {
      case '--snapshot':
        options.snapshotPath = take();
        break;
      case '--public-base-url':
        options.publicBaseUrl = take();
        break;
      case '--license':
        options.license = take();
        break;
      case '--kibana-version':
        options.kibanaVersion = take();
        break;
      case '--no-host-features':
        if (inline !== undefined) throw new UsageError('--no-host-features takes no value');
        options.hostFeatures = false;
        break;
      case '--serverless':
        if (inline !== undefined) throw new UsageError('--serverless takes no value');
        options.serverless = true;
        break;
      case '--port': {
        const text = take();
        if (!/^\d+$/.test(text))
          throw new UsageError(`--port must be a whole number, got "${text}"`);
        options.port = Number(text);
        break;
      }
      default:
        throw new UsageError(`unknown flag "${argv[i]}"`);
    }
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseStartArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw error;
  }
  // The host is TypeScript beside the sources; tsx runs it without a separate compile step.
  require('tsx/cjs/api').register();
  const { startLocalHost, LocalHostError } = require('../dev/local_host/local_host.ts');
  let host;
  try {
    host = await startLocalHost({
      port: 5601,
      ...options,
      log: (line) => process.stdout.write(`${line}\n`),
    });
  } catch (error) {
    if (error instanceof LocalHostError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const url = host.url.replace('://localhost:', '://localhost:');
  process.stdout.write(
    [
      '',
      `Case access is running at ${url}/app/management/security/caseAccess`,
      `Elasticsearch security fixture: ${host.esUrl}`,
      '',
      'Log in as elastic / changeme (superuser), or as any demo user with the password changeme:',
      `  ${host.users.join(', ')}`,
      ...(options.snapshotPath
        ? []
        : [
            'My case access: sam (caseAccess Read in the Security Operations space only) lands on',
            `  ${url}/s/soc/app/management/security/caseAccess`,
          ]),
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n')
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    host.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(
      `npm start failed: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exit(1);
  });
}

module.exports = { parseStartArgs, UsageError, USAGE };
