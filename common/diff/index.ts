/** Access reviews: what changed between two directory snapshots, and what a change would do. */
export * from './types';
export {
  DiffError,
  diffDirectories,
  diffEvaluated,
  type DiffOptions,
  type EvaluatedDirectory,
} from './diff';
export {
  affectedUsernames,
  applySimulation,
  isRoleSimulation,
  simulate,
  subDirectory,
  type RoleSimulation,
  type SimulationRequest,
  type SimulationResult,
  type UserSimulation,
} from './simulate';
export {
  DIFF_CSV_COLUMNS,
  describeCause,
  describeCauses,
  diffCsvRow,
  diffToCsv,
  diffToNdjson,
  diffToTable,
} from './format';
export {
  MAX_SIMULATION_BODY_BYTES,
  MAX_SNAPSHOT_FILE_BYTES,
  simulationRequestSchema,
  parseSimulationRequest,
} from './request';
