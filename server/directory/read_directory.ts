/**
 * Builds the directory snapshot live: users and roles from Elasticsearch with the caller's credentials (so
 * Elasticsearch decides who may read them), profiles in batches, and the Kibana side (licence, spaces, features,
 * public URL, email service, build flavour) from the sources the host provides. Inside Kibana the sources are
 * Kibana's services; in the CLI they are the official client and Kibana's HTTP API.
 */
import type { Client } from '@elastic/elasticsearch';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type {
  BuildFlavor,
  DirectorySnapshot,
  SnapshotLicense,
  SnapshotPartPending,
  SnapshotProfile,
  SnapshotSpace,
} from '../../common/snapshot';
import { DEFAULT_SPACE_ID } from '../../common/constants';
import { formatPath } from '../../common/snapshot/parse';
import { describeError, forbiddenError, statusOf, toDirectoryError } from '../lib/errors';
import {
  AnswerShapeError,
  LICENSE_API,
  PRIVILEGES_API,
  ROLES_API,
  USERS_API,
  checkAnswers,
  isPlainObject,
} from './answer_shape';
import { readProfiles, suggestProfileUids } from './read_profiles';
import { isLicenseType } from '../../common/engine/license';

/** The part of the client the reader uses; Kibana's `ElasticsearchClient` and the official `Client` both fit. */
export type DirectoryClient = Pick<Client, 'security' | 'license'>;

export interface DirectorySources {
  /** Elasticsearch as the caller: the privilege check, users and roles. */
  asCaller: DirectoryClient;
  /**
   * Elasticsearch as Kibana's internal user, used only for profiles (as Kibana itself reads them) and only after
   * the caller was shown to hold `read_security` or `manage_security`. Absent (CLI): the caller reads profiles.
   */
  asInternalUser?: Pick<Client, 'security'>;
  getLicense(): Promise<SnapshotLicense>;
  /** Every space the caller may see, with `disabledFeatures` and `solution`. */
  getSpaces(): Promise<SnapshotSpace[]>;
  /** The feature definitions in force; `undefined`: the engine uses its built-in definitions. */
  getFeatures(): Promise<KibanaFeatureConfig[] | undefined>;
  kibana: {
    version: string;
    buildFlavor: BuildFlavor;
    /** Serverless project type (the cloud plugin's `serverless.projectType`), when known. */
    projectType?: 'observability' | 'security' | 'search';
    publicBaseUrl: string | null;
    emailServiceAvailable: boolean;
  };
  /** Aborts the Elasticsearch calls when no one waits for the directory any more. */
  signal?: AbortSignal;
}

/** The default space alone, for a Kibana without the spaces plugin. */
export const DEFAULT_SPACES: SnapshotSpace[] = [
  { id: DEFAULT_SPACE_ID, name: 'Default', disabledFeatures: [] },
];

/**
 * Whether the caller holds `read_security` or `manage_security` (one cheap call). Throws the 403 `DirectoryError`
 * when not, and a 502/503 one when Elasticsearch cannot answer.
 */
export async function assertCallerCanReadSecurity(
  client: Pick<Client, 'security'>,
  signal?: AbortSignal
): Promise<void> {
  let cluster: Record<string, boolean>;
  try {
    ({ cluster } = await client.security.hasPrivileges(
      { cluster: ['read_security', 'manage_security'] },
      { signal }
    ));
  } catch (error) {
    throw toDirectoryError(error, 'the caller’s privileges');
  }
  if (!isPlainObject(cluster)) {
    throw new AnswerShapeError(PRIVILEGES_API, 'cluster', 'is not an object');
  }
  if (!cluster.read_security && !cluster.manage_security) throw forbiddenError();
}

/**
 * What the report shows instead of a part that could not be read, said after the reason in the partial-directory
 * warning so the reader knows which columns to distrust.
 */
const FALLBACK_EFFECT = {
  license:
    'assumed Basic, so levels, sub-feature capabilities (delete, settings, re-open, assign) and Assignable may show less than the roles grant',
  spaces: 'only the default space is shown, with every feature visible',
  features:
    'the built-in Cases and Connectors definitions are used, so grants of other features may be missing',
} as const;

async function orPending<T>(
  part: keyof typeof FALLBACK_EFFECT,
  read: () => Promise<T>,
  fallback: T,
  pending: SnapshotPartPending[]
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    // A body of another shape means the URL reaches something else than expected: said, not papered over.
    if (error instanceof AnswerShapeError) throw error;
    pending.push({ part, reason: `${describeError(error)}; ${FALLBACK_EFFECT[part]}` });
    return fallback;
  }
}

export type KibanaSideReaders = Pick<DirectorySources, 'getLicense' | 'getSpaces' | 'getFeatures'>;

export interface KibanaSide {
  license: SnapshotLicense;
  spaces: SnapshotSpace[];
  features?: KibanaFeatureConfig[];
  /** The parts that could not be read, each with what the report shows instead. */
  pending: SnapshotPartPending[];
}

/** Licence, spaces and features; a part that fails is replaced by a stated fallback instead of failing the report. */
export async function readKibanaSide(sources: KibanaSideReaders): Promise<KibanaSide> {
  const pending: SnapshotPartPending[] = [];
  const [license, spaces, features] = await Promise.all([
    orPending<SnapshotLicense>(
      'license',
      () => sources.getLicense(),
      { type: 'basic', status: 'active' },
      pending
    ),
    orPending('spaces', () => sources.getSpaces(), DEFAULT_SPACES, pending),
    orPending('features', () => sources.getFeatures(), undefined, pending),
  ]);
  return {
    license,
    spaces: spaces.length > 0 ? spaces : DEFAULT_SPACES,
    ...(features ? { features } : {}),
    pending,
  };
}

type Users = Awaited<ReturnType<DirectoryClient['security']['getUser']>>;

interface UsersRead {
  users: Users;
  /** The users carry no `profile_uid`: they are joined to the profiles `_suggest` lists by username. */
  joinByUsername: boolean;
  pending?: SnapshotPartPending;
}

/**
 * `GET _security/user?with_profile_uid=true`, as Elasticsearch really answers it:
 * - serverless Elasticsearch does not offer the user API (410 Gone): users are then listed from their profiles;
 * - when Elasticsearch cannot collect the profile uids it answers 500 and suggests retrying without
 *   `with_profile_uid`: the users are read again without it and joined to their profiles by username.
 */
async function readUsers(client: DirectoryClient, signal?: AbortSignal): Promise<UsersRead> {
  try {
    return {
      users: await client.security.getUser({ with_profile_uid: true }, { signal }),
      joinByUsername: false,
    };
  } catch (error) {
    const status = statusOf(error as { meta?: { statusCode?: number } });
    if (status === 410) {
      return {
        users: {},
        joinByUsername: false,
        pending: {
          part: 'users',
          reason:
            'this Elasticsearch does not offer the user API (serverless); users are listed from their user ' +
            'profiles, so only users who have logged in appear',
        },
      };
    }
    if (status === 500) {
      try {
        return {
          users: await client.security.getUser(undefined, { signal }),
          joinByUsername: true,
          pending: {
            part: 'profiles',
            reason:
              `Elasticsearch could not give the users' profile uids (${describeError(error)}); users are ` +
              'matched to their enabled profiles by username',
          },
        };
      } catch (retryError) {
        throw toDirectoryError(retryError, 'users');
      }
    }
    throw toDirectoryError(error, 'users');
  }
}

/** Realm names of the users `GET _security/user` lists: Elasticsearch's reserved and default native realms. */
const USER_API_REALMS = new Set(['reserved', 'default_native', 'native']);

/**
 * Sets each user's `profile_uid` from the profiles read, by username: the one profile of that username, or among
 * several (the same name in other realms), the one of a reserved or native realm.
 */
function joinProfilesByUsername(users: Users, profiles: readonly SnapshotProfile[]): Users {
  const byUsername = new Map<string, SnapshotProfile[]>();
  for (const profile of profiles) {
    const list = byUsername.get(profile.user.username) ?? [];
    list.push(profile);
    byUsername.set(profile.user.username, list);
  }
  return Object.fromEntries(
    Object.entries(users).map(([username, user]) => {
      const candidates = byUsername.get(username) ?? [];
      const match =
        candidates.length === 1
          ? candidates[0]
          : candidates.find((profile) => USER_API_REALMS.has(profile.user.realm_name));
      return [username, match ? { ...user, profile_uid: match.uid } : user];
    })
  );
}

export async function readDirectory(sources: DirectorySources): Promise<DirectorySnapshot> {
  const { signal } = sources;
  await assertCallerCanReadSecurity(sources.asCaller, signal);
  const profileClient = sources.asInternalUser ?? sources.asCaller;
  const [usersRead, roles, kibanaSide, suggested] = await Promise.all([
    readUsers(sources.asCaller, signal),
    sources.asCaller.security.getRole(undefined, { signal }).catch((error: unknown) => {
      throw toDirectoryError(error, 'roles');
    }),
    readKibanaSide(sources),
    suggestProfileUids(profileClient, undefined, signal),
  ]);
  const { license, spaces, features, pending } = kibanaSide;
  if (usersRead.pending) pending.push(usersRead.pending);
  checkKeyedBy(USERS_API, usersRead.users);
  checkKeyedBy(ROLES_API, roles);

  const uids = Object.values(usersRead.users).flatMap((user) =>
    user.profile_uid ? [user.profile_uid] : []
  );
  signal?.throwIfAborted();
  const profilesRead = await readProfiles(profileClient, [...uids, ...suggested.uids], signal);
  signal?.throwIfAborted();
  if (suggested.pending) pending.push(suggested.pending);
  if (profilesRead.pending) pending.push(profilesRead.pending);
  const users = usersRead.joinByUsername
    ? joinProfilesByUsername(usersRead.users, profilesRead.profiles)
    : usersRead.users;

  return checkAnswers({
    kibana: {
      ...sources.kibana,
      spaces,
      ...(features ? { features } : {}),
    },
    license,
    users,
    roles,
    profiles: profilesRead.profiles,
    ...(pending.length > 0 ? { partial: pending } : {}),
  });
}

/** Users and roles come as objects keyed by name, each entry an object: checked before anything reads them. */
function checkKeyedBy(api: string, body: unknown): void {
  if (!isPlainObject(body)) throw new AnswerShapeError(api, 'the body', 'is not an object');
  for (const name of Object.keys(body)) {
    if (!isPlainObject(body[name])) {
      throw new AnswerShapeError(api, formatPath([name]), 'is not an object');
    }
  }
}

/** `GET _license` as the given client: the licence type, and `expired` for anything not active. */
export async function readLicenseFromElasticsearch(
  client: Pick<Client, 'license'>
): Promise<SnapshotLicense> {
  const { license } = await client.license.get();
  if (!isPlainObject(license))
    throw new AnswerShapeError(LICENSE_API, 'license', 'is not an object');
  const type = isLicenseType(license.type) ? license.type : 'basic';
  return {
    type,
    status: license.status === 'active' ? 'active' : 'expired',
  };
}
