/**
 * The directory as the `/snapshot` route hands it out: exactly what the engine needs, nothing secret. Users keep
 * their name, roles, contact and state; profiles lose their `data` and `labels` (application data Kibana keeps in
 * them); user metadata keeps only Elasticsearch's reserved `_`-prefixed flags. Elasticsearch never returns
 * passwords, hashes or API keys from these APIs, and picking fields (instead of deleting known ones) keeps any
 * field a later Elasticsearch adds out of the file.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { DirectorySnapshot, SnapshotProfile } from '../../common/snapshot';

function reservedMetadata(metadata: Record<string, unknown> | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (key.startsWith('_')) kept[key] = value;
  }
  return kept;
}

function exportUser(user: estypes.SecurityUser): estypes.SecurityUser {
  return {
    username: user.username,
    roles: [...user.roles],
    ...(user.full_name ? { full_name: user.full_name } : {}),
    ...(user.email ? { email: user.email } : {}),
    metadata: reservedMetadata(user.metadata),
    enabled: user.enabled,
    ...(user.profile_uid ? { profile_uid: user.profile_uid } : {}),
  };
}

function exportProfile(profile: SnapshotProfile): SnapshotProfile {
  const { user } = profile;
  return {
    uid: profile.uid,
    ...(profile.enabled !== undefined ? { enabled: profile.enabled } : {}),
    last_synchronized: profile.last_synchronized,
    user: {
      username: user.username,
      roles: [...user.roles],
      realm_name: user.realm_name,
      ...(user.realm_domain ? { realm_domain: user.realm_domain } : {}),
      ...(user.email ? { email: user.email } : {}),
      ...(user.full_name ? { full_name: user.full_name } : {}),
    },
    labels: {},
    data: {},
  };
}

function exportRole(role: estypes.SecurityGetRoleRole): estypes.SecurityGetRoleRole {
  return {
    cluster: [...role.cluster],
    indices: role.indices,
    applications: role.applications,
    ...(role.run_as ? { run_as: role.run_as } : {}),
    metadata: reservedMetadata(role.metadata),
    ...(role.transient_metadata ? { transient_metadata: role.transient_metadata } : {}),
  };
}

/** The snapshot to hand out, stamped with the time the directory was read. */
export function exportSnapshot(snapshot: DirectorySnapshot, takenAt: Date): DirectorySnapshot {
  const users: DirectorySnapshot['users'] = {};
  for (const key of Object.keys(snapshot.users)) users[key] = exportUser(snapshot.users[key]);
  const roles: DirectorySnapshot['roles'] = {};
  for (const key of Object.keys(snapshot.roles)) roles[key] = exportRole(snapshot.roles[key]);
  return {
    kibana: snapshot.kibana,
    license: snapshot.license,
    users,
    roles,
    profiles: snapshot.profiles.map(exportProfile),
    ...(snapshot.partial ? { partial: snapshot.partial } : {}),
    takenAt: takenAt.toISOString(),
  };
}
