import React, { useState } from 'react';
import {
  EuiCallOut,
  EuiFilePicker,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiSkeletonText,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { diffDirectories, type DirectoryDiff } from '../../../common/diff';
import { reviewTexts } from '../../access_review_texts';
import { fetchSnapshot } from '../../lib/access_review_api';
import { toRequestError } from '../../lib/http_error';
import { readSnapshotFile } from '../../lib/snapshot_file';
import { useServices } from '../../services';
import { ChangesTable } from './changes_table';

export interface CompareSnapshotFlyoutProps {
  onClose: () => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; diff: DirectoryDiff };

function title(diff: DirectoryDiff): string {
  const takenAt = diff.before.takenAt;
  if (!takenAt) return reviewTexts.changesSinceUnknown();
  return reviewTexts.changesSince(new Date(takenAt).toLocaleString());
}

/**
 * "Compare with a snapshot": the file is read and checked in the browser with the CLI's parser, then compared
 * with the directory as it is now (read fresh through `/snapshot`).
 */
export function CompareSnapshotFlyout({ onClose }: CompareSnapshotFlyoutProps) {
  const { http } = useServices();
  const titleId = useGeneratedHtmlId({ prefix: 'caseAccessCompareTitle' });
  const [state, setState] = useState<State>({ kind: 'idle' });

  const onFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setState({ kind: 'busy' });
    try {
      const before = await readSnapshotFile(file);
      const now = await fetchSnapshot(http);
      setState({ kind: 'done', diff: diffDirectories(before, now) });
    } catch (error) {
      setState({ kind: 'error', message: toRequestError(error).message });
    }
  };

  return (
    <EuiFlyout
      onClose={onClose}
      ownFocus
      size="l"
      aria-labelledby={titleId}
      data-test-subj="caseAccessCompareFlyout"
      closeButtonProps={{ 'aria-label': reviewTexts.close() }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId} data-test-subj="caseAccessChangesTitle">
            {state.kind === 'done' ? title(state.diff) : reviewTexts.compare()}
          </h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiText size="s">
          <p>{reviewTexts.comparePrompt()}</p>
        </EuiText>
        <EuiSpacer size="m" />
        <EuiFilePicker
          accept=".json,application/json"
          initialPromptText={reviewTexts.filePicker()}
          aria-label={reviewTexts.filePicker()}
          onChange={(files) => void onFile(files)}
          isLoading={state.kind === 'busy'}
          data-test-subj="caseAccessCompareFile"
        />
        <EuiSpacer size="m" />
        {state.kind === 'error' && (
          <EuiCallOut
            color="danger"
            iconType="error"
            title={reviewTexts.compareFailedTitle()}
            data-test-subj="caseAccessCompareError"
          >
            <p>{state.message}</p>
          </EuiCallOut>
        )}
        {state.kind === 'busy' && (
          <EuiSkeletonText lines={6} isLoading contentAriaLabel={reviewTexts.loadingDirectory()} />
        )}
        {state.kind === 'done' && (
          <ChangesTable
            diff={state.diff}
            csvFilename={`case-access-changes-${(state.diff.before.takenAt ?? 'snapshot').slice(0, 10)}.csv`}
          />
        )}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
