/**
 * Kibana's response factory (`KibanaResponseFactory`) and the error body format of Kibana's HTTP server:
 * every error answer is `{ statusCode, error, message, attributes? }`, `error` being the reason phrase.
 */
import { STATUS_CODES } from 'http';

import type {
  CustomHttpResponseOptions,
  ErrorHttpResponseOptions,
  HttpResponseOptions,
  HttpResponsePayload,
  IKibanaResponse,
  KibanaResponseFactory,
  ResponseError,
  ResponseHeaders,
} from '@kbn/core/server';

export class KibanaResponse<T = unknown> implements IKibanaResponse<T> {
  constructor(
    public readonly status: number,
    public readonly payload?: T,
    public readonly options: HttpResponseOptions<T> & { bypassErrorFormat?: boolean } = {}
  ) {}
}

export function isKibanaResponse(value: unknown): value is IKibanaResponse {
  return value instanceof KibanaResponse;
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  attributes?: Record<string, unknown>;
}

/** The body Kibana sends for an error response of `statusCode` carrying `error`. */
export function formatErrorBody(statusCode: number, error: ResponseError | undefined): ErrorBody {
  const reason = STATUS_CODES[statusCode] ?? 'Unknown';
  if (error === undefined) return { statusCode, error: reason, message: reason };
  if (typeof error === 'string') return { statusCode, error: reason, message: error };
  if (error instanceof Error) return { statusCode, error: reason, message: error.message };
  const message = typeof error.message === 'string' ? error.message : error.message.message;
  return error.attributes
    ? { statusCode, error: reason, message, attributes: error.attributes }
    : { statusCode, error: reason, message };
}

function errorResponse(
  statusCode: number,
  options: ErrorHttpResponseOptions = {}
): IKibanaResponse {
  return new KibanaResponse(statusCode, options.body, { headers: options.headers });
}

export const kibanaResponseFactory: KibanaResponseFactory = {
  ok<T extends HttpResponsePayload = HttpResponsePayload>(options: HttpResponseOptions<T> = {}) {
    return new KibanaResponse<T>(200, options.body, options);
  },
  badRequest: (options) => errorResponse(400, options),
  unauthorized: (options) => errorResponse(401, options),
  forbidden: (options) => errorResponse(403, options),
  notFound: (options) => errorResponse(404, options),
  conflict: (options) => errorResponse(409, options),
  customError(options: CustomHttpResponseOptions<ResponseError>) {
    if (!options || !options.statusCode) {
      throw new Error(
        `options.statusCode is expected to be set. given options: ${JSON.stringify(options)}`
      );
    }
    if (options.statusCode < 400 || options.statusCode >= 600) {
      throw new Error(
        `Unexpected Http status code. Expected from 400 to 599, but given: ${options.statusCode}`
      );
    }
    return new KibanaResponse(options.statusCode, options.body, {
      headers: options.headers,
      bypassErrorFormat: options.bypassErrorFormat,
    });
  },
};

/** Headers of a response as plain strings (Kibana allows string arrays for repeated headers). */
export function responseHeaders(
  headers: ResponseHeaders | undefined
): Array<[string, string | string[]]> {
  return Object.entries(headers ?? {});
}
