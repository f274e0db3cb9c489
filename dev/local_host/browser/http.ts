/** Kibana's browser http service: base path (space) prefixing, XSRF and version headers, JSON, typed errors. */
import type {
  HttpFetchOptions,
  HttpFetchOptionsWithPath,
  HttpHandler,
  HttpResponse,
  HttpSetup,
  IBasePath,
  IHttpFetchError,
} from '@kbn/core/public';

class HttpFetchError<T> extends Error implements IHttpFetchError<T> {
  public override readonly name = 'HttpFetchError';
  constructor(
    message: string,
    public readonly request: Request,
    public readonly response?: Response,
    public readonly body?: T
  ) {
    super(message);
  }
  get req() {
    return this.request;
  }
  get res() {
    return this.response;
  }
}

export function createBasePath(basePath: string, publicBaseUrl?: string): IBasePath {
  return {
    serverBasePath: '',
    publicBaseUrl,
    get: () => basePath,
    prepend: (url) =>
      url.startsWith('/') && !url.startsWith(`${basePath}/`) ? `${basePath}${url}` : url,
    remove: (url) =>
      basePath && url.startsWith(basePath) ? url.slice(basePath.length) || '/' : url,
  };
}

function buildQuery(query: HttpFetchOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createHttp(
  basePath: IBasePath,
  kibanaVersion: string,
  onUnauthorized: () => void
): HttpSetup {
  async function request(
    method: string,
    path: string,
    options: HttpFetchOptions & { body?: unknown } = {}
  ) {
    const fetchOptions: HttpFetchOptionsWithPath = { ...options, path };
    const url = `${options.prependBasePath === false ? path : basePath.prepend(path)}${buildQuery(options.query)}`;
    const headers: Record<string, string> = {
      'kbn-version': kibanaVersion,
      'x-elastic-internal-origin': 'Kibana',
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.version ? { 'elastic-api-version': options.version } : {}),
      ...options.headers,
    };
    const body =
      options.body === undefined || typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
    const req = new Request(url, {
      method,
      headers,
      body: body as BodyInit | undefined,
      signal: options.signal,
      credentials: 'same-origin',
    });
    const response = await fetch(req);
    const type = response.headers.get('content-type') ?? '';
    let parsed: unknown;
    if (options.rawResponse || !(type.includes('json') || type.startsWith('text/')))
      parsed = await response.blob();
    else if (type.includes('json')) parsed = await response.json().catch(() => undefined);
    else parsed = await response.text();
    if (!response.ok) {
      if (response.status === 401) onUnauthorized();
      const message =
        (parsed as { message?: string } | undefined)?.message ??
        `${response.status} ${response.statusText}`;
      throw new HttpFetchError(message, req, response, parsed);
    }
    if (options.asResponse) {
      const full: HttpResponse = { fetchOptions, request: req, response, body: parsed };
      return full;
    }
    return parsed;
  }
  const handler = (method: string): HttpHandler =>
    // The HttpHandler overloads differ only in the result type; one implementation serves both.
    ((path: string, options?: HttpFetchOptions & { body?: unknown; method?: string }) =>
      request(options?.method ?? method, path, options)) as HttpHandler;
  return {
    basePath,
    fetch: handler('GET'),
    get: handler('GET'),
    post: handler('POST'),
    put: handler('PUT'),
    delete: handler('DELETE'),
  };
}
