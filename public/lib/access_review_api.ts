/** Calls of the access review: the directory snapshot and simulations, through Kibana's http service. */
import type { HttpStart } from '@kbn/core/public';
import { API_VERSION, SIMULATE_ROUTE_PATH, SNAPSHOT_ROUTE_PATH } from '../../common/constants';
import type { SimulationRequest, SimulationResult } from '../../common/diff';
import { validateSnapshot, type DirectorySnapshot } from '../../common/snapshot';

export function fetchSnapshot(http: Pick<HttpStart, 'get'>, signal?: AbortSignal) {
  return http
    .get<unknown>(SNAPSHOT_ROUTE_PATH, { version: API_VERSION, signal })
    .then((body): DirectorySnapshot & { takenAt?: string } => validateSnapshot(body));
}

export function postSimulation(http: Pick<HttpStart, 'post'>, request: SimulationRequest) {
  return http.post<SimulationResult>(SIMULATE_ROUTE_PATH, {
    version: API_VERSION,
    body: JSON.stringify(request),
  });
}

/** `case-access-snapshot-2026-12-07.json`: the date the directory was read. */
export function snapshotFilename(takenAt: string | undefined, now: Date = new Date()): string {
  const date = (takenAt ?? now.toISOString()).slice(0, 10);
  return `case-access-snapshot-${date}.json`;
}
