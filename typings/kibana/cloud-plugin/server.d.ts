/**
 * The part of the cloud plugin's setup contract this plugin reads: x-pack/platform/plugins/shared/cloud/server/plugin.ts
 * (`CloudSetup`). `serverless.projectType` is a `KibanaSolution` of @kbn/projects-solutions-groups (`es`, `oblt`,
 * `security`, and newer solutions). Type-only.
 */
export interface CloudSetup {
  isCloudEnabled: boolean;
  /** `true` on Serverless Elastic Cloud. */
  isServerlessEnabled: boolean;
  serverless: {
    projectId?: string;
    projectName?: string;
    /** Present whenever `isServerlessEnabled` is true. */
    projectType?: string;
  };
}
