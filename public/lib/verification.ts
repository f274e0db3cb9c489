/** Verification results in the panel: the request, and each row's status. */
import type { HttpStart } from '@kbn/core/public';
import { API_VERSION, VERIFY_ROUTE_PATH } from '../../common/constants';
import type { ReportRow } from '../../common/report/api';
import type { VerifyDifference, VerifyResponse } from '../../common/verify/types';

export type VerificationStatus = 'verified' | 'differs' | 'notVerifiable';

export function fetchVerification(http: Pick<HttpStart, 'get'>, space: string) {
  return http.get<VerifyResponse>(VERIFY_ROUTE_PATH, { query: { space }, version: API_VERSION });
}

export function differencesOf(result: VerifyResponse, username: string): VerifyDifference[] {
  return result.differences.filter((difference) => difference.username === username);
}

/** Not verifiable without a profile or when Elasticsearch could not check it; else whether any cell differs. */
export function verificationStatus(result: VerifyResponse, user: ReportRow): VerificationStatus {
  if (!user.profile || result.errors.some((error) => error.username === user.username)) {
    return 'notVerifiable';
  }
  return differencesOf(result, user.username).length > 0 ? 'differs' : 'verified';
}

/** Users who differ in at least one cell. */
export function differingUsers(result: VerifyResponse): number {
  return new Set(result.differences.map((difference) => difference.username)).size;
}
