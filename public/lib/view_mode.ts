import type { Capabilities } from '@kbn/core/public';
import {
  CASE_ACCESS_FEATURE_ID,
  CASE_ACCESS_UI_AUDIT,
  CASE_ACCESS_UI_READ_OWN,
} from '../../common/constants';
import type { ViewMode } from '../types';

/** The one place that reads `capabilities.caseAccess`: audit beats read-own; neither is forbidden. */
export function getViewMode(capabilities: Readonly<Capabilities>): ViewMode {
  const feature = capabilities[CASE_ACCESS_FEATURE_ID];
  if (feature?.[CASE_ACCESS_UI_AUDIT] === true) return 'audit';
  if (feature?.[CASE_ACCESS_UI_READ_OWN] === true) return 'readOwn';
  return 'forbidden';
}
