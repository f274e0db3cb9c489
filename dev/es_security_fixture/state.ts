/**
 * The fixture's in-memory security index: users with passwords, roles, user profiles, registered application
 * privileges and the licence, initialised from a directory snapshot.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { RegisteredPrivileges } from './authz';

/** Every user of the snapshot, and the two reserved users, log in with this password. */
export const FIXTURE_PASSWORD = 'changeme';
export const SUPERUSER = 'elastic';
export const KIBANA_SYSTEM_USER = 'kibana_system';

/** The Elasticsearch parts of a directory snapshot (issue 3); a `DirectorySnapshot` fits this shape. */
export interface EsSecurityFixtureSnapshot {
  users: Record<string, estypes.SecurityUser>;
  roles: Record<string, Partial<estypes.SecurityGetRoleRole>>;
  profiles?: Array<
    Partial<estypes.SecurityUserProfileWithMetadata> &
      Pick<estypes.SecurityUserProfile, 'uid' | 'user'>
  >;
  license: { type: string; status: string };
}

const RESERVED = { _reserved: true };

const KIBANA_APPLICATION = 'kibana-.kibana';

/** A reserved role granting a Kibana application privilege on every space, as Elasticsearch defines them. */
function kibanaRole(
  privilege: string,
  indices: estypes.SecurityIndicesPrivileges[] = []
): estypes.SecurityGetRoleRole {
  return {
    cluster: [],
    indices,
    applications: [{ application: KIBANA_APPLICATION, privileges: [privilege], resources: ['*'] }],
    run_as: [],
    metadata: RESERVED,
    transient_metadata: { enabled: true },
  };
}

function clusterRole(cluster: string[]): estypes.SecurityGetRoleRole {
  return {
    cluster,
    indices: [],
    applications: [],
    run_as: [],
    metadata: RESERVED,
    transient_metadata: { enabled: true },
  };
}

/**
 * Built-in roles as Elasticsearch defines them (ReservedRolesStore; the parts that matter to this fixture): every
 * cluster has them and `GET _security/role` lists them, so a directory always holds roles like `viewer` and
 * `editor` that grant Kibana privileges the snapshot never mentions.
 */
export const RESERVED_ROLES: Record<string, estypes.SecurityGetRoleRole> = {
  viewer: kibanaRole('read', [
    { names: ['*'], privileges: ['read', 'view_index_metadata'], allow_restricted_indices: false },
  ]),
  editor: kibanaRole('all', [
    { names: ['*'], privileges: ['read', 'view_index_metadata'], allow_restricted_indices: false },
  ]),
  kibana_admin: kibanaRole('all'),
  kibana_user: kibanaRole('all'),
  monitoring_user: {
    ...clusterRole(['cluster:monitor/main']),
    applications: [
      { application: KIBANA_APPLICATION, privileges: ['reserved_monitoring'], resources: ['*'] },
    ],
  },
  logstash_system: clusterRole(['monitor', 'cluster:admin/xpack/monitoring/bulk']),
  beats_system: clusterRole(['monitor', 'cluster:admin/xpack/monitoring/bulk']),
  apm_system: clusterRole(['monitor', 'cluster:admin/xpack/monitoring/bulk']),
  remote_monitoring_agent: clusterRole([
    'manage_index_templates',
    'manage_ingest_pipelines',
    'monitor',
  ]),
  remote_monitoring_collector: clusterRole(['monitor']),
  superuser: {
    cluster: ['all'],
    indices: [{ names: ['*'], privileges: ['all'], allow_restricted_indices: false }],
    applications: [{ application: '*', privileges: ['*'], resources: ['*'] }],
    run_as: ['*'],
    metadata: RESERVED,
    transient_metadata: { enabled: true },
  },
  kibana_system: {
    cluster: [
      'monitor',
      'manage_index_templates',
      'cluster:admin/xpack/security/profile/get',
      'cluster:admin/xpack/security/profile/activate',
      'cluster:admin/xpack/security/profile/suggest',
      'cluster:admin/xpack/security/profile/has_privileges',
    ],
    indices: [{ names: ['.kibana*'], privileges: ['all'], allow_restricted_indices: true }],
    applications: [],
    global: { application: { manage: { applications: ['kibana-*'] } } },
    run_as: [],
    metadata: RESERVED,
    transient_metadata: { enabled: true },
  },
};

export interface StoredUser extends estypes.SecurityUser {
  password: string;
  /** A built-in user of the reserved realm (`GET _security/user` always lists them). */
  reserved: boolean;
}

/** Elasticsearch's reserved users and their roles: `GET _security/user` lists every one, on every cluster. */
export const RESERVED_USERS: Record<string, string[]> = {
  [SUPERUSER]: ['superuser'],
  kibana: ['kibana_system'],
  [KIBANA_SYSTEM_USER]: ['kibana_system'],
  logstash_system: ['logstash_system'],
  beats_system: ['beats_system'],
  apm_system: ['apm_system'],
  remote_monitoring_user: ['remote_monitoring_collector', 'remote_monitoring_agent'],
};

export type StoredProfile = estypes.SecurityUserProfileWithMetadata;

function normaliseRole(role: Partial<estypes.SecurityGetRoleRole>): estypes.SecurityGetRoleRole {
  return {
    ...role,
    cluster: role.cluster ?? [],
    indices: role.indices ?? [],
    applications: role.applications ?? [],
    run_as: role.run_as ?? [],
    metadata: role.metadata ?? {},
    transient_metadata: role.transient_metadata ?? { enabled: true },
  };
}

/** The roles by name; every change bumps `version`, so roles resolved from them can be kept until the next change. */
class RoleStore extends Map<string, estypes.SecurityGetRoleRole> {
  version = 0;

  override set(name: string, role: estypes.SecurityGetRoleRole): this {
    this.version += 1;
    return super.set(name, role);
  }

  override delete(name: string): boolean {
    this.version += 1;
    return super.delete(name);
  }

  override clear(): void {
    this.version += 1;
    super.clear();
  }
}

/** Role sets resolved at most; past it the kept resolutions start again (a bound, never a limit on answers). */
const RESOLVED_ROLE_SETS = 10_000;

export class FixtureState {
  readonly users = new Map<string, StoredUser>();
  readonly roles = new RoleStore();
  /**
   * Role sets resolved since the roles last changed, keyed by the names in order (as JSON, so no two sets share a
   * key whatever characters names hold). Elasticsearch too resolves a user's roles from a cache keyed by the role
   * set, cleared when a role changes; the licence is part of the key because it decides which roles are enabled.
   */
  private readonly resolvedRoleSets = new Map<string, readonly estypes.SecurityGetRoleRole[]>();
  private resolvedFor: { version: number; license: unknown } = { version: -1, license: undefined };
  readonly profiles = new Map<string, StoredProfile>();
  readonly apiKeys = new Map<string, string>();
  private readonly profileUidByUsername = new Map<string, string>();
  privileges: RegisteredPrivileges = {};
  license: estypes.LicenseGetLicenseInformation;
  private seqNo = 0;

  constructor(snapshot: EsSecurityFixtureSnapshot) {
    for (const [name, role] of Object.entries(RESERVED_ROLES)) this.roles.set(name, role);
    for (const [name, role] of Object.entries(snapshot.roles))
      this.roles.set(name, normaliseRole(role));
    for (const [username, roles] of Object.entries(RESERVED_USERS)) {
      this.addReservedUser(username, roles);
    }
    for (const [name, user] of Object.entries(snapshot.users)) {
      this.users.set(name, {
        ...user,
        username: name,
        password: FIXTURE_PASSWORD,
        reserved: false,
      });
    }
    for (const profile of snapshot.profiles ?? []) {
      this.profileUidByUsername.set(profile.user.username, profile.uid);
      this.profiles.set(profile.uid, {
        data: {},
        labels: {},
        enabled: true,
        last_synchronized: Date.now(),
        ...profile,
        _doc: profile._doc ?? { _primary_term: 1, _seq_no: this.seqNo++ },
      });
    }
    const now = Date.now();
    this.license = {
      status: snapshot.license.status as estypes.LicenseLicenseStatus,
      type: snapshot.license.type as estypes.LicenseLicenseType,
      uid: 'fixture-license',
      issue_date: new Date(now).toISOString(),
      issue_date_in_millis: now,
      issued_to: 'es-security-fixture',
      issuer: 'elasticsearch',
      max_nodes: 1000,
      start_date_in_millis: -1,
    };
  }

  private addReservedUser(username: string, roles: string[]): void {
    this.users.set(username, {
      username,
      roles,
      full_name: null,
      email: null,
      metadata: RESERVED,
      enabled: true,
      password: FIXTURE_PASSWORD,
      reserved: true,
    });
  }

  /**
   * Roles that authorise a user: like Elasticsearch, leaves out roles that need document- or field-level security
   * beyond the licence (see `roleAsListed`).
   */
  rolesOf(user: estypes.SecurityUser): readonly estypes.SecurityGetRoleRole[] {
    return this.rolesNamed(user.roles);
  }

  /**
   * The roles of these names that exist (Elasticsearch ignores a name that no longer does), resolved once per role
   * set until a role or the licence changes.
   */
  rolesNamed(names: readonly string[]): readonly estypes.SecurityGetRoleRole[] {
    if (
      this.resolvedFor.version !== this.roles.version ||
      this.resolvedFor.license !== this.license ||
      this.resolvedRoleSets.size >= RESOLVED_ROLE_SETS
    ) {
      this.resolvedRoleSets.clear();
      this.resolvedFor = { version: this.roles.version, license: this.license };
    }
    const key = JSON.stringify(names);
    let roles = this.resolvedRoleSets.get(key);
    if (!roles) {
      roles = Object.freeze(
        names.flatMap((name) => {
          const role = this.roles.get(name);
          return role && this.roleAsListed(role).transient_metadata?.enabled !== false
            ? [role]
            : [];
        })
      );
      this.resolvedRoleSets.set(key, roles);
    }
    return roles;
  }

  /**
   * A role as the role API lists it: Elasticsearch marks a role using document- or field-level security with
   * `transient_metadata.enabled: false` when the licence (an active Platinum or higher) does not include it
   * (x-pack/plugin/security/src/main/java/org/elasticsearch/xpack/security/authz/store/NativeRolesStore.java).
   */
  roleAsListed(role: estypes.SecurityGetRoleRole): estypes.SecurityGetRoleRole {
    const usesDlsOrFls = (role.indices ?? []).some(
      (entry) => entry.query !== undefined || entry.field_security !== undefined
    );
    if (!usesDlsOrFls) return role;
    const licensed =
      this.license.status === 'active' &&
      ['platinum', 'enterprise', 'trial'].includes(String(this.license.type));
    return { ...role, transient_metadata: { ...role.transient_metadata, enabled: licensed } };
  }

  profileOf(username: string): StoredProfile | undefined {
    const uid = this.profileUidByUsername.get(username);
    return uid === undefined ? undefined : this.profiles.get(uid);
  }

  /** `_activate` with grant type password: creates the profile on the first login, refreshes it afterwards. */
  activateProfile(user: StoredUser): StoredProfile {
    const existing = this.profileOf(user.username);
    const uid =
      existing?.uid ??
      `u_${Buffer.from(user.username).toString('base64url')}_${this.profiles.size}`;
    const profile: StoredProfile = {
      uid,
      enabled: existing?.enabled ?? true,
      data: existing?.data ?? {},
      labels: existing?.labels ?? {},
      last_synchronized: Date.now(),
      user: {
        username: user.username,
        roles: [...user.roles],
        realm_name: 'default_native',
        email: user.email ?? null,
        full_name: user.full_name ?? null,
      },
      _doc: { _primary_term: 1, _seq_no: this.seqNo++ },
    };
    this.profiles.set(uid, profile);
    this.profileUidByUsername.set(user.username, uid);
    return profile;
  }

  /** `user` as `GET _security/user` lists it; the profile uid only when asked for and when a profile exists. */
  publicUser(user: StoredUser, withProfileUid: boolean): estypes.SecurityUser {
    const { password: _password, reserved: _reserved, profile_uid: _uid, ...rest } = user;
    if (!withProfileUid) return rest;
    const uid = this.profileOf(user.username)?.uid ?? user.profile_uid;
    return uid === undefined ? rest : { ...rest, profile_uid: uid };
  }
}
