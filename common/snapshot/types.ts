/**
 * The directory snapshot: everything the access engine needs to know about a deployment, in one JSON document
 * shared by the CLI, the server and the local host. The Elasticsearch parts are the bodies of Elasticsearch's own
 * APIs (typed with the client's `estypes`), so a snapshot can be assembled with curl.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { KibanaFeatureConfig, LicenseType } from '@kbn/features-plugin/common';
import type { SolutionView } from '@kbn/spaces-plugin/common';

export type { LicenseType };
export type BuildFlavor = 'traditional' | 'serverless';
export type LicenseStatus = 'active' | 'expired';

export interface SnapshotSpace {
  id: string;
  name: string;
  disabledFeatures: string[];
  /** The space's solution view; `classic` (or absent) shows every feature. */
  solution?: SolutionView;
}

export interface SnapshotKibana {
  version: string;
  buildFlavor: BuildFlavor;
  /** `server.publicBaseUrl`; `null` when not set. */
  publicBaseUrl: string | null;
  /** Whether the notifications plugin can send email (an email connector is configured for it). */
  emailServiceAvailable: boolean;
  spaces: SnapshotSpace[];
  /**
   * On serverless, the project's solution (the cloud plugin's `serverless.projectType`): the built-in definitions
   * keep only its features when `features` is absent. Absent: unknown, every solution's features.
   */
  projectType?: 'observability' | 'security' | 'search';
  /** The feature definitions in force; absent: the project's built-in definitions for the build flavour. */
  features?: KibanaFeatureConfig[];
}

export interface SnapshotLicense {
  type: LicenseType;
  status: LicenseStatus;
}

/**
 * A user profile as `GET _security/profile/<uids>` lists it. `_doc` (sequence metadata) is optional: it says
 * nothing about access, and hand-written snapshots leave it out.
 */
export type SnapshotProfile = Omit<estypes.SecurityUserProfileWithMetadata, '_doc'> &
  Partial<Pick<estypes.SecurityUserProfileWithMetadata, '_doc'>>;

/** A part of the directory the server could not read, and why (e.g. `profiles`: missing privilege). */
export interface SnapshotPartPending {
  part: string;
  reason: string;
}

export interface DirectorySnapshot {
  kibana: SnapshotKibana;
  license: SnapshotLicense;
  /** The body of `GET _security/user?with_profile_uid=true`. */
  users: estypes.SecurityGetUserResponse;
  /** The body of `GET _security/role`. */
  roles: estypes.SecurityGetRoleResponse;
  /** The `profiles` of `GET _security/profile/<uids>`; single sign-on users appear only here. */
  profiles: SnapshotProfile[];
  /** Parts that could not be read; the report says what they affect. */
  partial?: SnapshotPartPending[];
  /** When the directory was read (ISO 8601), as `/snapshot` stamps it; compared snapshots name their dates. */
  takenAt?: string;
}
