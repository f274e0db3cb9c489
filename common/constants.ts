/** Ids, paths and names shared by the server, the browser and the CLI. */

export const PLUGIN_ID = 'caseAccess';
export const PLUGIN_NAME = 'Case access';

/** The plugin's own Kibana feature: `all` audits everyone, `read` shows the caller's own access. */
export const CASE_ACCESS_FEATURE_ID = 'caseAccess';
/** Route privilege (feature `api` tag) that lets a user audit every user's case access. */
export const CASE_ACCESS_AUDIT_API_TAG = 'caseAccessAudit';
/** Route privilege that lets a user read their own case access. */
export const CASE_ACCESS_READ_OWN_API_TAG = 'caseAccessReadOwn';
/** UI capabilities of the `caseAccess` feature, read in the browser as `capabilities.caseAccess.<name>`. */
export const CASE_ACCESS_UI_AUDIT = 'audit';
export const CASE_ACCESS_UI_READ_OWN = 'readOwn';

/** The management section and app id the panel is registered under: /app/management/security/caseAccess. */
export const MANAGEMENT_SECTION_ID = 'security';
export const MANAGEMENT_APP_ID = 'caseAccess';

/** Internal routes are versioned with integers; the browser sends this in `elastic-api-version`. */
export const API_VERSION = '1';
export const INTERNAL_API_BASE_PATH = '/internal/case_access';
export const REPORT_ROUTE_PATH = `${INTERNAL_API_BASE_PATH}/report`;
export const REPORT_CSV_ROUTE_PATH = `${INTERNAL_API_BASE_PATH}/report.csv`;
export const USER_ROUTE_PATH = `${INTERNAL_API_BASE_PATH}/users/{username}`;
export const ME_ROUTE_PATH = `${INTERNAL_API_BASE_PATH}/me`;
export const VERIFY_ROUTE_PATH = `${INTERNAL_API_BASE_PATH}/verify`;

/** Kibana's Elasticsearch application for the default `.kibana` index; reserved privileges use `kibana-*`. */
export const KIBANA_APPLICATION = 'kibana-.kibana';
export const DEFAULT_SPACE_ID = 'default';

/** Report pages: the panel's default and the largest page a caller may ask for. */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

/** Access reviews: the directory as a snapshot file, and "what if" simulations. */
export const SNAPSHOT_ROUTE_PATH = `${INTERNAL_API_BASE_PATH}/snapshot`;
export const SIMULATE_ROUTE_PATH = `${INTERNAL_API_BASE_PATH}/simulate`;
