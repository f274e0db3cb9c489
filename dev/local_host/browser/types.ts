/** What the host's page hands its browser core (a JSON script in the page, as Kibana injects its metadata). */
import type { Capabilities } from '@kbn/core/public';

export interface InjectedMetadata {
  kibanaVersion: string;
  buildFlavor: 'traditional' | 'serverless';
  /** `/s/<space>` outside the default space, else ''. */
  basePath: string;
  publicBaseUrl?: string;
  space: { id: string; name: string; disabledFeatures: string[] };
  spaces: Array<{ id: string; name: string }>;
  capabilities: Capabilities;
  user: {
    username: string;
    full_name?: string;
    email?: string;
    roles: string[];
    enabled: boolean;
    profile_uid?: string;
  };
  /** Plugin bundles to load, in order: id and the URL directory of its `target/public` files. */
  plugins: Array<{ id: string; publicPath: string }>;
  /** Path of the page within the space, e.g. `/app/management/security/caseAccess`. */
  appPath: string;
}

export const INJECTED_METADATA_ID = 'kbn-injected-metadata';
