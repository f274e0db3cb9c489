/** Verification of the report against Elasticsearch (see verify.ts). */
export {
  planChecks,
  caseCheckKey,
  VERIFIED_CASE_OPERATIONS,
  SPACE_CELLS,
  type PlannedCheck,
  type SpaceCell,
  type VerifiedCell,
} from './checks';
export {
  verifySpace,
  VERIFY_UIDS_PER_CALL,
  VERIFY_CONCURRENCY,
  type ProfileCheckAnswer,
  type ProfilePrivilegeChecker,
  type VerifyInput,
} from './verify';
export {
  elasticsearchProfileChecker,
  kibanaProfileChecker,
  type ProfileHasPrivilegesClient,
} from './checkers';
export {
  DIFFERENCE_REASONS,
  type DifferenceReason,
  type VerifyDifference,
  type VerifyResponse,
} from './types';
