/**
 * The Cases features of the three solutions, written once: one factory per version (V3 current, V1 and V2
 * deprecated and replaced by V3), parameterised by the solution. Ids, `cases` grants, ui capabilities and api
 * tags follow Kibana's Cases plugin (x-pack/platform/plugins/shared/cases/server/features/) and the solutions'
 * registrations of the same features.
 */
import type {
  FeatureKibanaPrivileges,
  FeatureKibanaPrivilegesReplacement,
  KibanaFeatureConfig,
  SubFeatureConfig,
} from '@kbn/features-plugin/common';
import type { AppCategory } from '@kbn/core/server';
import { translate } from '../i18n/translate';
import type { CaseCapability, Solution } from '../report/types';
import { APP_CATEGORIES } from './categories';
import {
  BULK_GET_USER_PROFILES_API_TAG,
  CASE_OWNERS,
  CASES_ASSIGN_SUB_PRIVILEGE_ID,
  CASES_CREATE_COMMENT_SUB_PRIVILEGE_ID,
  CASES_DELETE_SUB_PRIVILEGE_ID,
  CASES_FEATURE_IDS,
  CASES_MANAGE_TEMPLATES_SUB_PRIVILEGE_ID,
  CASES_REOPEN_SUB_PRIVILEGE_ID,
  CASES_SETTINGS_SUB_PRIVILEGE_ID,
  CASES_UI,
  FILES_SAVED_OBJECT_TYPES,
  GET_CONNECTORS_CONFIGURE_API_TAG,
  SUGGEST_USER_PROFILES_API_TAG,
  casesFilesApiTag,
  type BuildFlavor,
  type CaseOwner,
} from './constants';

/** Where a solution's Cases feature lives in Kibana: category, order, apps and navigation entries. */
interface CasesSolutionPlacement {
  category: AppCategory;
  order: number;
  app: readonly string[];
  catalogue?: readonly string[];
  management?: { [sectionId: string]: readonly string[] };
}

/** Management cases sit under "Actions and Connectors" (order 3000) in the role editor. */
const MANAGEMENT_CASES_ORDER = 3100;
/** Security and Observability list Cases after their main feature. */
const SOLUTION_CASES_ORDER = 1100;

const PLACEMENTS: Record<Solution, CasesSolutionPlacement> = {
  management: {
    category: APP_CATEGORIES.management,
    order: MANAGEMENT_CASES_ORDER,
    app: [],
    management: { insightsAndAlerting: ['cases'] },
  },
  security: {
    category: APP_CATEGORIES.security,
    order: SOLUTION_CASES_ORDER,
    app: ['securitySolutionCases', 'kibana'],
    catalogue: ['securitySolution'],
  },
  observability: {
    category: APP_CATEGORIES.observability,
    order: SOLUTION_CASES_ORDER,
    app: ['observabilityCases', 'kibana'],
    catalogue: ['observability'],
  },
};

/** The `cases` keys a privilege can grant: the ten capabilities (`all` is never used by these features). */
type CasesGrants = NonNullable<FeatureKibanaPrivileges['cases']>;

/** One sub-feature of the Cases features; identical in every version that has it. */
interface CasesSubFeatureSpec {
  privilegeId: string;
  grants: CaseCapability;
  ui: string;
  api?: (owner: CaseOwner) => string[];
  usesFiles: boolean;
  name: () => string;
  privilegeName: (flavor: BuildFlavor) => string;
}

const SUB_FEATURES = {
  delete: {
    privilegeId: CASES_DELETE_SUB_PRIVILEGE_ID,
    grants: 'delete',
    ui: CASES_UI.delete,
    api: (owner) => [casesFilesApiTag(owner, 'Delete')],
    usesFiles: true,
    name: () =>
      translate('xpack.caseAccess.features.cases.deleteSubFeatureName', {
        defaultMessage: 'Delete',
      }),
    // Kibana uses this one privilege on both flavours; serverless documents that it also removes alerts
    // attached to cases (alerts are case comments), so the serverless label says so.
    privilegeName: (flavor) =>
      flavor === 'serverless'
        ? translate('xpack.caseAccess.features.cases.deleteServerlessPrivilegeName', {
            defaultMessage: 'Delete cases, and alerts and comments from cases',
          })
        : translate('xpack.caseAccess.features.cases.deletePrivilegeName', {
            defaultMessage: 'Delete cases and comments',
          }),
  },
  settings: {
    privilegeId: CASES_SETTINGS_SUB_PRIVILEGE_ID,
    grants: 'settings',
    ui: CASES_UI.settings,
    usesFiles: true,
    name: () =>
      translate('xpack.caseAccess.features.cases.settingsSubFeatureName', {
        defaultMessage: 'Case settings',
      }),
    privilegeName: () =>
      translate('xpack.caseAccess.features.cases.settingsPrivilegeName', {
        defaultMessage: 'Edit case settings',
      }),
  },
  createComment: {
    privilegeId: CASES_CREATE_COMMENT_SUB_PRIVILEGE_ID,
    grants: 'createComment',
    ui: CASES_UI.createComment,
    api: (owner) => [casesFilesApiTag(owner, 'Create')],
    usesFiles: true,
    name: () =>
      translate('xpack.caseAccess.features.cases.createCommentSubFeatureName', {
        defaultMessage: 'Create comments & attachments',
      }),
    privilegeName: () =>
      translate('xpack.caseAccess.features.cases.createCommentPrivilegeName', {
        defaultMessage: 'Add comments to cases',
      }),
  },
  reopenCase: {
    privilegeId: CASES_REOPEN_SUB_PRIVILEGE_ID,
    grants: 'reopenCase',
    ui: CASES_UI.reopenCase,
    usesFiles: false,
    name: () =>
      translate('xpack.caseAccess.features.cases.reopenSubFeatureName', {
        defaultMessage: 'Re-open',
      }),
    privilegeName: () =>
      translate('xpack.caseAccess.features.cases.reopenPrivilegeName', {
        defaultMessage: 'Re-open closed cases',
      }),
  },
  assign: {
    privilegeId: CASES_ASSIGN_SUB_PRIVILEGE_ID,
    grants: 'assign',
    ui: CASES_UI.assign,
    usesFiles: false,
    name: () =>
      translate('xpack.caseAccess.features.cases.assignSubFeatureName', {
        defaultMessage: 'Assign users',
      }),
    privilegeName: () =>
      translate('xpack.caseAccess.features.cases.assignPrivilegeName', {
        defaultMessage: 'Assign users to cases',
      }),
  },
  manageTemplates: {
    privilegeId: CASES_MANAGE_TEMPLATES_SUB_PRIVILEGE_ID,
    grants: 'manageTemplates',
    ui: CASES_UI.manageTemplates,
    usesFiles: false,
    name: () =>
      translate('xpack.caseAccess.features.cases.manageTemplatesSubFeatureName', {
        defaultMessage: 'Manage templates',
      }),
    privilegeName: () =>
      translate('xpack.caseAccess.features.cases.manageTemplatesPrivilegeName', {
        defaultMessage: 'Manage case templates',
      }),
  },
} as const satisfies Record<string, CasesSubFeatureSpec>;

type SubFeatureKey = keyof typeof SUB_FEATURES;

/** What distinguishes one version of the Cases feature from another. */
interface CasesVersionSpec {
  /** Capabilities that `all` grants directly on top of read, create, update and push. */
  extraAllGrants: readonly SubFeatureKey[];
  /** Whether `all` also carries the create-comment api tag (V1 granted comments directly). */
  allHasCommentApi: boolean;
  subFeatures: readonly SubFeatureKey[];
  /** Deprecated versions name what replaces them; `undefined` for the current version. */
  replacement?: {
    /** Sub-feature privileges to add to V3 `minimal_all` so a role keeps what the old `all` granted. */
    minimalAllExtras: readonly string[];
  };
}

const VERSIONS = {
  v1: {
    extraAllGrants: ['createComment', 'reopenCase', 'assign'],
    allHasCommentApi: true,
    subFeatures: ['delete', 'settings'],
    replacement: {
      minimalAllExtras: [
        CASES_CREATE_COMMENT_SUB_PRIVILEGE_ID,
        CASES_REOPEN_SUB_PRIVILEGE_ID,
        CASES_ASSIGN_SUB_PRIVILEGE_ID,
      ],
    },
  },
  v2: {
    extraAllGrants: ['assign', 'manageTemplates'],
    allHasCommentApi: false,
    subFeatures: ['delete', 'settings', 'createComment', 'reopenCase', 'manageTemplates'],
    replacement: {
      minimalAllExtras: [CASES_ASSIGN_SUB_PRIVILEGE_ID, CASES_MANAGE_TEMPLATES_SUB_PRIVILEGE_ID],
    },
  },
  v3: {
    extraAllGrants: [],
    allHasCommentApi: false,
    subFeatures: ['delete', 'settings', 'createComment', 'reopenCase', 'assign', 'manageTemplates'],
  },
} as const satisfies Record<'v1' | 'v2' | 'v3', CasesVersionSpec>;

/** Api tags of `all` and `read` (both need profiles, connector configuration and reading files). */
function baseApiTags(owner: CaseOwner): string[] {
  return [
    SUGGEST_USER_PROFILES_API_TAG,
    BULK_GET_USER_PROFILES_API_TAG,
    GET_CONNECTORS_CONFIGURE_API_TAG,
    casesFilesApiTag(owner, 'Read'),
  ];
}

/** App, catalogue and management entries every privilege of the feature grants. */
function navigation(placement: CasesSolutionPlacement): Partial<FeatureKibanaPrivileges> {
  return {
    ...(placement.app.length > 0 ? { app: placement.app } : {}),
    ...(placement.catalogue ? { catalogue: placement.catalogue } : {}),
    ...(placement.management ? { management: placement.management } : {}),
  };
}

function grant(keys: readonly CaseCapability[], owner: CaseOwner): CasesGrants {
  return Object.fromEntries(keys.map((key) => [key, [owner]]));
}

function replacedBy(
  v3Id: string,
  defaults: readonly string[],
  minimal: readonly string[]
): FeatureKibanaPrivilegesReplacement {
  return {
    default: [{ feature: v3Id, privileges: defaults }],
    minimal: [{ feature: v3Id, privileges: minimal }],
  };
}

function buildSubFeature(
  key: SubFeatureKey,
  owner: CaseOwner,
  flavor: BuildFlavor,
  replacedByFeature: string | undefined
): SubFeatureConfig {
  const spec: CasesSubFeatureSpec = SUB_FEATURES[key];
  const files = spec.usesFiles ? FILES_SAVED_OBJECT_TYPES : [];
  return {
    name: spec.name(),
    privilegeGroups: [
      {
        groupType: 'independent',
        privileges: [
          {
            id: spec.privilegeId,
            name: spec.privilegeName(flavor),
            includeIn: 'all',
            ...(spec.api ? { api: spec.api(owner) } : {}),
            cases: grant([spec.grants], owner),
            savedObject: { all: files, read: files },
            ui: [spec.ui],
            ...(replacedByFeature
              ? { replacedBy: [{ feature: replacedByFeature, privileges: [spec.privilegeId] }] }
              : {}),
          },
        ],
      },
    ],
  };
}

function casesFeatureName(deprecated: boolean): string {
  return deprecated
    ? translate('xpack.caseAccess.features.cases.deprecatedFeatureName', {
        defaultMessage: 'Cases (Deprecated)',
      })
    : translate('xpack.caseAccess.features.cases.featureName', { defaultMessage: 'Cases' });
}

function buildCasesFeature(
  solution: Solution,
  version: keyof typeof VERSIONS,
  flavor: BuildFlavor
): KibanaFeatureConfig {
  const spec: CasesVersionSpec = VERSIONS[version];
  const owner = CASE_OWNERS[solution];
  const ids = CASES_FEATURE_IDS[solution];
  const placement = PLACEMENTS[solution];
  const v3Id = spec.replacement ? ids.v3 : undefined;
  const extraAll = spec.extraAllGrants.map((key) => SUB_FEATURES[key]);

  const all: FeatureKibanaPrivileges = {
    api: [
      ...baseApiTags(owner),
      ...(spec.allHasCommentApi ? [casesFilesApiTag(owner, 'Create')] : []),
    ],
    ...navigation(placement),
    cases: grant(['create', 'read', 'update', 'push', ...extraAll.map((s) => s.grants)], owner),
    savedObject: { all: FILES_SAVED_OBJECT_TYPES, read: FILES_SAVED_OBJECT_TYPES },
    ui: [
      CASES_UI.create,
      CASES_UI.read,
      CASES_UI.update,
      CASES_UI.push,
      CASES_UI.connectors,
      ...extraAll.map((s) => s.ui),
    ],
    ...(v3Id && spec.replacement
      ? {
          replacedBy: replacedBy(
            v3Id,
            ['all'],
            ['minimal_all', ...spec.replacement.minimalAllExtras]
          ),
        }
      : {}),
  };
  const read: FeatureKibanaPrivileges = {
    api: baseApiTags(owner),
    ...navigation(placement),
    cases: grant(['read'], owner),
    savedObject: { all: [], read: FILES_SAVED_OBJECT_TYPES },
    ui: [CASES_UI.read, CASES_UI.connectors],
    ...(v3Id ? { replacedBy: replacedBy(v3Id, ['read'], ['minimal_read']) } : {}),
  };

  const id = ids[version];
  return {
    id,
    name: casesFeatureName(version === 'v1'),
    category: placement.category,
    order: placement.order,
    app: placement.app,
    ...(placement.catalogue ? { catalogue: placement.catalogue } : {}),
    ...(placement.management ? { management: placement.management } : {}),
    cases: [owner],
    privileges: { all, read },
    subFeatures: spec.subFeatures.map((key) => buildSubFeature(key, owner, flavor, v3Id)),
    ...(v3Id
      ? {
          deprecated: {
            notice: translate('xpack.caseAccess.features.cases.deprecationNotice', {
              defaultMessage:
                'The {featureId} privileges are deprecated; use {replacementId} instead.',
              values: { featureId: id, replacementId: v3Id },
            }),
          },
        }
      : {}),
  };
}

/** The current (V3) Cases feature of a solution. */
export function getCasesFeatureV3(solution: Solution, flavor: BuildFlavor): KibanaFeatureConfig {
  return buildCasesFeature(solution, 'v3', flavor);
}

/** The V2 Cases feature (8.17), deprecated: every privilege names its V3 replacement. */
export function getCasesFeatureV2(solution: Solution, flavor: BuildFlavor): KibanaFeatureConfig {
  return buildCasesFeature(solution, 'v2', flavor);
}

/** The original Cases feature, deprecated: every privilege names its V3 replacement. */
export function getCasesFeatureV1(solution: Solution, flavor: BuildFlavor): KibanaFeatureConfig {
  return buildCasesFeature(solution, 'v1', flavor);
}

/**
 * The solutions that offer Cases on a build flavour. Serverless projects have no Stack Management Cases
 * (Kibana registers `generalCases*` only with `xpack.cases.stack.enabled`, off on serverless projects): cases
 * live in the Security or Observability solution.
 */
export function getCasesSolutions(flavor: BuildFlavor): Solution[] {
  return flavor === 'serverless'
    ? ['security', 'observability']
    : ['management', 'security', 'observability'];
}

/** Every Cases feature of every version for the solutions of the flavour, oldest first per solution. */
export function getCasesFeatures(flavor: BuildFlavor): KibanaFeatureConfig[] {
  return getCasesSolutions(flavor).flatMap((solution) => [
    getCasesFeatureV1(solution, flavor),
    getCasesFeatureV2(solution, flavor),
    getCasesFeatureV3(solution, flavor),
  ]);
}
