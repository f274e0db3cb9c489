/** The answer of `GET /internal/case_access/verify` (and of the CLI's `report --verify`). */
import type { Solution } from '../report/types';
import type { VerifiedCell } from './checks';

/**
 * Why the model and Elasticsearch disagree: `roles-changed-since-login` when the roles stored in the user's profile
 * (what Elasticsearch judges) explain it, `model-mismatch` when they do not: a defect of this plugin's model.
 */
export const DIFFERENCE_REASONS = ['roles-changed-since-login', 'model-mismatch'] as const;
export type DifferenceReason = (typeof DIFFERENCE_REASONS)[number];

export interface VerifyDifference {
  username: string;
  /** `null` for the Connectors cells, which are the same in every solution. */
  solution: Solution | null;
  capability: VerifiedCell;
  /** The report's answer (from the user's current roles). */
  model: boolean;
  /**
   * Elasticsearch's answer for the profile (its stored roles), with the rules Kibana applies on top of it:
   * assigning needs an active Platinum licence, and assignability an enabled profile.
   */
  elasticsearch: boolean;
  reason: DifferenceReason;
  /** The Kibana actions Elasticsearch was asked about. */
  actions: string[];
}

export interface VerifyResponse {
  space: string;
  /** Users with a profile whose every cell was checked. */
  checked: number;
  /** Users without a profile (never logged in), or whose profile Elasticsearch could not check. */
  notVerifiable: number;
  /** Checked users with no difference. */
  confirmed: number;
  differences: VerifyDifference[];
  /** Users with a profile that Elasticsearch could not check, and why (they count in `notVerifiable`). */
  errors: Array<{ username: string; reason: string }>;
}
