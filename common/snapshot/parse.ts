/** Reading a directory snapshot: JSON text or a parsed value in, a checked `DirectorySnapshot` out. */
import type { z } from 'zod';
import { quoteBrief } from '../text/escape';
import { roleSchema, snapshotSchema, userSchema } from './schema';
import type { DirectorySnapshot } from './types';

/** A snapshot that cannot be used; the message names the offending path and what was expected there. */
export class SnapshotError extends Error {
  constructor(
    message: string,
    /** Where the first problem is, and what it is, when the value had the wrong shape. */
    readonly path?: ReadonlyArray<PropertyKey>,
    readonly problem?: string
  ) {
    super(message);
    this.name = 'SnapshotError';
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `roles.analyst.applications[0].resources`; keys that are not identifiers are quoted: `roles["a.b"]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${quoteBrief(String(key))}]`;
  }
  return out || '(root)';
}

const ARTICLES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** Wording for zod's built-in checks; schema-level messages (e.g. "expected an array of strings") win. */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  if (issue.code === 'invalid_type') {
    const expected = ARTICLES[issue.expected] ?? issue.expected;
    return issue.input === undefined ? `is missing (expected ${expected})` : `expected ${expected}`;
  }
  if (issue.code === 'invalid_value') {
    const choices = `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    return issue.input === undefined ? `is missing (expected ${choices})` : `expected ${choices}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  return issue.message ?? 'is not valid';
}

interface Problem {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/**
 * Checks each entry of a record keyed by name (users, roles) and copies them into an object without a prototype,
 * so that every name is an ordinary key: `__proto__`, `constructor` and `prototype` included.
 */
function checkNamed<T>(
  field: string,
  record: Record<string, unknown>,
  schema: z.ZodType<T>,
  problems: Problem[]
): Record<string, T> {
  const checked = Object.create(null) as Record<string, T>;
  for (const name of Object.keys(record)) {
    const result = schema.safeParse(record[name], { error: describeIssue });
    if (result.success) checked[name] = result.data;
    else {
      for (const issue of result.error.issues) {
        problems.push({ path: [field, name, ...issue.path], message: issue.message });
      }
    }
  }
  return checked;
}

/** Each user's key must be its username: else one entry could silently stand in for another user. */
function checkUserKeys(users: Record<string, { username: string }>, problems: Problem[]): void {
  for (const key of Object.keys(users)) {
    const { username } = users[key];
    if (username !== key) {
      problems.push({
        path: ['users', key, 'username'],
        message: `the entry under the key ${quoteBrief(key)} has the username ${quoteBrief(
          username
        )}; the key and the username must be the same`,
      });
    }
  }
}

function report(problems: Problem[]): SnapshotError {
  const [first, ...rest] = problems;
  const more =
    rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return new SnapshotError(
    `${formatPath(first.path)}: ${first.message}${more}`,
    first.path,
    first.message
  );
}

/** Checks a parsed value against the snapshot shape; throws `SnapshotError` naming the first bad path. */
export function validateSnapshot(value: unknown): DirectorySnapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SnapshotError(
      'snapshot: expected a JSON object with kibana, license, users, roles and profiles'
    );
  }
  const result = snapshotSchema.safeParse(value, { error: describeIssue });
  if (!result.success) throw report(result.error.issues);
  // The record schema above lost any entry named `__proto__`: read the entries from the input itself.
  const raw = value as { users: Record<string, unknown>; roles: Record<string, unknown> };
  const problems: Problem[] = [];
  const users = checkNamed('users', raw.users, userSchema, problems);
  const roles = checkNamed('roles', raw.roles, roleSchema, problems);
  checkUserKeys(users, problems);
  if (problems.length > 0) throw report(problems);
  // The schema mirrors DirectorySnapshot field by field; zod's inferred type spells the estypes differently
  // (e.g. loose objects), so the checked value is handed over with the declared type.
  return { ...result.data, users, roles } as unknown as DirectorySnapshot;
}

/** A UTF-8 byte order mark, which some editors write at the start of a file: not part of the JSON. */
const BYTE_ORDER_MARK = '\uFEFF';

/** Where JSON.parse stopped, in words (its own message quotes the text it read, which may be anything). */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (text.trim() === '') return 'the file is empty';
  if (/end of (JSON|data)|Unterminated/i.test(message)) return 'the text ends too early';
  const position = /position (\d+)/.exec(message);
  if (!position) return 'unexpected text';
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `unexpected text at line ${line}, column ${column}`;
}

/** Parses snapshot JSON text; throws `SnapshotError` for invalid JSON or a wrong shape. */
export function parseSnapshot(text: string): DirectorySnapshot {
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new SnapshotError(`snapshot: not valid JSON (${jsonProblem(json, error)})`);
  }
  return validateSnapshot(value);
}
