/**
 * The plugin's internal HTTP API. The plugin's `setup` calls
 * `registerRoutes({ router: core.http.createRouter(), logger, getStartServices: core.getStartServices,
 * buildFlavor, kibanaVersion, getFeaturesInForce })`.
 */
import { defineMeRoute } from './me';
import { defineReportCsvRoute } from './report_csv';
import { defineReportRoute } from './report';
import { createRouteContext } from './route_context';
import { defineSimulateRoute } from './simulate';
import { defineSnapshotRoute } from './snapshot';
import type { RouteDependencies } from './types';
import { defineUserRoute } from './user';
import { defineVerifyRoute } from './verify';

export type { RouteDependencies } from './types';

export function registerRoutes(deps: RouteDependencies): void {
  const context = createRouteContext(deps);
  defineReportRoute(context);
  defineUserRoute(context);
  defineMeRoute(context);
  defineReportCsvRoute(context);
  defineVerifyRoute(context);
  defineSnapshotRoute(context);
  defineSimulateRoute(context);
}
