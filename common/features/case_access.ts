/**
 * The plugin's own feature, "Case access": `all` audits every user's case access, `read` shows a user only their
 * own. Both open the management app, so both grant its management entry.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import {
  CASE_ACCESS_AUDIT_API_TAG,
  CASE_ACCESS_FEATURE_ID,
  CASE_ACCESS_READ_OWN_API_TAG,
  CASE_ACCESS_UI_AUDIT,
  CASE_ACCESS_UI_READ_OWN,
  MANAGEMENT_APP_ID,
  MANAGEMENT_SECTION_ID,
} from '../constants';
import { translate } from '../i18n/translate';
import { APP_CATEGORIES } from './categories';

/** After Cases (3100) in the Management category of the role editor. */
const CASE_ACCESS_ORDER = 3200;
const MANAGEMENT = { [MANAGEMENT_SECTION_ID]: [MANAGEMENT_APP_ID] };

export function getCaseAccessFeature(): KibanaFeatureConfig {
  return {
    id: CASE_ACCESS_FEATURE_ID,
    name: translate('xpack.caseAccess.features.caseAccess.featureName', {
      defaultMessage: 'Case access',
    }),
    description: translate('xpack.caseAccess.features.caseAccess.featureDescription', {
      defaultMessage:
        "All: audit every user's access to cases. Read: see only your own access to cases.",
    }),
    category: APP_CATEGORIES.management,
    order: CASE_ACCESS_ORDER,
    app: [],
    management: MANAGEMENT,
    privileges: {
      all: {
        app: [],
        management: MANAGEMENT,
        api: [CASE_ACCESS_AUDIT_API_TAG, CASE_ACCESS_READ_OWN_API_TAG],
        savedObject: { all: [], read: [] },
        ui: [CASE_ACCESS_UI_AUDIT, CASE_ACCESS_UI_READ_OWN],
      },
      read: {
        app: [],
        management: MANAGEMENT,
        api: [CASE_ACCESS_READ_OWN_API_TAG],
        savedObject: { all: [], read: [] },
        ui: [CASE_ACCESS_UI_READ_OWN],
      },
    },
    subFeatures: [],
  };
}
