/**
 * `diff`: what changed in case access between two directory snapshots (or a snapshot and a live cluster), each
 * change with its cause. Exit codes as diff(1): 0 nothing changed, 1 something did, 2 trouble (bad input).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  diffDirectories,
  diffToCsv,
  diffToNdjson,
  diffToTable,
  DiffError,
} from '../../common/diff';
import { SnapshotError, type DirectorySnapshot } from '../../common/snapshot';
import type { LiveClusterOptions } from '../../server/directory/live_cluster';
import { LIVE_CLUSTER_OPTIONS, briefMessage, parseLiveOptions, readSnapshotFile } from './report';
import { UsageError, type CliCommand, type CliIo } from '../types';

export const DIFF_FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const USAGE =
  'case-access diff --before FILE (--after FILE | --es-url URL (--api-key KEY | --username U --password P) ' +
  '[--kibana-url URL] [--public-base-url URL] [--email-service]) [--space ID] [--format table|json|csv|ndjson]';

const EXIT_SAME = 0;
const EXIT_CHANGED = 1;
const EXIT_TROUBLE = 2;

const DIFF_OPTIONS = {
  before: { type: 'string' },
  after: { type: 'string' },
  space: { type: 'string' },
  format: { type: 'string' },
  ...LIVE_CLUSTER_OPTIONS,
} as const satisfies ParseArgsConfig['options'];

export interface DiffCommandOptions {
  beforePath: string;
  /** Exactly one of `afterPath` and `live`. */
  afterPath?: string;
  live?: LiveClusterOptions;
  space?: string;
  format: DiffFormat;
}

function isFormat(value: string): value is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(value);
}

/** Parses the command line; the format defaults to `table` on a terminal and `json` otherwise. */
export function parseDiffArgs(
  args: string[],
  isTTY = Boolean(process.stdout.isTTY)
): DiffCommandOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: DIFF_OPTIONS,
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const message: unknown = Reflect.get(Object(error), 'message');
    throw new UsageError(typeof message === 'string' ? message : String(error), USAGE);
  }
  if (!values.before) throw new UsageError('--before FILE is required', USAGE);
  const esUrl = values['es-url'];
  if (!values.after && !esUrl) {
    throw new UsageError(
      '--after FILE is required (or --es-url URL to compare with a live cluster)',
      USAGE
    );
  }
  if (values.after && esUrl)
    throw new UsageError('give either --after or --es-url, not both', USAGE);
  const live = esUrl ? parseLiveOptions(esUrl, values, USAGE) : undefined;
  if (
    !live &&
    (values['kibana-url'] || values['public-base-url'] !== undefined || values['email-service'])
  ) {
    throw new UsageError(
      '--kibana-url, --public-base-url and --email-service go with --es-url',
      USAGE
    );
  }
  const format = values.format ?? (isTTY ? 'table' : 'json');
  if (!isFormat(format)) {
    throw new UsageError(`--format must be table, json, csv or ndjson, not "${format}"`, USAGE);
  }
  if (values.space === '') throw new UsageError('--space needs a space id', USAGE);
  return {
    beforePath: values.before,
    ...(values.after ? { afterPath: values.after } : {}),
    ...(live ? { live } : {}),
    ...(values.space ? { space: values.space } : {}),
    format,
  };
}

async function readSide(flag: string, file: string): Promise<DirectorySnapshot> {
  try {
    return await readSnapshotFile(file);
  } catch (error) {
    if (error instanceof SnapshotError) throw new SnapshotError(`${flag} ${error.message}`);
    throw error;
  }
}

export async function runDiff(args: string[], io: CliIo): Promise<number> {
  const options = parseDiffArgs(args);
  try {
    const before = await readSide('--before', options.beforePath);
    // Stamped before the read, as the server's snapshot route does: nothing read predates it.
    const takenAt = new Date().toISOString();
    const after = options.live
      ? {
          ...(await (
            await import('../../server/directory/live_cluster')
          ).readLiveDirectory(options.live)),
          takenAt,
        }
      : await readSide('--after', options.afterPath ?? '');
    const diff = diffDirectories(before, after, options.space ? { spaces: [options.space] } : {});
    if (options.format === 'json') io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
    else if (options.format === 'csv') io.stdout(diffToCsv(diff.changes));
    else if (options.format === 'ndjson') io.stdout(diffToNdjson(diff));
    else io.stdout(diffToTable(diff));
    return diff.changes.length > 0 ? EXIT_CHANGED : EXIT_SAME;
  } catch (error) {
    // Every failure is "trouble" (2), never mistaken for "changed" (1): snapshots, spaces, the live cluster.
    const message = error instanceof Error ? error.message : String(error);
    const known = error instanceof SnapshotError || error instanceof DiffError;
    io.stderr(`case-access diff: ${briefMessage(known ? message : message.split('\n')[0])}\n`);
    return EXIT_TROUBLE;
  }
}

export const diffCommand: CliCommand = {
  summary:
    'print what changed in case access between two snapshots (exit 0 same, 1 changed, 2 trouble)',
  usage: USAGE,
  run: runDiff,
};
