/**
 * `report`: every user's effective case access from a directory snapshot, as JSON, CSV or a text table.
 * Options are declared in one table so other sources (e.g. a live Elasticsearch) can add theirs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AccessEngineError, createAccessEngine, type AccessEngine } from '../../common/engine';
import { csvHeader, csvRows } from '../../common/report/csv';
import { formatReportTable } from '../../common/report/table';
import type { ReadinessWarning, UserAccess } from '../../common/report/types';
import { parseSnapshot, SnapshotError, type DirectorySnapshot } from '../../common/snapshot';
import type { LiveClusterOptions } from '../../server/directory/live_cluster';
import { DirectoryError } from '../../server/lib/errors';
import { UsageError, type CliCommand, type CliIo } from '../types';

export const REPORT_FORMATS = ['json', 'csv', 'table'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const USAGE =
  'case-access report (--snapshot FILE | --es-url URL (--api-key KEY | --username U --password P) ' +
  '[--kibana-url URL] [--public-base-url URL] [--email-service] [--save-snapshot FILE]) ' +
  '[--space ID] [--format json|csv|table]';
/** The live cluster could not be read (unreachable, refused): not the user's input, so not exit code 2. */
const EXIT_LIVE_FAILURE = 1;
/** Bad input (unreadable or invalid snapshot, unknown space) exits like a bad command line. */
const EXIT_BAD_INPUT = 2;

export const REPORT_OPTIONS = {
  snapshot: { type: 'string' },
  space: { type: 'string' },
  format: { type: 'string' },
  'es-url': { type: 'string' },
  'api-key': { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
  'kibana-url': { type: 'string' },
  'save-snapshot': { type: 'string' },
  'public-base-url': { type: 'string' },
  'email-service': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export interface ReportOptions {
  /** Exactly one of `snapshotPath` and `live`. */
  snapshotPath?: string;
  live?: LiveClusterOptions;
  saveSnapshotPath?: string;
  space?: string;
  format: ReportFormat;
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
    throw new UsageError(`--format must be json, csv or table, not "${format}"`, USAGE);
  }
  if (values.space === '') throw new UsageError('--space needs a space id', USAGE);
  return {
    snapshotPath: values.snapshot,
    live,
    saveSnapshotPath: values['save-snapshot'],
    space: values.space,
    format,
  };
}

function checkUrl(flag: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  throw new UsageError(`${flag} must be an http(s) URL, not "${value}"`, USAGE);
}

function parseLiveOptions(
  esUrl: string,
  values: ReturnType<typeof parseOptions>['values']
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
    esUrl: checkUrl('--es-url', esUrl),
    ...(apiKey ? { apiKey } : { username, password }),
    ...(kibanaUrl ? { kibanaUrl: checkUrl('--kibana-url', kibanaUrl) } : {}),
    // kibana.yml settings cannot be read from outside Kibana: the caller states them.
    ...(publicBaseUrl !== undefined
      ? { publicBaseUrl: checkUrl('--public-base-url', publicBaseUrl) }
      : {}),
    emailServiceAvailable: values['email-service'] === true,
  };
}

async function loadSnapshot(options: ReportOptions): Promise<DirectorySnapshot> {
  if (options.live) {
    // Loaded on demand: the Elasticsearch client takes longer to load than the rest of the CLI takes to run.
    const { readLiveDirectory } = await import('../../server/directory/live_cluster');
    const snapshot = await readLiveDirectory(options.live);
    if (options.saveSnapshotPath) {
      await writeFile(options.saveSnapshotPath, `${JSON.stringify(snapshot, null, 2)}\n`);
    }
    return snapshot;
  }
  if (options.snapshotPath === undefined) throw new SnapshotError('no snapshot given');
  let text: string;
  try {
    text = await readFile(options.snapshotPath, 'utf8');
  } catch (error) {
    const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : String(code ?? error);
    throw new SnapshotError(`cannot read snapshot ${options.snapshotPath}: ${reason}`);
  }
  return parseSnapshot(text);
}

/** Output is handed to stdout in pieces of about this many characters: few writes, little held at once. */
const WRITE_CHUNK_CHARS = 16 * 1024;

/**
 * `value` as `JSON.stringify(..., null, 2)` writes it `depth` levels deep (its inner lines indented to match),
 * without the brackets of the arrays that put it there.
 */
function atDepth(value: unknown, depth: number): string {
  let nested = value;
  let prefix = '';
  let suffix = '';
  for (let level = 0; level < depth; level++) {
    nested = [nested];
    prefix += `[\n${'  '.repeat(level + 1)}`;
    suffix = `\n${'  '.repeat(level)}]${suffix}`;
  }
  const json = JSON.stringify(nested, null, 2);
  return json.slice(prefix.length, json.length - suffix.length);
}

/**
 * One user of the report's `users` array (two levels deep) as `JSON.stringify` writes it, in pieces of one space
 * each: small strings that die young instead of one large string per user.
 */
function* userJsonPieces(user: UserAccess): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(user)) {
    // JSON leaves out keys whose value is undefined.
    if (value === undefined) continue;
    const lead = `${first ? '{' : ','}\n      ${JSON.stringify(key)}: `;
    first = false;
    if (key === 'spaces' && Array.isArray(value) && value.length > 0) {
      yield `${lead}[`;
      for (let index = 0; index < value.length; index++) {
        yield `${index === 0 ? '' : ','}\n        ${atDepth(value[index], 4)}`;
      }
      yield '\n      ]';
    } else {
      yield `${lead}${atDepth(value, 3)}`;
    }
  }
  yield first ? '{}' : '\n    }';
}

/**
 * The report as JSON, a piece at a time: byte for byte `JSON.stringify({ readiness, users }, null, 2)` and a
 * newline, but holding one user at a time, so a report of every space of a large directory stays small in memory.
 */
export function* reportJsonPieces(
  readiness: readonly ReadinessWarning[],
  users: Iterable<UserAccess>
): Generator<string> {
  yield `{\n  "readiness": ${atDepth(readiness, 1)},\n  "users": [`;
  let separator = '\n';
  for (const user of users) {
    yield `${separator}    `;
    yield* userJsonPieces(user);
    separator = ',\n';
  }
  yield separator === '\n' ? ']\n}\n' : '\n  ]\n}\n';
}

/** The report as a text table, one space at a time (the rows of one space are needed for column widths). */
function* tablePieces(engine: AccessEngine, spaceIds: readonly string[]): Generator<string> {
  const names = Object.fromEntries(engine.spaces().map(({ id, name }) => [id, name]));
  const [first, ...rest] = spaceIds;
  const rows = (spaceId: string) => [...engine.reportUsersInSpace(spaceId, spaceIds)];
  const firstRows = rows(first);
  yield formatReportTable({ readiness: engine.readiness(), users: firstRows }, names);
  // No users: one "No users." line, as for the whole report.
  if (firstRows.length === 0) return;
  // Consecutive spaces' tables are separated by a blank line, as `formatReportTable` lays out several spaces.
  for (const spaceId of rest) {
    yield `\n${formatReportTable({ readiness: [], users: rows(spaceId) }, names)}`;
  }
}

/** Yields `first`, then the rest of `iterator`. */
function* prepend<T>(first: IteratorResult<T>, iterator: Iterator<T>): Generator<T> {
  for (let next = first; !next.done; next = iterator.next()) yield next.value;
}

/** The report in the requested format, in pieces; throws for an unknown space before yielding anything. */
function renderPieces(snapshot: DirectorySnapshot, options: ReportOptions): Iterable<string> {
  const engine = createAccessEngine(snapshot);
  const requested = options.space === undefined ? undefined : [options.space];
  const users = engine.reportUsers(requested);
  const first = users.next();
  const rows = prepend(first, users);
  if (options.format === 'csv') {
    return (function* () {
      yield csvHeader();
      for (const user of rows) yield csvRows(user);
    })();
  }
  if (options.format === 'table') {
    return tablePieces(engine, requested ?? engine.spaces().map(({ id }) => id));
  }
  return reportJsonPieces(engine.readiness(), rows);
}

/** Writes pieces to `write` in chunks of about `WRITE_CHUNK_CHARS`. */
function writeChunked(pieces: Iterable<string>, write: (text: string) => void): void {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= WRITE_CHUNK_CHARS) {
      write(buffer);
      buffer = '';
    }
  }
  if (buffer) write(buffer);
}

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const options = parseReportArgs(args);
  try {
    writeChunked(renderPieces(await loadSnapshot(options), options), io.stdout);
    return 0;
  } catch (error) {
    if (error instanceof SnapshotError || error instanceof AccessEngineError) {
      io.stderr(`case-access report: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof DirectoryError) {
      io.stderr(`case-access report: ${error.message}\n`);
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
