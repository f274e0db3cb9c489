/** Reads user profiles by uid in batches, with a bounded number of calls in flight. */
import type { Client } from '@elastic/elasticsearch';
import type { SnapshotPartPending, SnapshotProfile } from '../../common/snapshot';
import { AnswerShapeError, PROFILES_API, SUGGEST_API } from './answer_shape';
import { chunk, mapWithConcurrency } from '../lib/concurrency';
import { describeError } from '../lib/errors';

/** Elasticsearch accepts many uids per call; 50 keeps each URL and answer small. */
export const PROFILE_BATCH_SIZE = 50;
/** Calls in flight at once: enough to hide latency at 10k users without crowding the cluster. */
export const PROFILE_CONCURRENCY = 4;

export type ProfileClient = Pick<Client, 'security'>;

export interface ProfilesRead {
  profiles: SnapshotProfile[];
  /** Set when some profiles could not be read: the report is then partial. */
  pending?: SnapshotPartPending;
}

export async function readProfiles(
  client: ProfileClient,
  uids: readonly string[],
  signal?: AbortSignal
): Promise<ProfilesRead> {
  const unique = [...new Set(uids)];
  let failed = 0;
  let firstFailure: string | undefined;
  const batches = await mapWithConcurrency(
    chunk(unique, PROFILE_BATCH_SIZE),
    PROFILE_CONCURRENCY,
    async (batch) => {
      try {
        signal?.throwIfAborted();
        const { profiles, errors } = await client.security.getUserProfile(
          { uid: batch },
          { signal }
        );
        if (!Array.isArray(profiles)) {
          throw new AnswerShapeError(PROFILES_API, 'profiles', 'is not an array');
        }
        if (errors && errors.count > 0) {
          failed += errors.count;
          firstFailure ??= Object.values(errors.details)[0]?.reason ?? 'profile read error';
        }
        return profiles;
      } catch (error) {
        failed += batch.length;
        firstFailure ??= describeError(error);
        return [];
      }
    }
  );
  const profiles: SnapshotProfile[] = batches.flat().map(({ _doc, ...profile }) => profile);
  if (failed === 0) return { profiles };
  return {
    profiles,
    pending: {
      part: 'profiles',
      reason:
        `${failed} of ${unique.length} user profiles could not be read (${firstFailure}); ` +
        'those users show as never logged in, so Assignable may say No when they can be assigned',
    },
  };
}

/**
 * The most profiles one `_suggest` call lists. Elasticsearch documents no maximum for `size` (it rejects only a
 * negative one), but the call is a search of the profile index, so `size` is bounded by that index's
 * `index.max_result_window`, 10,000 unless an operator changed it.
 */
export const SUGGEST_PROFILES_MAX = 10_000;

export interface SuggestedUids {
  /** Uids of every enabled profile `_suggest` listed, native users' included (`readProfiles` drops duplicates). */
  uids: string[];
  /** Set when the list may be cut off at the cap, or when `_suggest` failed. */
  pending?: SnapshotPartPending;
}

/**
 * The uids of existing profiles, so that users known only through a profile (single sign-on: SAML, OIDC, ...; never
 * in `GET _security/user`) are read too. `_suggest` with an empty name lists every enabled profile, newest first.
 * A failure does not fail the report: those users are then missing, and the report says so.
 */
export async function suggestProfileUids(
  client: ProfileClient,
  size: number = SUGGEST_PROFILES_MAX,
  signal?: AbortSignal
): Promise<SuggestedUids> {
  try {
    const { profiles, total } = await client.security.suggestUserProfiles(
      { name: '', size },
      { signal }
    );
    if (!Array.isArray(profiles) || typeof total?.value !== 'number') {
      throw new AnswerShapeError(SUGGEST_API, 'profiles or total.value', 'is missing');
    }
    const uids = profiles.map((profile) => profile.uid);
    if (uids.length < size && total.value <= uids.length) return { uids };
    return {
      uids,
      pending: {
        part: 'profiles',
        reason:
          `only the first ${size} single sign-on users are listed (Elasticsearch lists at most ${size} user ` +
          'profiles at once, most recent first); users known only through an older profile are missing',
      },
    };
  } catch (error) {
    return {
      uids: [],
      pending: {
        part: 'profiles',
        reason:
          `the user profiles could not be listed (${describeError(error)}); ` +
          'single sign-on users, known only through their profiles, are missing',
      },
    };
  }
}
