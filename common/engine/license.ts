/** Licence levels as Kibana's licensing plugin orders them, and what each level allows for Cases. */
import type { LicenseType } from '@kbn/features-plugin/common';

/** Licence types from lowest to highest, as Kibana's licensing plugin ranks them (`LICENSE_TYPE`). */
export const LICENSE_TYPES = [
  'basic',
  'standard',
  'gold',
  'platinum',
  'enterprise',
  'trial',
] as const satisfies readonly LicenseType[];

export function isLicenseType(value: string): value is LicenseType {
  return (LICENSE_TYPES as readonly string[]).includes(value);
}

export interface LicenseInput {
  type: LicenseType;
  status: 'active' | 'expired';
}

/**
 * The licence paid features that check an active licence see: an expired licence counts as Basic for external
 * connectors (the actions plugin's licence check fails) and assignment (Cases asks for an active Platinum). Not for
 * privilege registration: Kibana's security plugin registers sub-feature privileges by the licence type alone.
 */
export function effectiveLicenseType(license: LicenseInput): LicenseType {
  return license.status === 'active' ? license.type : 'basic';
}

export function licenseAtLeast(type: LicenseType, minimum: LicenseType): boolean {
  return LICENSE_TYPES.indexOf(type) >= LICENSE_TYPES.indexOf(minimum);
}

/** Kibana registers sub-feature privileges (and so lets roles customise them) only from Gold. */
export function allowsSubFeaturePrivileges(type: LicenseType): boolean {
  return licenseAtLeast(type, 'gold');
}

/** Jira, Swimlane and webhook incident connectors need Gold (ServiceNow and IBM Resilient need Platinum). */
export function allowsExternalIncidentConnectors(type: LicenseType): boolean {
  return licenseAtLeast(type, 'gold');
}

/** Case assignment needs Platinum. */
export function allowsAssignment(type: LicenseType): boolean {
  return licenseAtLeast(type, 'platinum');
}
