/** Reading a snapshot file picked in the browser, with the same parser as the CLI and a size limit. */
import { MAX_SNAPSHOT_FILE_BYTES } from '../../common/diff';
import { parseSnapshot, SnapshotError, type DirectorySnapshot } from '../../common/snapshot';
import { reviewTexts } from '../access_review_texts';

/** Reads and checks a snapshot file; throws an Error whose message says what is wrong with the file. */
export async function readSnapshotFile(
  file: Pick<File, 'name' | 'size' | 'text'>
): Promise<DirectorySnapshot> {
  if (file.size > MAX_SNAPSHOT_FILE_BYTES) {
    throw new Error(
      reviewTexts.fileTooLarge(file.name, Math.ceil(MAX_SNAPSHOT_FILE_BYTES / 1024 / 1024))
    );
  }
  const text = await file.text();
  try {
    return parseSnapshot(text);
  } catch (error) {
    const reason = error instanceof SnapshotError ? error.message : String(error);
    throw new Error(reviewTexts.fileInvalid(file.name, reason));
  }
}
