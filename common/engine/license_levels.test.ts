/**
 * What each licence allows, written out per type. The order and the thresholds are Kibana's: the licensing plugin
 * ranks basic < standard < gold < platinum < enterprise < trial (its LICENSE_TYPE enum), the security plugin
 * lets roles customise sub-feature privileges from Gold (allowSubFeaturePrivileges), Cases assignment needs
 * Platinum, and Jira, Swimlane and webhook incident connectors need Gold.
 */
import type { LicenseType } from '@kbn/features-plugin/common';
import {
  allowsAssignment,
  allowsExternalIncidentConnectors,
  allowsSubFeaturePrivileges,
  effectiveLicenseType,
  isLicenseType,
  licenseAtLeast,
} from './license';

describe('what each licence allows', () => {
  it.each<[LicenseType, boolean, boolean, boolean]>([
    // type,       sub-feature privileges, incident connectors, assignment
    ['basic', false, false, false],
    ['standard', false, false, false],
    ['gold', true, true, false],
    ['platinum', true, true, true],
    ['enterprise', true, true, true],
    ['trial', true, true, true],
  ])('%s', (type, subFeatures, connectors, assignment) => {
    expect(allowsSubFeaturePrivileges(type)).toBe(subFeatures);
    expect(allowsExternalIncidentConnectors(type)).toBe(connectors);
    expect(allowsAssignment(type)).toBe(assignment);
  });
});

describe('licenseAtLeast', () => {
  it.each<[LicenseType, LicenseType, boolean]>([
    ['gold', 'gold', true],
    ['gold', 'platinum', false],
    ['platinum', 'gold', true],
    ['standard', 'basic', true],
    ['basic', 'standard', false],
    ['trial', 'enterprise', true],
    ['enterprise', 'trial', false],
  ])('%s is at least %s: %p', (type, minimum, expected) => {
    expect(licenseAtLeast(type, minimum)).toBe(expected);
  });
});

describe('effectiveLicenseType', () => {
  it('keeps an active licence and counts an expired one as Basic', () => {
    expect(effectiveLicenseType({ type: 'platinum', status: 'active' })).toBe('platinum');
    expect(effectiveLicenseType({ type: 'platinum', status: 'expired' })).toBe('basic');
    expect(effectiveLicenseType({ type: 'gold', status: 'expired' })).toBe('basic');
  });
});

describe('isLicenseType', () => {
  it.each([
    ['basic', true],
    ['trial', true],
    ['Gold', false],
    ['premium', false],
    ['', false],
  ])('%j: %p', (value, expected) => {
    expect(isLicenseType(value)).toBe(expected);
  });
});
