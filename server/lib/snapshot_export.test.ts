/**
 * What `/snapshot` hands out, field by field: the fields the engine needs are kept exactly, anything else an
 * Elasticsearch answer carries (application data, labels, non-reserved metadata, fields a later release adds) is not.
 */
import type { DirectorySnapshot } from '../../common/snapshot';
import { exportSnapshot } from './snapshot_export';

const TAKEN_AT = new Date('2026-03-04T05:06:07.089Z');

function directory(): DirectorySnapshot {
  return {
    kibana: {
      version: '9.4.0',
      buildFlavor: 'traditional',
      spaces: [{ id: 'default', name: 'Default', disabledFeatures: [] }],
    },
    license: { type: 'platinum', status: 'active' },
    users: {
      ann: {
        username: 'ann',
        roles: ['cases_full', 'viewer'],
        full_name: 'Ann Smith',
        email: 'ann@example.com',
        metadata: { _reserved: true, _deprecated: 'old', api_key: 'SECRET', team: 'soc' },
        enabled: true,
        profile_uid: 'u_ann',
        // A field a later Elasticsearch might add: not handed out.
        ...({ password_hash: 'SECRET' } as object),
      },
      bob: { username: 'bob', roles: [], full_name: '', email: null, metadata: {}, enabled: false },
    },
    roles: {
      cases_full: {
        cluster: ['read_security'],
        indices: [{ names: ['logs-*'], privileges: ['read'] }],
        applications: [{ application: 'kibana-.kibana', privileges: ['all'], resources: ['*'] }],
        run_as: ['bob'],
        metadata: { _reserved: false, owner: 'SECRET' },
        transient_metadata: { enabled: true },
      },
      bare: { cluster: [], indices: [], applications: [], metadata: {} },
    },
    profiles: [
      {
        uid: 'u_ann',
        enabled: true,
        last_synchronized: 1700000000000,
        user: {
          username: 'ann',
          roles: ['cases_full'],
          realm_name: 'saml1',
          realm_domain: 'corp',
          email: 'ann@example.com',
          full_name: 'Ann Smith',
        },
        labels: { note: 'SECRET' },
        data: { kibana: { token: 'SECRET' } },
      },
      {
        uid: 'u_bob',
        last_synchronized: 1700000000001,
        user: { username: 'bob', roles: [], realm_name: 'native1' },
        labels: {},
        data: {},
      },
    ],
  } as unknown as DirectorySnapshot; // metadata and extra fields beyond Elasticsearch's declared types, on purpose
}

describe('exportSnapshot', () => {
  it('keeps what the engine needs, stamps takenAt, and drops everything else', () => {
    const source = directory();
    expect(exportSnapshot(source, TAKEN_AT)).toEqual({
      kibana: source.kibana,
      license: { type: 'platinum', status: 'active' },
      users: {
        ann: {
          username: 'ann',
          roles: ['cases_full', 'viewer'],
          full_name: 'Ann Smith',
          email: 'ann@example.com',
          metadata: { _reserved: true, _deprecated: 'old' },
          enabled: true,
          profile_uid: 'u_ann',
        },
        bob: { username: 'bob', roles: [], metadata: {}, enabled: false },
      },
      roles: {
        cases_full: {
          cluster: ['read_security'],
          indices: [{ names: ['logs-*'], privileges: ['read'] }],
          applications: [{ application: 'kibana-.kibana', privileges: ['all'], resources: ['*'] }],
          run_as: ['bob'],
          metadata: { _reserved: false },
          transient_metadata: { enabled: true },
        },
        bare: { cluster: [], indices: [], applications: [], metadata: {} },
      },
      profiles: [
        {
          uid: 'u_ann',
          enabled: true,
          last_synchronized: 1700000000000,
          user: {
            username: 'ann',
            roles: ['cases_full'],
            realm_name: 'saml1',
            realm_domain: 'corp',
            email: 'ann@example.com',
            full_name: 'Ann Smith',
          },
          labels: {},
          data: {},
        },
        {
          uid: 'u_bob',
          last_synchronized: 1700000000001,
          user: { username: 'bob', roles: [], realm_name: 'native1' },
          labels: {},
          data: {},
        },
      ],
      takenAt: '2026-03-04T05:06:07.089Z',
    });
    expect(JSON.stringify(exportSnapshot(source, TAKEN_AT))).not.toContain('SECRET');
  });

  it('says which parts are missing when the read was partial', () => {
    const partial = [{ part: 'profiles', reason: 'Elasticsearch answered 503' }];
    const source: DirectorySnapshot = { ...directory(), partial };
    expect(exportSnapshot(source, TAKEN_AT).partial).toEqual(partial);
    expect('partial' in exportSnapshot(directory(), TAKEN_AT)).toBe(false);
  });

  it('copies role and user lists, so a change to the export never reaches the cached directory', () => {
    const source = directory();
    const exported = exportSnapshot(source, TAKEN_AT);
    exported.users.ann.roles.push('superuser');
    exported.roles.cases_full.cluster.push('all');
    exported.profiles[0].user.roles.push('superuser');
    expect(source.users.ann.roles).toEqual(['cases_full', 'viewer']);
    expect(source.roles.cases_full.cluster).toEqual(['read_security']);
    expect(source.profiles[0].user.roles).toEqual(['cases_full']);
  });
});
