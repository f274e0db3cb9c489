/**
 * The report's output formats, each a sequence of string pieces produced one user at a time, and the writer that
 * hands them to stdout at the pace the reader takes them: memory stays bounded whatever the directory's size and
 * however slowly the reader reads.
 */
import type { AccessEngine } from '../../common/engine';
import { csvHeader, csvRowsOf } from '../../common/report/csv';
import {
  DEFAULT_TABLE_WIDTH,
  longestName,
  noUsersLine,
  readinessBlock,
  tableHead,
  tableLayout,
  tableRow,
} from '../../common/report/table';
import type { ReadinessWarning, UserAccess } from '../../common/report/types';
import type { DirectorySnapshot } from '../../common/snapshot';
import type { CliIo } from '../types';

/**
 * `value` as `JSON.stringify(..., null, 2)` writes it `depth` levels deep (its inner lines indented to match), for
 * the small parts of the report.
 */
function atDepth(value: unknown, depth: number): string {
  const json = JSON.stringify(value, null, 2);
  if (json === undefined || (json[0] !== '{' && json[0] !== '[')) return json;
  return json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

const USERS_OPENING = '{\n  "users": [\n'.length;
const USERS_CLOSING = '\n  ]\n}'.length;

/**
 * One user of the report's `users` array (two levels deep, its first line indented too) as
 * `JSON.stringify(report, null, 2)` writes it. The user is stringified inside a `{ users: [user] }` of its own, so
 * JSON.stringify indents every line, and the wrapper is cut off: cheaper than re-indenting the text afterwards.
 */
function userJson(user: UserAccess): string {
  const json = JSON.stringify({ users: [user] }, null, 2);
  return json.slice(USERS_OPENING, json.length - USERS_CLOSING);
}

/**
 * The report as JSON, a piece per user: byte for byte `JSON.stringify({ readiness, users }, null, 2)` and a
 * newline, but holding one user at a time, so a report of every space of a large directory stays small in memory.
 */
export function* reportJsonPieces(
  readiness: readonly ReadinessWarning[],
  users: Iterable<UserAccess>
): Generator<string> {
  yield `{\n  "readiness": ${atDepth(readiness, 1)},\n  "users": [`;
  let separator = '\n';
  for (const user of users) {
    yield separator + userJson(user);
    separator = ',\n';
  }
  yield separator === '\n' ? ']\n}\n' : '\n  ]\n}\n';
}

/** One compact JSON object per user and line (newline-delimited JSON), for `jq` and log pipelines. */
export function* reportNdjsonPieces(users: Iterable<UserAccess>): Generator<string> {
  for (const user of users) yield `${JSON.stringify(user)}\n`;
}

/** The header, then each row of each user by itself (a row holds a user's names once, not once per space). */
export function* reportCsvPieces(users: Iterable<UserAccess>): Generator<string> {
  yield csvHeader();
  for (const user of users) yield* csvRowsOf(user);
}

/** Every username the report can list: the users' and the single sign-on profiles'. */
function* snapshotUsernames(snapshot: DirectorySnapshot): Generator<string> {
  for (const key of Object.keys(snapshot.users)) yield snapshot.users[key].username;
  for (const profile of snapshot.profiles) yield profile.user.username;
}

/**
 * The report as a text table `width` characters wide, one space at a time and one row at a time. Column widths
 * come from the usernames of the snapshot, so no space's rows are held to measure them.
 */
export function* reportTablePieces(
  engine: AccessEngine,
  snapshot: DirectorySnapshot,
  spaceIds: readonly string[],
  width = DEFAULT_TABLE_WIDTH
): Generator<string> {
  const names = new Map(engine.spaces().map(({ id, name }) => [id, name]));
  yield readinessBlock(
    [...engine.readiness(), ...spaceIds.flatMap((spaceId) => engine.spaceReadiness(spaceId))],
    width
  );
  const layout = tableLayout(longestName(snapshotUsernames(snapshot)), width);
  let any = false;
  for (const [position, spaceId] of spaceIds.entries()) {
    const users = engine.reportUsersInSpace(spaceId, spaceIds);
    const first = users.next();
    if (first.done) break;
    any = true;
    yield `${position > 0 ? '\n' : ''}${tableHead(layout, spaceId, names.get(spaceId) ?? spaceId)}\n`;
    yield `${tableRow(layout, first.value)}\n`;
    for (const user of users) yield `${tableRow(layout, user)}\n`;
  }
  if (!any) yield noUsersLine();
}

/** Output is handed to stdout in pieces of about this many characters: few writes, little held at once. */
export const WRITE_CHUNK_CHARS = 64 * 1024;

/**
 * Writes `pieces` to `io.stdout` in chunks of about `WRITE_CHUNK_CHARS` characters (larger pieces go as they are,
 * never joined), waiting for the reader whenever stdout says its buffer is full. Stops early, without error, when
 * the reader has gone (`io.closed()`).
 */
export async function writePieces(pieces: Iterable<string>, io: CliIo): Promise<void> {
  let buffer = '';
  const flush = async (text: string) => {
    if (io.stdout(text) === false && io.drain) await io.drain();
  };
  for (const piece of pieces) {
    if (io.closed?.()) return;
    if (piece.length >= WRITE_CHUNK_CHARS) {
      if (buffer) await flush(buffer);
      buffer = '';
      await flush(piece);
      continue;
    }
    buffer += piece;
    if (buffer.length >= WRITE_CHUNK_CHARS) {
      const text = buffer;
      buffer = '';
      await flush(text);
    }
  }
  if (buffer && !io.closed?.()) await flush(buffer);
}
