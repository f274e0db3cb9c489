/** Reading a directory snapshot: JSON text or a parsed value in, a checked `DirectorySnapshot` out. */
import type { z } from 'zod';
import { snapshotSchema } from './schema';
import type { DirectorySnapshot } from './types';

/** A snapshot that cannot be used; the message names the offending path and what was expected there. */
export class SnapshotError extends Error {
  constructor(message: string) {
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
    else out += `[${JSON.stringify(String(key))}]`;
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

/** Checks a parsed value against the snapshot shape; throws `SnapshotError` naming the first bad path. */
export function validateSnapshot(value: unknown): DirectorySnapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SnapshotError(
      'snapshot: expected a JSON object with kibana, license, users, roles and profiles'
    );
  }
  const result = snapshotSchema.safeParse(value, { error: describeIssue });
  if (!result.success) {
    const [first, ...rest] = result.error.issues;
    const more =
      rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    throw new SnapshotError(`${formatPath(first.path)}: ${first.message}${more}`);
  }
  // The schema mirrors DirectorySnapshot field by field; zod's inferred type spells the estypes differently
  // (e.g. loose objects), so the checked value is handed over with the declared type.
  return result.data as unknown as DirectorySnapshot;
}

/** Parses snapshot JSON text; throws `SnapshotError` for invalid JSON or a wrong shape. */
export function parseSnapshot(text: string): DirectorySnapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SnapshotError(`snapshot: not valid JSON (${reason})`);
  }
  return validateSnapshot(value);
}
