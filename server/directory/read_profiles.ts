/** Reads user profiles by uid in batches, with a bounded number of calls in flight. */
import type { Client } from '@elastic/elasticsearch';
import type { SnapshotPartPending, SnapshotProfile } from '../../common/snapshot';
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
  uids: readonly string[]
): Promise<ProfilesRead> {
  const unique = [...new Set(uids)];
  let failed = 0;
  let firstFailure: string | undefined;
  const batches = await mapWithConcurrency(
    chunk(unique, PROFILE_BATCH_SIZE),
    PROFILE_CONCURRENCY,
    async (batch) => {
      try {
        const { profiles, errors } = await client.security.getUserProfile({ uid: batch });
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
