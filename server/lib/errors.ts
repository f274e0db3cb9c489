/**
 * What can go wrong while reading the directory, as errors the routes turn into HTTP answers: the caller may not
 * read security data (403), or Elasticsearch is unreachable or failing (503 / 502). Messages are short, name the
 * fix, and never carry a stack trace.
 */
import { translate } from '../../common/i18n/translate';

export type DirectoryErrorKind = 'forbidden' | 'unavailable' | 'upstream';

export class DirectoryError extends Error {
  constructor(
    readonly kind: DirectoryErrorKind,
    readonly statusCode: 403 | 502 | 503,
    message: string
  ) {
    super(message);
    this.name = 'DirectoryError';
  }
}

export function forbiddenError(): DirectoryError {
  return new DirectoryError(
    'forbidden',
    403,
    translate('xpack.caseAccess.server.readSecurityRequiredErrorMessage', {
      defaultMessage:
        "Access denied: you need the read_security cluster privilege to audit other users' case access.",
    })
  );
}

interface ElasticsearchErrorLike {
  name?: string;
  message?: string;
  meta?: { statusCode?: number; body?: unknown };
}

function statusOf(error: ElasticsearchErrorLike): number | undefined {
  return typeof error.meta?.statusCode === 'number' ? error.meta.statusCode : undefined;
}

/** Elasticsearch's own reason (`error.reason`), or the client's message, in one line. */
function reasonOf(error: ElasticsearchErrorLike): string {
  const body = error.meta?.body as { error?: { reason?: unknown; type?: unknown } } | undefined;
  const reason = body?.error?.reason ?? body?.error?.type ?? error.message;
  const text =
    typeof reason === 'string' ? reason : (JSON.stringify(reason) ?? error.name ?? 'unknown error');
  return text.split('\n')[0].slice(0, 300);
}

/** The official client's errors raised when no answer came back at all. */
const CONNECTION_ERRORS = new Set([
  'ConnectionError',
  'NoLivingConnectionsError',
  'TimeoutError',
  'RequestAbortedError',
]);

/** Whether an Elasticsearch error says the credentials may not do this (401 or 403). */
export function isAuthorizationError(error: unknown): boolean {
  const status = statusOf(error as ElasticsearchErrorLike);
  return status === 401 || status === 403;
}

/**
 * Turns an error of the Elasticsearch client into a `DirectoryError`: 401/403 for the caller → 403 with the
 * privilege to ask for; no answer or 503 → 503; any other 5xx → 502. Other errors are returned unchanged.
 */
export function toDirectoryError(error: unknown, what: string): unknown {
  if (error instanceof DirectoryError) return error;
  const esError = error as ElasticsearchErrorLike;
  if (isAuthorizationError(error)) return forbiddenError();
  const status = statusOf(esError);
  if (CONNECTION_ERRORS.has(esError?.name ?? '')) {
    return new DirectoryError(
      'unavailable',
      503,
      translate('xpack.caseAccess.server.elasticsearchUnreachableErrorMessage', {
        defaultMessage:
          'Elasticsearch is unreachable while reading {what}: {reason}. Try again later.',
        values: { what, reason: reasonOf(esError) },
      })
    );
  }
  if (status !== undefined && status >= 500) {
    return new DirectoryError(
      status === 503 ? 'unavailable' : 'upstream',
      status === 503 ? 503 : 502,
      translate('xpack.caseAccess.server.elasticsearchFailedErrorMessage', {
        defaultMessage: 'Elasticsearch answered {status} while reading {what}: {reason}.',
        values: { status, what, reason: reasonOf(esError) },
      })
    );
  }
  return error;
}

/** A one-line description of any failure for logs and partial-directory reasons. */
export function describeError(error: unknown): string {
  const esError = error as ElasticsearchErrorLike;
  const status = statusOf(esError);
  return status !== undefined ? `${status} ${reasonOf(esError)}` : reasonOf(esError);
}
