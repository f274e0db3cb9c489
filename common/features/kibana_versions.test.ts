import { getBuiltinFeatures, getRegisteredFeatures } from '.';
import {
  SUPPORTED_KIBANA_VERSIONS,
  TEMPLATE_PRIVILEGES_SINCE,
  casesPrivilegeKeys,
  hasTemplatePrivileges,
  olderKibanaVersion,
  parseKibanaVersion,
} from './kibana_versions';
import { validateKibanaFeatures } from './validate_feature';

const FLAVORS = ['traditional', 'serverless'] as const;
const carriesTemplates = (value: unknown) =>
  /manageTemplates|cases_manage_templates/.test(JSON.stringify(value));

describe('Kibana versions', () => {
  it.each([
    ['9.3.2', [9, 3, 2]],
    ['9.4.0-SNAPSHOT', [9, 4, 0]],
    ['kibana', undefined],
    [undefined, undefined],
  ])('reads %s as %j', (version, parsed) => {
    expect(parseKibanaVersion(version)).toEqual(parsed);
  });

  // Confirmed: elastic/kibana#257683 "[Cases][Templates] Prepare template privileges" (opened 2026-03-13, labels
  // `backport:skip`, merged) added `manageTemplates` and `cases_manage_templates` to Cases V1–V3 while main was
  // 9.4.0 (9.4.0 from #246790 on 2025-12-17, 9.5.0 from #262165 on 2026-04-09); `backport:skip` keeps it out of
  // 9.3.x, so 9.4.0 is the first release with them.
  it('Kibana 9.4.0 is the first release with template privileges', () => {
    expect(TEMPLATE_PRIVILEGES_SINCE).toBe('9.4.0');
  });
  it.each([
    ['9.0.0', false],
    ['9.3.9', false],
    ['9.4.0', true],
    ['9.4.0-SNAPSHOT', true],
    ['9.5.1', true],
    ['10.0.0', true],
    [undefined, true],
  ])('Kibana %s has template privileges: %s', (version, expected) => {
    expect(hasTemplatePrivileges(version)).toBe(expected);
    expect(casesPrivilegeKeys(version).includes('manageTemplates')).toBe(expected);
  });
});

describe('the version the definitions fit', () => {
  it.each([
    ['9.4.0', '9.3.0', '9.3.0'],
    ['9.3.0', '9.4.0', '9.3.0'],
    ['9.4.0', undefined, '9.4.0'],
    [undefined, '9.3.1', '9.3.1'],
    ['kibana', undefined, undefined],
  ])('is the older of %s (running) and %s (built for): %s', (running, built, expected) => {
    expect(olderKibanaVersion(running, built)).toBe(expected);
  });
});

describe.each(SUPPORTED_KIBANA_VERSIONS)('the definitions for Kibana %s', (kibanaVersion) => {
  it.each(FLAVORS)('pass that version’s feature schema on a %s Kibana', (buildFlavor) => {
    expect(
      validateKibanaFeatures(getBuiltinFeatures({ buildFlavor, kibanaVersion }), { kibanaVersion })
    ).toEqual([]);
  });

  it('carry template privileges exactly when the version has them', () => {
    const features = getRegisteredFeatures({ buildFlavor: 'traditional', kibanaVersion });
    expect(carriesTemplates(features)).toBe(hasTemplatePrivileges(kibanaVersion));
  });
});

describe('the validator', () => {
  it('rejects the newest definitions under a schema older than template privileges', () => {
    const newest = getRegisteredFeatures({ buildFlavor: 'traditional' });
    const violations = validateKibanaFeatures(newest, { kibanaVersion: '9.3.0' });
    expect(violations).toContainEqual(
      expect.stringMatching(
        /^unknown-key: feature "generalCasesV3" .*unknown key "manageTemplates"/
      )
    );
  });
});
