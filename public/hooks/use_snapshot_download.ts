import { useCallback, useState } from 'react';
import { reviewTexts } from '../access_review_texts';
import { fetchSnapshot, snapshotFilename } from '../lib/access_review_api';
import { downloadBlob } from '../lib/download';
import { toRequestError } from '../lib/http_error';
import { useServices } from '../services';

/**
 * Saves the directory as the caller may see it, as `case-access-snapshot-<date>.json`, for the next review;
 * `busy` while it is read. A failure is an error toast with the server's message.
 */
export function useSnapshotDownload(): { busy: boolean; download: () => Promise<void> } {
  const { http, notifications } = useServices();
  const [busy, setBusy] = useState(false);
  const download = useCallback(async () => {
    setBusy(true);
    try {
      const snapshot = await fetchSnapshot(http);
      const blob = new Blob([`${JSON.stringify(snapshot, null, 2)}\n`], {
        type: 'application/json',
      });
      downloadBlob(blob, snapshotFilename(snapshot.takenAt));
    } catch (error) {
      notifications.toasts.addDanger({
        title: reviewTexts.downloadFailed(),
        text: toRequestError(error).message,
      });
    } finally {
      setBusy(false);
    }
  }, [http, notifications]);
  return { busy, download };
}
