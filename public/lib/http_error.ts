/** What the page shows for a failed request: the server's message and, for 403, the permission explanation. */
import type { ApiErrorBody } from '../../common/report/api';

export interface RequestError {
  status?: number;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorBody(value: unknown): value is Partial<ApiErrorBody> {
  return isRecord(value) && typeof value.message === 'string';
}

/** Reads Kibana's http fetch error (`body: { statusCode, error, message }`, `response.status`) or any Error. */
export function toRequestError(error: unknown): RequestError {
  if (!isRecord(error)) return { message: String(error) };
  const body = error.body;
  const response = error.response;
  const status =
    (isRecord(response) && typeof response.status === 'number' ? response.status : undefined) ??
    (isErrorBody(body) && typeof body.statusCode === 'number' ? body.statusCode : undefined);
  const ownMessage = typeof error.message === 'string' ? error.message : JSON.stringify(error);
  const message = isErrorBody(body) && body.message ? body.message : ownMessage;
  return { status, message };
}

export function isAbortError(error: unknown): boolean {
  return isRecord(error) && error.name === 'AbortError';
}
