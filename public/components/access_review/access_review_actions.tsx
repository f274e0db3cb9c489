import React, { useState } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import { reviewTexts } from '../../access_review_texts';
import { CompareSnapshotFlyout } from './compare_snapshot_flyout';
import { DownloadSnapshotButton } from './download_snapshot_button';
import { RoleImpactFlyout } from './role_impact_flyout';

export interface AccessReviewActionsProps {
  space: string;
  spaces: Array<{ id: string; name: string }>;
}

/** The access review's entry points on the page: download a snapshot, compare with one, a role change's impact. */
export function AccessReviewActions({ space, spaces }: AccessReviewActionsProps) {
  const [open, setOpen] = useState<'compare' | 'role'>();
  return (
    <EuiFlexGroup gutterSize="s" responsive={false} wrap>
      <EuiFlexItem grow={false}>
        <DownloadSnapshotButton />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty
          iconType="merge"
          onClick={() => setOpen('compare')}
          data-test-subj="caseAccessCompareSnapshot"
        >
          {reviewTexts.compare()}
        </EuiButtonEmpty>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty
          iconType="users"
          onClick={() => setOpen('role')}
          data-test-subj="caseAccessRoleImpact"
        >
          {reviewTexts.roleImpact()}
        </EuiButtonEmpty>
      </EuiFlexItem>
      {open === 'compare' && <CompareSnapshotFlyout onClose={() => setOpen(undefined)} />}
      {open === 'role' && (
        <RoleImpactFlyout space={space} spaces={spaces} onClose={() => setOpen(undefined)} />
      )}
    </EuiFlexGroup>
  );
}
