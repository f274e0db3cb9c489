/**
 * `report`: every user's effective case access from a directory snapshot, as JSON, CSV or a text table.
 * Options are declared in one table so other sources (e.g. a live Elasticsearch) can add theirs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AccessEngineError, createAccessEngine } from '../../common/engine';
import { escapeControl, quoteBrief } from '../../common/text/escape';
import { DEFAULT_TABLE_WIDTH } from '../../common/report/table';
import { parseSnapshot, SnapshotError, type DirectorySnapshot } from '../../common/snapshot';
import type { LiveClusterOptions } from '../../server/directory/live_cluster';
import { AnswerShapeError } from '../../server/directory/answer_shape';
import { DirectoryError } from '../../server/lib/errors';
import { UsageError, type CliCommand, type CliIo } from '../types';
import {
  reportCsvPieces,
  reportJsonPieces,
  reportNdjsonPieces,
  reportTablePieces,
  writePieces,
} from './report_output';

export { reportJsonPieces };

export const REPORT_FORMATS = ['json', 'ndjson', 'csv', 'table'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const USAGE =
  'case-access report (--snapshot FILE | --es-url URL (--api-key KEY | --username U --password P) ' +
  '[--kibana-url URL] [--public-base-url URL] [--email-service] [--save-snapshot FILE] [--verify]) ' +
  '[--space ID] [--format json|ndjson|csv|table]';
const REPORT_USAGE = USAGE;
/** The live cluster could not be read (unreachable, refused): not the user's input, so not exit code 2. */
const EXIT_LIVE_FAILURE = 1;
/** Bad input (unreadable or invalid snapshot, unknown space) exits like a bad command line. */
const EXIT_BAD_INPUT = 2;

/** The options that name a live cluster, shared by every command that can read one (`parseLiveOptions`). */
export const LIVE_CLUSTER_OPTIONS = {
  'es-url': { type: 'string' },
  'api-key': { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
  'kibana-url': { type: 'string' },
  'public-base-url': { type: 'string' },
  'email-service': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export const REPORT_OPTIONS = {
  snapshot: { type: 'string' },
  space: { type: 'string' },
  format: { type: 'string' },
  ...LIVE_CLUSTER_OPTIONS,
  'save-snapshot': { type: 'string' },
  verify: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export interface ReportOptions {
  /** Exactly one of `snapshotPath` and `live`. */
  snapshotPath?: string;
  live?: LiveClusterOptions;
  saveSnapshotPath?: string;
  space?: string;
  format: ReportFormat;
  /** Check the report with Elasticsearch (`_security/profile/_has_privileges`) instead of printing it. */
  verify?: boolean;
}

/**
 * parseArgs throws TypeErrors created in Node's own realm (not `instanceof Error` under Jest's sandbox), so they
 * are turned into usage errors here, wherever the CLI runs.
 */
function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, options: REPORT_OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    const message: unknown = Reflect.get(Object(error), 'message');
    throw new UsageError(typeof message === 'string' ? message : String(error), USAGE);
  }
}

function isFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Parses the command line; the format defaults to `table` on a terminal and `json` otherwise. */
export function parseReportArgs(
  args: string[],
  isTTY = Boolean(process.stdout.isTTY)
): ReportOptions {
  const { values } = parseOptions(args);
  const esUrl = values['es-url'];
  if (!values.snapshot && !esUrl) {
    throw new UsageError(
      '--snapshot FILE is required (or --es-url URL to read a live cluster)',
      USAGE
    );
  }
  if (values.snapshot && esUrl) {
    throw new UsageError('give either --snapshot or --es-url, not both', USAGE);
  }
  const live = esUrl ? parseLiveOptions(esUrl, values) : undefined;
  if (
    !live &&
    (values['kibana-url'] ||
      values['save-snapshot'] ||
      values['public-base-url'] !== undefined ||
      values['email-service'])
  ) {
    throw new UsageError(
      '--kibana-url, --public-base-url, --email-service and --save-snapshot go with --es-url',
      USAGE
    );
  }
  const format = values.format ?? (isTTY ? 'table' : 'json');
  if (!isFormat(format)) {
    throw new UsageError(
      `--format must be json, ndjson, csv or table, not ${quoteBrief(format)}`,
      USAGE
    );
  }
  if (values.space === '') throw new UsageError('--space needs a space id', USAGE);
  if (values.verify && !live) {
    throw new UsageError('--verify asks a live cluster: give it with --es-url', USAGE);
  }
  if (values.verify && format === 'csv') {
    throw new UsageError('--verify prints json or a table, not csv', USAGE);
  }
  return {
    snapshotPath: values.snapshot,
    live,
    saveSnapshotPath: values['save-snapshot'],
    space: values.space,
    format,
    ...(values.verify ? { verify: true } : {}),
  };
}

function checkUrl(flag: string, value: string, usage = USAGE): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  throw new UsageError(`${flag} must be an http(s) URL, not ${quoteBrief(value)}`, usage);
}

/** The live cluster options (`--es-url` and its companions), shared by the commands that read a live cluster. */
export function parseLiveOptions(
  esUrl: string,
  values: ReturnType<typeof parseOptions>['values'],
  USAGE = REPORT_USAGE
): LiveClusterOptions {
  const apiKey = values['api-key'];
  const { username, password } = values;
  if (apiKey && (username || password)) {
    throw new UsageError('give either --api-key or --username/--password, not both', USAGE);
  }
  if (!apiKey && !(username && password)) {
    throw new UsageError('--es-url needs --api-key KEY or --username U --password P', USAGE);
  }
  const kibanaUrl = values['kibana-url'];
  const publicBaseUrl = values['public-base-url'];
  return {
    esUrl: checkUrl('--es-url', esUrl, USAGE),
    ...(apiKey ? { apiKey } : { username, password }),
    ...(kibanaUrl ? { kibanaUrl: checkUrl('--kibana-url', kibanaUrl, USAGE) } : {}),
    // kibana.yml settings cannot be read from outside Kibana: the caller states them.
    ...(publicBaseUrl !== undefined
      ? { publicBaseUrl: checkUrl('--public-base-url', publicBaseUrl, USAGE) }
      : {}),
    emailServiceAvailable: values['email-service'] === true,
  };
}

/** What went wrong with a file, in words (Node's codes such as `EACCES` mean nothing to most readers). */
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: "permission denied; check the file's permissions",
  EPERM: 'the operation is not permitted',
  ELOOP: 'the path has too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open; try again',
  ENFILE: 'too many files are open; try again',
  EBUSY: 'the file is busy',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EIO: 'the disk could not be read',
};

export function fileProblem(error: unknown): string {
  // Node's own errors come from another realm under Jest, so `code` is read without `instanceof Error`.
  const code: unknown = Reflect.get(Object(error), 'code');
  if (typeof code === 'string' && Object.hasOwn(FILE_PROBLEMS, code)) return FILE_PROBLEMS[code];
  if (code === 'ERR_STRING_TOO_LONG') return 'the file is too large to read';
  return 'the file could not be read';
}

async function loadSnapshot(options: ReportOptions): Promise<DirectorySnapshot> {
  if (options.live) {
    // Loaded on demand: the Elasticsearch client takes longer to load than the rest of the CLI takes to run.
    const { readLiveDirectory } = await import('../../server/directory/live_cluster');
    const snapshot = await readLiveDirectory(options.live);
    if (options.saveSnapshotPath) {
      try {
        await writeFile(options.saveSnapshotPath, `${JSON.stringify(snapshot, null, 2)}\n`);
      } catch (error) {
        throw new SnapshotError(
          `cannot save the snapshot to ${quoteBrief(options.saveSnapshotPath)}: ${fileProblem(error)}`
        );
      }
    }
    return snapshot;
  }
  if (options.snapshotPath === undefined) throw new SnapshotError('no snapshot given');
  return readSnapshotFile(options.snapshotPath);
}

/** Reads and checks a snapshot file; throws `SnapshotError` naming the file or the bad path in it. */
export async function readSnapshotFile(file: string): Promise<DirectorySnapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SnapshotError(`cannot read the snapshot ${quoteBrief(file)}: ${fileProblem(error)}`);
  }
  return parseSnapshot(text);
}

/** The terminal's width: stdout's when it is a terminal, else `COLUMNS`, else a default. */
function tableWidth(io: CliIo): number {
  const fromEnv = Number(process.env.COLUMNS);
  return io.columns ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_TABLE_WIDTH);
}

/** The report in the requested format, in pieces; throws for an unknown space before yielding anything. */
function renderPieces(
  snapshot: DirectorySnapshot,
  options: ReportOptions,
  io: CliIo
): Iterable<string> {
  const engine = createAccessEngine(snapshot);
  const requested = options.space === undefined ? undefined : [options.space];
  const users = engine.reportUsers(requested);
  const first = users.next();
  const rows = prepend(first, users);
  switch (options.format) {
    case 'csv':
      return reportCsvPieces(rows);
    case 'ndjson':
      return reportNdjsonPieces(rows);
    case 'table':
      return reportTablePieces(
        engine,
        snapshot,
        requested ?? engine.spaces().map(({ id }) => id),
        tableWidth(io)
      );
    default:
      return reportJsonPieces(
        [
          ...engine.readiness(),
          ...(requested ?? engine.spaces().map(({ id }) => id)).flatMap((spaceId) =>
            engine.spaceReadiness(spaceId)
          ),
        ],
        rows
      );
  }
}

/** Yields `first`, then the rest of `iterator`. */
function* prepend<T>(first: IteratorResult<T>, iterator: Iterator<T>): Generator<T> {
  for (let next = first; !next.done; next = iterator.next()) yield next.value;
}

/** The longest message the CLI prints: a list of every space of a large deployment would bury the point. */
const MESSAGE_LIMIT = 500;

/** A message with control characters escaped (names in it come from the directory), cut to `MESSAGE_LIMIT`. */
export function briefMessage(message: string): string {
  const escaped = escapeControl(message);
  return escaped.length > MESSAGE_LIMIT ? `${escaped.slice(0, MESSAGE_LIMIT)}…` : escaped;
}

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const options = parseReportArgs(args);
  try {
    const snapshot = await loadSnapshot(options);
    if (options.verify && options.live) {
      const engine = createAccessEngine(snapshot);
      const spaceIds = options.space ? [options.space] : engine.spaces().map(({ id }) => id);
      if (options.space) engine.evaluateSpaceCompact(options.space); // an unknown space fails here
      // Loaded only here: it brings the Elasticsearch client, which the other commands never need.
      const { formatVerification, verifyLive } = await import('./verify_live');
      const results = await verifyLive(options.live, snapshot, engine, spaceIds);
      io.stdout(
        options.format === 'table'
          ? formatVerification(results)
          : `${JSON.stringify({ verification: results }, null, 2)}\n`
      );
      return 0;
    }
    await writePieces(renderPieces(snapshot, options, io), io);
    return 0;
  } catch (error) {
    if (
      error instanceof SnapshotError ||
      error instanceof AccessEngineError ||
      error instanceof AnswerShapeError
    ) {
      io.stderr(`case-access report: ${briefMessage(error.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof DirectoryError) {
      // On the command line the client's own words (address, socket error) help: the user gave the address.
      const detail = error.detail ? ` (${escapeControl(error.detail)})` : '';
      io.stderr(`case-access report: ${briefMessage(error.message)}${detail}\n`);
      return EXIT_LIVE_FAILURE;
    }
    throw error;
  }
}

export const reportCommand: CliCommand = {
  summary: "print every user's effective case access from a directory snapshot",
  usage: USAGE,
  run: runReport,
};
