/**
 * The Connectors feature ("Actions and Connectors", id `actions`), as registered by Kibana's actions plugin
 * (x-pack/platform/plugins/shared/actions/server/feature.ts). Pushing a case runs a connector, which needs `action`
 * read and `action_task_params` write (Connectors Read); creating or editing connectors needs Connectors All.
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { translate } from '../i18n/translate';
import { APP_CATEGORIES } from './categories';
import {
  ACTION_SAVED_OBJECT_TYPE,
  ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE,
  CONNECTOR_TOKEN_SAVED_OBJECT_TYPE,
  CONNECTORS_FEATURE_ID,
  OAUTH_STATE_SAVED_OBJECT_TYPE,
  USER_CONNECTOR_TOKEN_SAVED_OBJECT_TYPE,
} from './constants';

/** Listed before Cases (3100) in the Management category of the role editor. */
const CONNECTORS_ORDER = 3000;
const CONNECTORS_MANAGEMENT = {
  insightsAndAlerting: ['triggersActions', 'triggersActionsConnectors'],
};
/** Route privilege for connectors that authenticate with OAuth, granted by both privileges. */
export const CONNECTORS_OAUTH_API_TAG = 'actions:execute-oauth';
export const ENDPOINT_SECURITY_EXECUTE_SUB_PRIVILEGE_ID = 'endpoint_security_execute';

/** Types that running a connector writes, whichever privilege runs it. */
const EXECUTION_TYPES = [
  ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE,
  CONNECTOR_TOKEN_SAVED_OBJECT_TYPE,
  OAUTH_STATE_SAVED_OBJECT_TYPE,
  USER_CONNECTOR_TOKEN_SAVED_OBJECT_TYPE,
];

export function getConnectorsFeature(): KibanaFeatureConfig {
  return {
    id: CONNECTORS_FEATURE_ID,
    name: translate('xpack.caseAccess.features.connectors.featureName', {
      defaultMessage: 'Actions and Connectors',
    }),
    category: APP_CATEGORIES.management,
    order: CONNECTORS_ORDER,
    app: [],
    management: CONNECTORS_MANAGEMENT,
    privileges: {
      all: {
        app: [],
        api: [CONNECTORS_OAUTH_API_TAG],
        catalogue: [],
        management: CONNECTORS_MANAGEMENT,
        savedObject: { all: [ACTION_SAVED_OBJECT_TYPE, ...EXECUTION_TYPES], read: [] },
        ui: ['show', 'execute', 'save', 'delete'],
      },
      read: {
        app: [],
        api: [CONNECTORS_OAUTH_API_TAG],
        catalogue: [],
        management: CONNECTORS_MANAGEMENT,
        savedObject: { all: EXECUTION_TYPES, read: [ACTION_SAVED_OBJECT_TYPE] },
        ui: ['show', 'execute'],
      },
    },
    subFeatures: [
      {
        name: translate('xpack.caseAccess.features.connectors.endpointSecuritySubFeatureName', {
          defaultMessage: 'Endpoint Security',
        }),
        privilegeGroups: [
          {
            groupType: 'independent',
            privileges: [
              {
                id: ENDPOINT_SECURITY_EXECUTE_SUB_PRIVILEGE_ID,
                name: translate(
                  'xpack.caseAccess.features.connectors.endpointSecurityExecuteName',
                  {
                    defaultMessage: 'Execute',
                  }
                ),
                includeIn: 'all',
                api: ['actions:execute-endpoint-security-connectors'],
                savedObject: { all: [], read: [] },
                ui: ['endpointSecurityExecute'],
              },
            ],
          },
        ],
      },
    ],
  };
}
