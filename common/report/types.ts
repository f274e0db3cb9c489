/**
 * The report contract: what the engine produces, what the CLI prints as JSON and what the internal routes
 * return. Other tools rely on these names; add fields, never rename them.
 */

export const SOLUTIONS = ['management', 'security', 'observability'] as const;
export type Solution = (typeof SOLUTIONS)[number];

export const ACCESS_LEVELS = ['full', 'custom', 'view', 'none'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** The ten case capabilities, named as the `cases` keys of a Kibana feature privilege. */
export const CASE_CAPABILITIES = [
  'read',
  'create',
  'update',
  'push',
  'delete',
  'settings',
  'createComment',
  'reopenCase',
  'assign',
  'manageTemplates',
] as const;
export type CaseCapability = (typeof CASE_CAPABILITIES)[number];

/** Grants the engine also explains, beside the case capabilities. */
export const SUPPORTING_GRANTS = ['readAlerts', 'executeConnectors', 'manageConnectors'] as const;
export type SupportingGrant = (typeof SUPPORTING_GRANTS)[number];
export type GrantKey = CaseCapability | SupportingGrant;

/** Capabilities a caller can filter the report by ("who can … in space S"). */
export const FILTER_CAPABILITIES = [
  ...CASE_CAPABILITIES,
  'assignable',
  'addAlerts',
  'ruleCaseActions',
  'pushToExternal',
  'manageConnectors',
] as const;
export type FilterCapability = (typeof FILTER_CAPABILITIES)[number];

export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const WARNING_IDS = [
  'public-base-url-missing',
  'email-service-unavailable',
  'license-below-platinum',
  'license-below-gold',
  'license-expired',
  'deprecated-feature-privileges',
  'unknown-privileges',
  'missing-role',
  'no-profile',
  'profile-disabled',
  'user-disabled',
  'push-without-connectors',
  'comment-without-alerts',
  'feature-disabled-in-space',
  'serverless-observability-editor',
  /** A part of the directory could not be read (e.g. profiles); names what is missing and what it affects. */
  'partial-directory',
  /** The roles stored in the user's profile (last login) and the current roles differ in who can be assigned. */
  'roles-changed-since-login',
  /** A space hides a Cases feature, but the user's privileges still let them act through the Cases HTTP API. */
  'hidden-not-revoked',
  /** Roles that Elasticsearch disabled for the licence (`transient_metadata.enabled: false`) grant nothing. */
  'role-disabled-by-license',
  /** Roles a user holds that the role API does not show (roles files, custom role providers): not counted. */
  'role-not-readable',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

/**
 * Ids kept in the contract (filters and stored reports may name them) that the engine no longer emits:
 * `missing-role` became `role-not-readable`, since the role API cannot show every role a user may hold.
 */
export const RETIRED_WARNING_IDS: readonly WarningId[] = ['missing-role'];

export interface ReadinessWarning {
  id: WarningId;
  severity: Severity;
  message: string;
  /** The roles to change, when the warning is about roles: the panel links each to its edit page. */
  roles?: string[];
}

export interface Warning {
  id: WarningId;
  message: string;
}

/** Where a capability comes from: a role, the privilege name it holds, and the resource it holds it at. */
export interface Grant {
  role: string;
  privilege: string;
  resource: string;
  /** In the role editor's words (only in `/users/{username}`): "Role r: Management → Cases → All, in all spaces". */
  label?: string;
}

export type ConnectorsAccess = 'all' | 'read' | 'none';

export interface SolutionAccess {
  level: AccessLevel;
  capabilities: Record<CaseCapability, boolean>;
  /**
   * Offered by the case assignee picker: an enabled profile, read judged from the roles stored in the profile (the
   * user's last login), and an active Platinum licence or higher. A disabled user account does not change it.
   */
  assignable: boolean;
  /** createComment and read alerts in the same solution. */
  addAlerts: boolean;
  /**
   * Can add the Cases system action to rules: an active Platinum licence or higher, Connectors execute, and read,
   * create, update, delete, push, createComment, reopenCase and assign.
   */
  ruleCaseActions: boolean;
  /** push, Connectors execute, and a licence that allows an external incident connector. */
  pushToExternal: boolean;
  /** Connectors All. */
  manageConnectors: boolean;
  /** Connectors access in the space (the same for every solution; repeated for each cell). */
  connectors: ConnectorsAccess;
  /** Reads alerts of a feature in this solution. */
  readAlerts: boolean;
  grants: Partial<Record<GrantKey, Grant[]>>;
  /**
   * Capabilities the roles grant (they stay in `grants`) that do not count, with the reason: `assign` below an
   * active Platinum licence. Absent when every grant counts.
   */
  notCounted?: Partial<Record<CaseCapability, string>>;
  warnings: Warning[];
}

export interface SpaceAccess {
  space: string;
  solutions: Record<Solution, SolutionAccess>;
}

export interface ProfileSummary {
  uid: string;
  enabled: boolean;
  /** Epoch milliseconds of the profile's last synchronisation (the user's last login). */
  lastSynchronized?: number;
}

export interface UserAccess {
  username: string;
  fullName?: string;
  email?: string;
  enabled: boolean;
  /** Realm of the user's profile (e.g. `native1`, `saml1`), when known. */
  realm?: string;
  /** Roles the user holds, as Elasticsearch lists them. */
  roles: string[];
  profile: ProfileSummary | null;
  warnings: Warning[];
  spaces: SpaceAccess[];
}

export interface Report {
  readiness: ReadinessWarning[];
  users: UserAccess[];
}

/** One way to obtain a missing capability, in the terms of Kibana's role editor. */
export interface GrantSuggestion {
  /** Feature id and privilege id that would grant it, e.g. `securitySolutionCasesV3` / `case_reopen`. */
  feature: string;
  privilege: string;
  /** The Elasticsearch privilege name to add, e.g. `feature_securitySolutionCasesV3.case_reopen`. */
  privilegeName: string;
  space: string;
  /** E.g. "Security → Cases → Re-open closed cases, in space SOC" (the space by name). */
  label: string;
}

/** What `/users/{username}` returns: the user's row for one space, with what would grant each missing capability. */
export interface UserDetail {
  space: string;
  readiness: ReadinessWarning[];
  user: UserAccess;
  missing: Record<Solution, Partial<Record<GrantKey, GrantSuggestion[]>>>;
  /** The user's level per solution in every space of the deployment (the flyout's "All spaces" view). */
  allSpaces?: SpaceLevels[];
}

/** One space's name and the user's level in each solution there. */
export interface SpaceLevels {
  space: string;
  name: string;
  levels: Record<Solution, AccessLevel>;
}
