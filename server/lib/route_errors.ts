/**
 * Turning failures into route answers: 401 / 403 / 502 / 503 with a short reason, each distinct failure logged
 * once (401 and 403 are the caller's, not failures, and are not logged).
 */
import type { IKibanaResponse, KibanaResponseFactory, Logger } from '@kbn/core/server';
import { translate } from '../../common/i18n/translate';
import { DirectoryError, toDirectoryError } from './errors';

/** Reasons already logged; cleared when reads succeed again, so a recurring outage is logged again. */
export class FailureLog {
  private readonly logged = new Set<string>();

  constructor(private readonly logger: Logger) {}

  /** Logs `detail` (default: `message`) unless `message` was logged since the last recovery. */
  once(message: string, detail?: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    this.logger.warn(detail ? `${message} (${detail})` : message);
  }

  recovered(): void {
    this.logged.clear();
  }
}

export function errorResponse(
  error: unknown,
  response: KibanaResponseFactory,
  failures: FailureLog
): IKibanaResponse {
  const mapped = toDirectoryError(error, 'the directory');
  if (mapped instanceof DirectoryError) {
    if (mapped.statusCode === 401) return response.unauthorized({ body: mapped.message });
    if (mapped.statusCode === 403) return response.forbidden({ body: mapped.message });
    failures.once(mapped.message, mapped.detail);
    return response.customError({ statusCode: mapped.statusCode, body: mapped.message });
  }
  // A bug, not a directory failure: log it once, answer without internals.
  const message = mapped instanceof Error ? mapped.message : String(mapped);
  failures.once(`Case access failed: ${message}`);
  return response.customError({
    statusCode: 500,
    body: translate('xpack.caseAccess.server.unexpectedErrorMessage', {
      defaultMessage: 'Case access could not answer; the Kibana server log has the reason.',
    }),
  });
}
