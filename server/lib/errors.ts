/**
 * What can go wrong while reading the directory, as errors the routes turn into HTTP answers: the caller's
 * credentials are no longer valid (401, as Kibana's router forwards an Elasticsearch 401 so that its session
 * handling logs the user in again), the caller may not read security data (403), or Elasticsearch is unreachable,
 * failing or does not offer an API (503 / 502). Messages are short, name the fix, and never carry a stack trace.
 */
import { translate } from '../../common/i18n/translate';

export type DirectoryErrorKind = 'unauthenticated' | 'forbidden' | 'unavailable' | 'upstream';

export class DirectoryError extends Error {
  constructor(
    readonly kind: DirectoryErrorKind,
    readonly statusCode: 401 | 403 | 502 | 503,
    message: string,
    /**
     * What the client or socket said (addresses, ports, socket errors): for the server log only, never for the
     * answer's body, which carries `message` in words.
     */
    readonly detail?: string
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

export function unauthenticatedError(): DirectoryError {
  return new DirectoryError(
    'unauthenticated',
    401,
    translate('xpack.caseAccess.server.credentialsExpiredErrorMessage', {
      defaultMessage:
        'Elasticsearch no longer accepts your credentials (the session or API key may have expired). Log in again.',
    })
  );
}

interface ElasticsearchErrorLike {
  name?: string;
  message?: string;
  meta?: { statusCode?: number; body?: unknown };
}

export function statusOf(error: ElasticsearchErrorLike): number | undefined {
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
 * Turns an error of the Elasticsearch client into a `DirectoryError`: 401 → 401 (log in again); 403 → 403 with
 * the privilege to ask for; no answer or 503 → 503; any other status Elasticsearch answers with (5xx, or a 4xx
 * such as serverless's 410 for an API it does not offer) → 502 naming it. Other errors are returned unchanged.
 */
export function toDirectoryError(error: unknown, what: string): unknown {
  if (error instanceof DirectoryError) return error;
  const esError = error as ElasticsearchErrorLike;
  const status = statusOf(esError);
  if (status === 401) return unauthenticatedError();
  if (isAuthorizationError(error)) return forbiddenError();
  if (CONNECTION_ERRORS.has(esError?.name ?? '')) {
    return new DirectoryError(
      'unavailable',
      503,
      translate('xpack.caseAccess.server.elasticsearchUnreachableErrorMessage', {
        defaultMessage: 'Elasticsearch is unreachable while reading {what}. Try again later.',
        values: { what },
      }),
      reasonOf(esError)
    );
  }
  // The client could not parse the body: an answer cut short (a proxy, a dropped connection) or not JSON.
  if (esError?.name === 'DeserializationError') {
    return new DirectoryError(
      'upstream',
      502,
      translate('xpack.caseAccess.server.elasticsearchIncompleteErrorMessage', {
        defaultMessage:
          'Elasticsearch sent an incomplete or unreadable answer while reading {what}. Try again later.',
        values: { what },
      }),
      reasonOf(esError)
    );
  }
  if (status !== undefined && status >= 400) {
    return new DirectoryError(
      status === 503 ? 'unavailable' : 'upstream',
      status === 503 ? 503 : 502,
      translate('xpack.caseAccess.server.elasticsearchFailedErrorMessage', {
        defaultMessage: 'Elasticsearch answered {status} while reading {what}. Try again later.',
        values: { status, what },
      }),
      reasonOf(esError)
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
