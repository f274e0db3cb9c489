/** What every route handler shares: the directory service and the failure log. */
import type { RouteDependencies } from './types';
import { DirectoryService } from '../lib/directory_service';
import { FailureLog } from '../lib/route_errors';

export interface RouteContext {
  deps: RouteDependencies;
  directory: DirectoryService;
  failures: FailureLog;
}

export function createRouteContext(deps: RouteDependencies): RouteContext {
  return { deps, directory: new DirectoryService(deps), failures: new FailureLog(deps.logger) };
}
