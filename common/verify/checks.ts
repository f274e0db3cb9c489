/**
 * The one place that says which Kibana actions prove which cell of the report. Every action string comes from
 * Kibana's `authz.actions` (x-pack/platform/packages/shared/security/plugin_types_server/src/authorization/actions/),
 * never spelled here; the operations are those Kibana's cases feature privilege builder grants per `cases` key
 * (x-pack/platform/packages/private/security/authorization_core/src/privileges/feature_privilege_builder/cases.ts),
 * picking for each capability an operation that only that key grants. Connectors are proved with the saved-object
 * actions their feature privileges carry (feature_privilege_builder/saved_object.ts): running a connector reads
 * `action` and creates `action_task_params`; managing connectors creates `action`.
 */
import type { Actions } from '@kbn/security-plugin/server';
import { CASE_OPERATIONS } from '../engine/catalog';
import { CASE_OWNERS } from '../features/constants';
import type { CaseCapability, Solution } from '../report/types';

/**
 * The case operation that proves each capability (one that no other `cases` key grants): Kibana's operation names,
 * kept once in the engine's catalogue. The independence verification needs is in how privileges are registered
 * (the host's own builder), not in these names.
 */
export const VERIFIED_CASE_OPERATIONS: Readonly<Record<CaseCapability, string>> = CASE_OPERATIONS;

/** Cells proved once per space (the same for every solution). */
export const SPACE_CELLS = ['executeConnectors', 'manageConnectors'] as const;
export type SpaceCell = (typeof SPACE_CELLS)[number];

/** What a difference names: a case capability, assignability, or a Connectors cell. */
export type VerifiedCell = CaseCapability | 'assignable' | SpaceCell;

/** One privilege check: every listed action must be held (Elasticsearch answers "has all requested"). */
export interface PlannedCheck {
  key: string;
  solution: Solution | null;
  cell: CaseCapability | SpaceCell;
  actions: string[];
}

export function caseCheckKey(solution: Solution, capability: CaseCapability): string {
  return `${solution}/${capability}`;
}

/**
 * The checks for a space: one per available case capability of each solution, plus Connectors execute and
 * manage. Assignability needs no check of its own: the Cases assignee picker asks for `getCase`, the `read` check.
 */
export function planChecks(
  actions: Pick<Actions, 'cases' | 'savedObject'>,
  available: Record<Solution, readonly CaseCapability[]>,
  connectorsAvailable: boolean
): PlannedCheck[] {
  const checks: PlannedCheck[] = [];
  for (const [solution, capabilities] of Object.entries(available) as Array<
    [Solution, readonly CaseCapability[]]
  >) {
    for (const capability of capabilities) {
      checks.push({
        key: caseCheckKey(solution, capability),
        solution,
        cell: capability,
        actions: [actions.cases.get(CASE_OWNERS[solution], VERIFIED_CASE_OPERATIONS[capability])],
      });
    }
  }
  if (connectorsAvailable) {
    checks.push({
      key: 'executeConnectors',
      solution: null,
      cell: 'executeConnectors',
      actions: [
        actions.savedObject.get('action', 'get'),
        actions.savedObject.get('action_task_params', 'create'),
      ],
    });
    checks.push({
      key: 'manageConnectors',
      solution: null,
      cell: 'manageConnectors',
      actions: [actions.savedObject.get('action', 'create')],
    });
  }
  return checks;
}
