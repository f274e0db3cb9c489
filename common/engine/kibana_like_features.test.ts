/**
 * The engine on feature definitions shaped like Kibana's real ones (test_utils/kibana_like_features.ts): hidden
 * features, sub-feature `minimumLicense`, `includeIn: 'read'` and `'none'`, and a primary privilege excluded from
 * base privileges. Expectations are written from Kibana's rules, each naming the source that decides it.
 */
import type { LicenseType } from '@kbn/features-plugin/common';
import { validateKibanaFeatures } from '../features/validate_feature';
import type { Solution } from '../report/types';
import { createAccessEngine } from './engine';
import { KIBANA_LIKE_FEATURES } from './test_utils/kibana_like_features';
import { granted, role, snapshot, user } from './test_utils/fixtures';

/** The case capabilities one role's privileges grant in the default space, with the fixture's features. */
function grantedBy(
  privileges: string[],
  license: LicenseType = 'platinum',
  solution: Solution = 'management'
) {
  const directory = snapshot({
    license: { type: license, status: 'active' },
    users: [user('someone', ['r'])],
    roles: { r: role(privileges) },
  });
  directory.kibana.features = [...KIBANA_LIKE_FEATURES];
  const access = createAccessEngine(directory).evaluateUser('someone', ['default']);
  if (!access) throw new Error('someone is missing from the report');
  return granted(access.spaces[0].solutions[solution]);
}

describe('feature definitions shaped like Kibana’s', () => {
  it('pass the rules of Kibana’s feature registry', () => {
    expect(validateKibanaFeatures([...KIBANA_LIKE_FEATURES])).toEqual([]);
  });

  // privileges.ts: featurePrivilegeIterator(feature, { augmentWithSubFeaturePrivileges: true, licenseHasAtLeast })
  // adds the sub-feature privileges whose includeIn covers the primary one and whose minimumLicense the licence
  // meets; composedOf adds the referenced privileges, even those of a hidden feature.
  it.each([
    [
      'all on Platinum: its own, the Platinum sub-feature, the includeIn read one, and the hidden feature it composes',
      ['feature_fixtureCases.all'],
      'platinum',
      ['create', 'createComment', 'delete', 'push', 'read', 'settings', 'update'],
    ],
    [
      'all on Gold: the same without the sub-feature privilege that needs Platinum',
      ['feature_fixtureCases.all'],
      'gold',
      ['create', 'createComment', 'push', 'read', 'settings', 'update'],
    ],
    [
      'read: the primary privilege and the sub-feature privilege included in read',
      ['feature_fixtureCases.read'],
      'platinum',
      ['createComment', 'read'],
    ],
    [
      'minimal_all: the primary privilege and what it composes, no sub-feature privilege',
      ['feature_fixtureCases.minimal_all'],
      'platinum',
      ['create', 'push', 'read', 'settings', 'update'],
    ],
    [
      'a sub-feature privilege included in nothing, named directly on Platinum',
      ['feature_fixtureCases.minimal_read', 'feature_fixtureCases.fixture_reopen'],
      'platinum',
      ['read', 'reopenCase'],
    ],
    [
      'a Platinum sub-feature privilege named directly on Gold: not registered, so nothing',
      ['feature_fixtureCases.minimal_read', 'feature_fixtureCases.fixture_delete'],
      'gold',
      ['read'],
    ],
    [
      'a Platinum sub-feature privilege named directly on Platinum',
      ['feature_fixtureCases.minimal_read', 'feature_fixtureCases.fixture_delete'],
      'platinum',
      ['delete', 'read'],
    ],
  ] as const)('%s', (_name, privileges, license, expected) => {
    expect(grantedBy([...privileges], license)).toEqual(expected);
  });

  // privileges.ts: hidden features are removed from the registered feature privileges.
  it('a hidden feature’s own privilege grants nothing', () => {
    expect(grantedBy(['feature_fixtureCasesSettings.all'])).toEqual([]);
  });

  // privileges.ts: base privileges skip hidden features and privileges with excludeFromBasePrivileges (also the
  // actions such a privilege composes); `read` with its includeIn read sub-feature privileges still counts.
  it.each([
    ['all', 'platinum'],
    ['space_all', 'platinum'],
    ['read', 'platinum'],
    ['all', 'gold'],
  ] as const)(
    'base privilege %s (%s) grants only the read privilege and what it includes',
    (base, license) => {
      expect(grantedBy([base], license)).toEqual(['createComment', 'read']);
    }
  );

  it('grants nothing in the other solutions', () => {
    expect(grantedBy(['feature_fixtureCases.all'], 'platinum', 'security')).toEqual([]);
    expect(grantedBy(['feature_fixtureCases.all'], 'platinum', 'observability')).toEqual([]);
  });
});
