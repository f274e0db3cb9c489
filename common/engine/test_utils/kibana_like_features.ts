/**
 * A fixture of feature definitions shaped like Kibana's real ones, for the branches the built-in definitions never
 * take: a hidden feature reached only through `composedOf`, a sub-feature privilege with `minimumLicense`, one
 * with `includeIn: 'read'`, one with `includeIn: 'none'`, and a primary privilege excluded from base privileges.
 * The rules they exercise are those of Kibana's security plugin, which registers privileges from features
 * (x-pack/platform/plugins/shared/security/server/authorization/privileges/privileges.ts), and of the features
 * plugin's privilege iterators
 * (x-pack/platform/plugins/shared/features/server/feature_privilege_iterator/feature_privilege_iterator.ts and
 * sub_feature_privilege_iterator.ts).
 */
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';

/** Cases owner of the management (Stack) solution, as Kibana's generalCases features use it. */
const OWNER = 'cases';
const MANAGEMENT = { id: 'management', label: 'Management' };
const NO_SAVED_OBJECTS = { all: [], read: [] };

/** Hidden: registers no privilege of its own; other features compose it (Kibana composes before hiding). */
export const HIDDEN_FEATURE: KibanaFeatureConfig = {
  id: 'fixtureCasesSettings',
  name: 'Cases settings (hidden building block)',
  hidden: true,
  category: MANAGEMENT,
  app: [],
  cases: [OWNER],
  privileges: {
    all: { cases: { settings: [OWNER] }, savedObject: NO_SAVED_OBJECTS, ui: ['cases_settings'] },
    read: { savedObject: NO_SAVED_OBJECTS, ui: [] },
  },
};

export const CASES_FEATURE: KibanaFeatureConfig = {
  id: 'fixtureCases',
  name: 'Cases (fixture)',
  category: MANAGEMENT,
  app: [],
  cases: [OWNER],
  privileges: {
    all: {
      // Kibana leaves such a privilege out of the base privileges `all` / `space_all`.
      excludeFromBasePrivileges: true,
      cases: { create: [OWNER], read: [OWNER], update: [OWNER], push: [OWNER] },
      composedOf: [{ feature: HIDDEN_FEATURE.id, privileges: ['all'] }],
      savedObject: NO_SAVED_OBJECTS,
      ui: ['create_cases', 'read_cases', 'update_cases', 'push_cases'],
    },
    read: {
      cases: { read: [OWNER] },
      savedObject: NO_SAVED_OBJECTS,
      ui: ['read_cases'],
    },
  },
  subFeatures: [
    {
      name: 'Delete',
      privilegeGroups: [
        {
          groupType: 'independent',
          privileges: [
            {
              id: 'fixture_delete',
              name: 'Delete cases',
              includeIn: 'all',
              minimumLicense: 'platinum',
              cases: { delete: [OWNER] },
              savedObject: NO_SAVED_OBJECTS,
              ui: ['delete_cases'],
            },
          ],
        },
      ],
    },
    {
      name: 'Comments',
      privilegeGroups: [
        {
          groupType: 'independent',
          privileges: [
            {
              id: 'fixture_comment',
              name: 'Add comments',
              includeIn: 'read',
              cases: { createComment: [OWNER] },
              savedObject: NO_SAVED_OBJECTS,
              ui: ['create_comment'],
            },
          ],
        },
      ],
    },
    {
      name: 'Re-open',
      privilegeGroups: [
        {
          groupType: 'independent',
          privileges: [
            {
              id: 'fixture_reopen',
              name: 'Re-open closed cases',
              includeIn: 'none',
              cases: { reopenCase: [OWNER] },
              savedObject: NO_SAVED_OBJECTS,
              ui: ['case_reopen'],
            },
          ],
        },
      ],
    },
  ],
};

export const KIBANA_LIKE_FEATURES: readonly KibanaFeatureConfig[] = [HIDDEN_FEATURE, CASES_FEATURE];
