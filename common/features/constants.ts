/** Feature ids, case owners, privilege ids, ui capabilities and api tags, as Kibana names them. */
import type { Solution } from '../report/types';

/** Kibana's build flavour (`env.packageInfo.buildFlavor`). */
export type BuildFlavor = 'traditional' | 'serverless';

/** Case owners: the value in a case's `owner` field and in a feature privilege's `cases` lists. */
export const CASE_OWNERS = Object.freeze({
  management: 'cases',
  security: 'securitySolution',
  observability: 'observability',
} as const satisfies Record<Solution, string>);
export type CaseOwner = (typeof CASE_OWNERS)[Solution];

/** Cases feature ids per solution and version; V1 and V2 are deprecated and replaced by V3. */
export const CASES_FEATURE_IDS = Object.freeze({
  management: { v1: 'generalCases', v2: 'generalCasesV2', v3: 'generalCasesV3' },
  security: {
    v1: 'securitySolutionCases',
    v2: 'securitySolutionCasesV2',
    v3: 'securitySolutionCasesV3',
  },
  observability: {
    v1: 'observabilityCases',
    v2: 'observabilityCasesV2',
    v3: 'observabilityCasesV3',
  },
} as const satisfies Record<Solution, Record<CasesFeatureVersion, string>>);
export type CasesFeatureVersion = 'v1' | 'v2' | 'v3';

/** Sub-feature privilege ids: the same in every version, appended to the (versioned) feature id. */
export const CASES_DELETE_SUB_PRIVILEGE_ID = 'cases_delete';
export const CASES_SETTINGS_SUB_PRIVILEGE_ID = 'cases_settings';
export const CASES_CREATE_COMMENT_SUB_PRIVILEGE_ID = 'create_comment';
export const CASES_REOPEN_SUB_PRIVILEGE_ID = 'case_reopen';
export const CASES_ASSIGN_SUB_PRIVILEGE_ID = 'cases_assign';
export const CASES_MANAGE_TEMPLATES_SUB_PRIVILEGE_ID = 'cases_manage_templates';

/** UI capabilities of the Cases features (`capabilities.<featureId>.<name>` in the browser). */
export const CASES_UI = Object.freeze({
  create: 'create_cases',
  read: 'read_cases',
  update: 'update_cases',
  delete: 'delete_cases',
  push: 'push_cases',
  settings: 'cases_settings',
  connectors: 'cases_connectors',
  reopenCase: 'case_reopen',
  createComment: 'create_comment',
  assign: 'cases_assign',
  manageTemplates: 'cases_manage_templates',
} as const);

/** Route privileges (api tags) of the Cases features that do not depend on the owner. */
export const SUGGEST_USER_PROFILES_API_TAG = 'casesSuggestUserProfiles';
export const BULK_GET_USER_PROFILES_API_TAG = 'bulkGetUserProfiles';
export const GET_CONNECTORS_CONFIGURE_API_TAG = 'casesGetConnectorsConfigure';

/** The files api tag of an owner and operation, e.g. `securitySolutionFilesCasesRead`. */
export function casesFilesApiTag(
  owner: CaseOwner,
  operation: 'Create' | 'Read' | 'Delete'
): string {
  return `${owner}FilesCases${operation}`;
}

/** Saved-object types of the files plugin, which case attachments use (`hiddenTypes` of the files plugin). */
export const FILES_SAVED_OBJECT_TYPES: readonly string[] = Object.freeze(['file', 'fileShare']);

/** The Connectors feature ("Actions and Connectors") and its saved-object types. */
export const CONNECTORS_FEATURE_ID = 'actions';
export const ACTION_SAVED_OBJECT_TYPE = 'action';
export const ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE = 'action_task_params';
export const CONNECTOR_TOKEN_SAVED_OBJECT_TYPE = 'connector_token';
export const OAUTH_STATE_SAVED_OBJECT_TYPE = 'oauth_state';
export const USER_CONNECTOR_TOKEN_SAVED_OBJECT_TYPE = 'user_connector_token';
