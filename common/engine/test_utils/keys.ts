/** Contract constants re-exported for the property tests. */
import { GRANT_KEYS } from '../bits';

export { CASE_CAPABILITIES, SOLUTIONS } from '../../report/types';
export const GRANT_KEYS_FOR_TEST: readonly string[] = GRANT_KEYS;
