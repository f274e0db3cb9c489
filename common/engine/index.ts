/** The access engine: pure TypeScript shared by the server, the browser and the CLI. */
export {
  createAccessEngine,
  featuresInForce,
  AccessEngineError,
  type AccessEngine,
} from './engine';
export {
  CASE_OPERATIONS,
  isActionPattern,
  buildPrivilegeCatalog,
  caseAlertReadActions,
  featurePrivilegeName,
  type FeatureEffect,
  type PrivilegeCatalog,
  type PrivilegeCatalogOptions,
  type PrivilegeDefinition,
  type PrivilegeKind,
  type ResolvedPrivilege,
  type UnregisteredReason,
} from './catalog';
export {
  accessLevel,
  buildSolutionAccess,
  connectorsAccess,
  SERVERLESS_OBSERVABILITY_EDITOR_ROLES,
  allowsRuleCaseActions,
  isAssignable,
  type SolutionAccessContext,
} from './solution_access';
export {
  effectiveLicenseType,
  licenseAtLeast,
  allowsAssignment,
  allowsExternalIncidentConnectors,
  allowsSubFeaturePrivileges,
} from './license';
export { disabledFeaturesOfSpace, resourceCoversSpace, wildcardMatch } from './spaces';
export { capabilitiesOf, GRANT_KEYS, CASE_ACTION_BITS, caseActionBits, countedBits } from './bits';
export {
  CASE_ACTION_ASSIGN_SINCE,
  caseActionRequiresAssign,
  kibanaVersionAtLeast,
  parseKibanaVersion,
} from './kibana_version';
export { indexPatternMatches, roleReadsIndex } from './roles';
export { realmOf, userKey } from './directory';
export { apiReachableOwners, securityAlertsIndex } from './role_sets';
export { describeGrant } from './explain';
export {
  CELL_ADD_ALERTS,
  CELL_ASSIGNABLE,
  CELL_MANAGE_CONNECTORS,
  CELL_PUSH_TO_EXTERNAL,
  CELL_RULE_CASE_ACTIONS,
  SECURITY_SOLUTION_INDEX,
  levelOf,
  warningBit,
  type SpaceEvaluation,
} from './space_evaluation';
