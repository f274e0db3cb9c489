import type { ManagementSetup } from '@kbn/management-plugin/public';
import type { SecurityPluginStart } from '@kbn/security-plugin/public';
import type { SpacesPluginStart } from '@kbn/spaces-plugin/public';

export interface CaseAccessSetupDeps {
  management: ManagementSetup;
}

export interface CaseAccessStartDeps {
  spaces?: SpacesPluginStart;
  security?: SecurityPluginStart;
}

/** Which page the caller's `caseAccess` UI capabilities allow. */
export type ViewMode = 'audit' | 'readOwn' | 'forbidden';
