/**
 * Elasticsearch error bodies, as the real cluster sends them (`{ error: { root_cause, type, reason, ... }, status }`),
 * so that the official client raises the same `ResponseError`s it would against a cluster.
 */
import type { estypes } from '@elastic/elasticsearch';

export class FixtureHttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    reason: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(reason);
  }

  toBody(): estypes.ErrorResponseBase {
    const cause = { type: this.type, reason: this.message };
    return { error: { root_cause: [cause], ...cause }, status: this.status };
  }
}

export function unauthenticated(reason: string): FixtureHttpError {
  return new FixtureHttpError(401, 'security_exception', reason, {
    'WWW-Authenticate': 'Basic realm="security", charset="UTF-8", ApiKey',
  });
}

export function unauthorized(
  action: string,
  username: string,
  roles: readonly string[],
  grantedBy: readonly string[]
): FixtureHttpError {
  return new FixtureHttpError(
    403,
    'security_exception',
    `action [${action}] is unauthorized for user [${username}] with effective roles [${roles.join(',')}], ` +
      `this action is granted by the cluster privileges [${grantedBy.join(',')}]`
  );
}

export function badRequest(reason: string): FixtureHttpError {
  return new FixtureHttpError(400, 'illegal_argument_exception', reason);
}

export function notFound(reason: string): FixtureHttpError {
  return new FixtureHttpError(404, 'resource_not_found_exception', reason);
}
