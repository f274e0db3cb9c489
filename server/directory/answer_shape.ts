/**
 * Answers of Elasticsearch and Kibana are checked before use: a proxy, a wrong URL or another product can answer
 * 200 with a body of another shape, and the report must then say which API answered what, not fail later with
 * `Cannot read properties of undefined`.
 */
import { translate } from '../../common/i18n/translate';
import { validateSnapshot, SnapshotError, type DirectorySnapshot } from '../../common/snapshot';
import { formatPath } from '../../common/snapshot/parse';
import { DirectoryError } from '../lib/errors';

/** An answer of unexpected shape: which API gave it and which field is wrong. */
export class AnswerShapeError extends DirectoryError {
  constructor(
    readonly api: string,
    readonly field: string,
    problem: string
  ) {
    super(
      'upstream',
      502,
      translate('xpack.caseAccess.server.unexpectedAnswerErrorMessage', {
        defaultMessage:
          '{api} answered with an unexpected shape: {field} {problem}. Check that the URL points to Elasticsearch (or Kibana) itself.',
        values: { api, field, problem },
      })
    );
    this.name = 'AnswerShapeError';
  }
}

export const USERS_API = 'GET /_security/user';
export const ROLES_API = 'GET /_security/role';
export const PROFILES_API = 'GET /_security/profile';
export const SUGGEST_API = 'POST /_security/profile/_suggest';
export const PRIVILEGES_API = 'GET /_security/user/_has_privileges';
export const LICENSE_API = 'GET /_license';
export const SPACES_API = 'GET /api/spaces/space';
export const FEATURES_API = 'GET /api/features';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The API that supplied the snapshot part at `path`. */
function apiOf(path: ReadonlyArray<PropertyKey>): string {
  const [part, second] = path;
  if (part === 'users') return USERS_API;
  if (part === 'roles') return ROLES_API;
  if (part === 'profiles') return PROFILES_API;
  if (part === 'license') return LICENSE_API;
  if (part === 'kibana' && second === 'spaces') return SPACES_API;
  if (part === 'kibana' && second === 'features') return FEATURES_API;
  return 'Kibana';
}

/**
 * Checks a directory read live with the snapshot's own rules, and hands back the checked snapshot (names in
 * null-prototype records, defaults filled). Throws `AnswerShapeError` naming the API and the field.
 */
export function checkAnswers(snapshot: DirectorySnapshot): DirectorySnapshot {
  try {
    return validateSnapshot(snapshot);
  } catch (error) {
    if (!(error instanceof SnapshotError) || !error.path) throw error;
    const [, ...inner] = error.path;
    const field = inner.length > 0 ? formatPath(inner) : 'the body';
    throw new AnswerShapeError(apiOf(error.path), field, error.problem ?? 'is not valid');
  }
}
