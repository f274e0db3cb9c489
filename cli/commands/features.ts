import { parseArgs } from 'node:util';
import { getRegisteredFeatures, type BuildFlavor } from '../../common/features';
import { UsageError, type CliCommand } from '../types';

const BUILD_FLAVORS: readonly BuildFlavor[] = ['traditional', 'serverless'];
const USAGE = 'case-access features [--build-flavor traditional|serverless]';

function isBuildFlavor(value: string): value is BuildFlavor {
  return (BUILD_FLAVORS as readonly string[]).includes(value);
}

/** `features`: prints, as JSON, the feature definitions the server registers with Kibana. */
export const featuresCommand: CliCommand = {
  summary: 'print the feature definitions the server registers, as JSON',
  usage: USAGE,
  run(args, io) {
    const { values } = parseArgs({
      args,
      options: { 'build-flavor': { type: 'string', default: 'traditional' } },
      strict: true,
      allowPositionals: false,
    });
    const buildFlavor = values['build-flavor'];
    if (!isBuildFlavor(buildFlavor)) {
      throw new UsageError(
        `--build-flavor must be traditional or serverless, not "${buildFlavor}"`,
        USAGE
      );
    }
    io.stdout(`${JSON.stringify(getRegisteredFeatures({ buildFlavor }), null, 2)}\n`);
    return 0;
  },
};
