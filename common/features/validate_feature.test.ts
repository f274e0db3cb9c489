import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import { getBuiltinFeatures, type BuildFlavor } from '.';
import { validateKibanaFeature, validateKibanaFeatures } from './validate_feature';

/** A small valid feature; each table row changes one thing in a copy of it. */
function feature(): KibanaFeatureConfig {
  return {
    id: 'demo',
    name: 'Demo',
    category: { id: 'management', label: 'Management' },
    app: ['demoApp'],
    catalogue: ['demoCatalogue'],
    management: { insightsAndAlerting: ['demoPage'] },
    alerting: [{ ruleTypeId: 'demo.rule', consumers: ['demo'] }],
    cases: ['demoOwner'],
    privileges: {
      all: {
        app: ['demoApp'],
        catalogue: ['demoCatalogue'],
        management: { insightsAndAlerting: ['demoPage'] },
        alerting: { alert: { all: [{ ruleTypeId: 'demo.rule', consumers: ['demo'] }] } },
        cases: { create: ['demoOwner'], read: ['demoOwner'] },
        savedObject: { all: [], read: [] },
        ui: ['show', 'demo:save'],
      },
      read: {
        app: ['demoApp'],
        savedObject: { all: [], read: [] },
        ui: ['show'],
      },
    },
    subFeatures: [
      {
        name: 'Extra',
        privilegeGroups: [
          {
            groupType: 'independent',
            privileges: [
              {
                id: 'demo_extra',
                name: 'Extra',
                includeIn: 'all',
                savedObject: { all: [], read: [] },
                ui: ['extra'],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The deprecated predecessor of `demo`, with every privilege replaced. */
function deprecatedFeature(): KibanaFeatureConfig {
  const old = feature();
  old.id = 'demoOld';
  old.deprecated = { notice: 'Use demo.', replacedBy: ['demo'] };
  const privileges = old.privileges;
  if (!privileges) throw new Error('fixture has privileges');
  privileges.all.replacedBy = {
    default: [{ feature: 'demo', privileges: ['all'] }],
    minimal: [{ feature: 'demo', privileges: ['minimal_all'] }],
  };
  privileges.read.replacedBy = [{ feature: 'demo', privileges: ['read'] }];
  setSubPrivilege(old, { replacedBy: [{ feature: 'demo', privileges: ['demo_extra'] }] });
  return old;
}

function setSubPrivilege(config: KibanaFeatureConfig, patch: Record<string, unknown>): void {
  const privilege = config.subFeatures?.[0].privilegeGroups[0].privileges[0];
  if (!privilege) throw new Error('fixture has a sub-feature privilege');
  Object.assign(privilege, patch);
}

/** Loose writer for fields the types forbid, which is what the validator is for. */
function set(config: KibanaFeatureConfig, path: string, value: unknown): KibanaFeatureConfig {
  const keys = path.split('.');
  let target: Record<string, unknown> = config as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
  return config;
}

describe('validateKibanaFeature', () => {
  it('accepts the valid fixtures', () => {
    expect(validateKibanaFeature(feature())).toEqual([]);
    expect(validateKibanaFeatures([feature(), deprecatedFeature()])).toEqual([]);
  });

  it.each<[string, (f: KibanaFeatureConfig) => unknown, RegExp]>([
    ['id pattern', (f) => set(f, 'id', 'demo feature'), /^id-pattern: feature "demo feature"/],
    ['forbidden id', (f) => set(f, 'id', 'navLinks'), /^forbidden-id: feature "navLinks"/],
    [
      'missing name',
      (f) => set(f, 'name', undefined),
      /^shape: feature "demo" needs a string "name"/,
    ],
    ['missing app', (f) => set(f, 'app', undefined), /^shape: feature "demo" needs "app"/],
    [
      'unknown key',
      (f) => set(f, 'scope', ['spaces']),
      /^unknown-key: feature "demo" config has unknown key "scope"/,
    ],
    [
      'privilege without ui',
      (f) => set(f, 'privileges.read.ui', undefined),
      /^shape: feature "demo" privileges.read.ui is required/,
    ],
    [
      'ui capability pattern',
      (f) => set(f, 'privileges.all.ui', ['show', 'save cases']),
      /^ui-capability-pattern: feature "demo" privileges.all.ui entry "save cases"/,
    ],
    [
      'catalogue pattern',
      (f) => set(f, 'catalogue', ['demo catalogue']),
      /^ui-capability-pattern: feature "demo" catalogue/,
    ],
    [
      'undeclared app',
      (f) => set(f, 'privileges.read.app', ['otherApp']),
      /^undeclared-entry: feature "demo" privilege "read" grants app entries not declared by the feature: otherApp/,
    ],
    [
      'undeclared catalogue',
      (f) => set(f, 'privileges.read.catalogue', ['other']),
      /^undeclared-entry: .*"read" grants catalogue entries .*: other/,
    ],
    [
      'undeclared management',
      (f) => set(f, 'privileges.read.management', { kibana: ['x'] }),
      /^undeclared-entry: .*"read" grants management entries .*: kibana\.x/,
    ],
    [
      'undeclared alerting',
      (f) =>
        set(f, 'privileges.read.alerting', {
          alert: { read: [{ ruleTypeId: 'other.rule', consumers: ['demo'] }] },
        }),
      /^undeclared-entry: .*"read" grants alerting entries .*other\.rule \(demo\)/,
    ],
    [
      'undeclared cases owner',
      (f) => set(f, 'privileges.read.cases', { read: ['otherOwner'] }),
      /^undeclared-entry: .*"read" grants cases owners .*: otherOwner/,
    ],
    [
      'undeclared entry in a sub-feature',
      (f) => setSubPrivilege(f, { app: ['otherApp'] }),
      /^undeclared-entry: .*"demo_extra" grants app entries/,
    ],
    [
      'ungranted app',
      (f) => set(f, 'app', ['demoApp', 'lonelyApp']),
      /^ungranted-entry: feature "demo" declares app entries that no privilege grants: lonelyApp/,
    ],
    [
      'ungranted catalogue',
      (f) => set(f, 'catalogue', ['demoCatalogue', 'lonely']),
      /^ungranted-entry: .*catalogue entries .*: lonely/,
    ],
    [
      'ungranted management',
      (f) => set(f, 'management', { insightsAndAlerting: ['demoPage', 'lonely'] }),
      /^ungranted-entry: .*management entries .*: insightsAndAlerting\.lonely/,
    ],
    [
      'ungranted alerting',
      (f) =>
        set(f, 'alerting', [
          { ruleTypeId: 'demo.rule', consumers: ['demo'] },
          { ruleTypeId: 'lonely.rule', consumers: ['demo'] },
        ]),
      /^ungranted-entry: .*alerting rule types .*: lonely\.rule/,
    ],
    [
      'ungranted cases owner',
      (f) => set(f, 'cases', ['demoOwner', 'lonelyOwner']),
      /^ungranted-entry: .*cases owners .*: lonelyOwner/,
    ],
    [
      'null privileges with sub-features',
      (f) => set(f, 'privileges', null),
      /^null-privileges-with-sub-features: feature "demo"/,
    ],
    [
      'sub-feature privilege named all',
      (f) => setSubPrivilege(f, { id: 'minimal_read' }),
      /^sub-feature-privilege-id: feature "demo" sub-feature privilege "minimal_read"/,
    ],
    [
      'sub-feature privilege id pattern',
      (f) => setSubPrivilege(f, { id: 'demo extra' }),
      /^id-pattern: feature "demo" sub-feature privilege "demo extra"/,
    ],
    [
      'duplicate sub-feature privilege id',
      (f) => {
        const group = f.subFeatures?.[0].privilegeGroups[0];
        set(f, 'subFeatures.0.privilegeGroups.0.privileges', [
          ...(group?.privileges ?? []),
          ...(group?.privileges ?? []),
        ]);
      },
      /^duplicate-privilege-id: feature "demo" sub-feature privilege "demo_extra" is defined twice/,
    ],
    [
      'sub-feature licence below gold',
      (f) => setSubPrivilege(f, { minimumLicense: 'basic' }),
      /^license: feature "demo" sub-feature privilege "demo_extra" minimumLicense must be gold/,
    ],
    [
      'unknown cases operation',
      (f) => set(f, 'privileges.all.cases', { assignCase: ['demoOwner'], read: ['demoOwner'] }),
      /^unknown-key: feature "demo" privileges.all.cases has unknown key "assignCase"/,
    ],
    [
      'replacedBy on a current feature',
      (f) => set(f, 'privileges.read.replacedBy', [{ feature: 'demo', privileges: ['all'] }]),
      /^unexpected-replaced-by: feature "demo" is not deprecated, so privilege "read"/,
    ],
  ])('reports %s', (_name, mutate, expected) => {
    const config = feature();
    mutate(config);
    const violations = validateKibanaFeature(config);
    expect(violations).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  describe('deprecated features', () => {
    const check = (old: KibanaFeatureConfig, registered = [feature(), old]) =>
      validateKibanaFeature(old, { registered });

    it('need replacedBy on every privilege, sub-features too', () => {
      const old = deprecatedFeature();
      setSubPrivilege(old, { replacedBy: undefined });
      expect(check(old)).toEqual([
        'missing-replaced-by: feature "demoOld" is deprecated, so privilege "demo_extra" must name its replacement in "replacedBy"',
      ]);
    });

    it.each<[string, (old: KibanaFeatureConfig) => void, RegExp]>([
      [
        'an unknown feature',
        (old) =>
          set(old, 'privileges.read.replacedBy', [{ feature: 'nope', privileges: ['read'] }]),
        /^unknown-replacement: feature "demoOld" privilege "read" is replaced by feature "nope", which is not registered/,
      ],
      [
        'an unknown privilege',
        (old) =>
          set(old, 'privileges.read.replacedBy', [
            { feature: 'demo', privileges: ['minimal_nope'] },
          ]),
        /^unknown-replacement: .*"demo\.minimal_nope", which does not exist/,
      ],
      [
        'a deprecated feature',
        (old) =>
          set(old, 'privileges.read.replacedBy', [{ feature: 'demoOld', privileges: ['read'] }]),
        /^deprecated-replacement: .*"demoOld", which is itself deprecated/,
      ],
      [
        'an empty feature-level replacedBy',
        (old) => set(old, 'deprecated.replacedBy', []),
        /^feature-replaced-by: feature "demoOld" has an empty/,
      ],
      [
        'an unused feature-level replacement',
        (old) => set(old, 'deprecated.replacedBy', ['demo', 'other']),
        /^feature-replaced-by: .*no privilege uses .*: other/,
      ],
    ])('may not be replaced by %s', (_name, mutate, expected) => {
      const old = deprecatedFeature();
      mutate(old);
      expect(check(old)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
    });

    it('may not be replaced by a disabled privilege', () => {
      const current = feature();
      set(current, 'privileges.read.disabled', true);
      const old = deprecatedFeature();
      expect(check(old, [current, old])).toEqual([
        expect.stringMatching(
          /^disabled-replacement: feature "demoOld" privilege "read" is replaced by the disabled "demo\.read"/
        ),
      ]);
    });
  });

  it('reports bad input as messages instead of throwing', () => {
    const broken = { id: 'broken', privileges: { all: 'yes' } } as unknown as KibanaFeatureConfig;
    expect(validateKibanaFeature(broken)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^shape: feature "broken" needs a string "name"/),
      ])
    );
    expect(validateKibanaFeature(null as unknown as KibanaFeatureConfig)).toEqual([
      'shape: feature "<no id>" must be an object',
    ]);
  });

  it('reports a feature defined twice in a set', () => {
    expect(validateKibanaFeatures([feature(), feature()])).toEqual([
      'duplicate-feature-id: feature "demo" is defined twice',
    ]);
  });
});

describe.each<BuildFlavor>(['traditional', 'serverless'])(
  'built-in definitions (%s)',
  (buildFlavor) => {
    const builtin = getBuiltinFeatures({ buildFlavor });

    it.each(builtin.map((f) => [f.id, f] as const))('%s passes every rule', (_id, config) => {
      expect(validateKibanaFeature(config, { registered: builtin })).toEqual([]);
    });
  }
);

describe('alerting rule privileges (feature_schema.ts alertingRuleSchemaSpec)', () => {
  const entry = [{ ruleTypeId: 'demo.rule', consumers: ['demo'] }];

  it.each(['all', 'read', 'enable', 'manual_run', 'manage_rule_settings', 'write'])(
    'accepts alerting.rule.%s, and counts its entries as granted',
    (key) => {
      const config = feature();
      set(config, 'privileges.all.alerting', { rule: { [key]: entry } });
      expect(validateKibanaFeature(config)).toEqual([]);
    }
  );

  it('rejects a rule privilege Kibana does not know', () => {
    const config = feature();
    set(config, 'privileges.all.alerting', { rule: { all: entry, bogus: entry } });
    expect(validateKibanaFeature(config)).toContainEqual(
      expect.stringMatching(/^unknown-key: .*alerting\.rule has unknown key "bogus"/)
    );
  });
});
