/** Builds the `KibanaRequest` a route handler receives from the hapi request. */
import { randomUUID } from 'crypto';
import { Subject } from 'rxjs';
import type { Request } from '@hapi/hapi';

import type { Headers, KibanaRequest, RouteMethod } from '@kbn/core/server';

export interface KibanaRequestInit {
  hapiRequest: Request;
  routePath: string;
  method: RouteMethod;
  routeOptions: Record<string, unknown>;
  isAuthenticated: boolean;
  params: unknown;
  query: unknown;
  body: unknown;
}

export function toKibanaRequest(init: KibanaRequestInit): KibanaRequest {
  const { hapiRequest } = init;
  const aborted$ = new Subject<void>();
  const completed$ = new Subject<void>();
  hapiRequest.raw.req.once('aborted', () => aborted$.next());
  hapiRequest.raw.res.once('finish', () => {
    completed$.next();
    completed$.complete();
    aborted$.complete();
  });
  const host = hapiRequest.info.host || 'localhost';
  const url = new URL(`${hapiRequest.url.pathname}${hapiRequest.url.search}`, `http://${host}`);
  const id =
    typeof hapiRequest.headers['x-opaque-id'] === 'string'
      ? hapiRequest.headers['x-opaque-id']
      : randomUUID();
  return Object.freeze({
    id,
    uuid: randomUUID(),
    url,
    route: Object.freeze({ path: init.routePath, method: init.method, options: init.routeOptions }),
    headers: { ...hapiRequest.headers } as Headers,
    isSystemRequest: hapiRequest.headers['kbn-system-request'] === 'true',
    auth: { isAuthenticated: init.isAuthenticated },
    events: { aborted$: aborted$.asObservable(), completed$: completed$.asObservable() },
    params: init.params,
    query: init.query,
    body: init.body,
  });
}
