import React, { useState } from 'react';
import { EuiButtonEmpty, EuiContextMenuItem, EuiContextMenuPanel, EuiPopover } from '@elastic/eui';
import { reviewTexts } from '../../access_review_texts';
import { useSnapshotDownload } from '../../hooks/use_snapshot_download';
import { CompareSnapshotFlyout } from './compare_snapshot_flyout';
import { RoleImpactFlyout } from './role_impact_flyout';

export interface AccessReviewActionsProps {
  space: string;
  spaces: Array<{ id: string; name: string }>;
}

/**
 * The access review's entry points, in one "Access review" menu of the page header (so the header keeps one line):
 * download a snapshot, compare with one, a role change's impact. The menu button is busy while a snapshot downloads.
 */
export function AccessReviewActions({ space, spaces }: AccessReviewActionsProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [open, setOpen] = useState<'compare' | 'role'>();
  const snapshot = useSnapshotDownload();
  const choose = (action: () => void) => () => {
    setMenuOpen(false);
    action();
  };
  const items = [
    <EuiContextMenuItem
      key="download"
      icon="download"
      disabled={snapshot.busy}
      onClick={choose(() => void snapshot.download())}
      data-test-subj="caseAccessDownloadSnapshot"
    >
      {reviewTexts.downloadSnapshot()}
    </EuiContextMenuItem>,
    <EuiContextMenuItem
      key="compare"
      icon="merge"
      onClick={choose(() => setOpen('compare'))}
      data-test-subj="caseAccessCompareSnapshot"
    >
      {reviewTexts.compare()}
    </EuiContextMenuItem>,
    <EuiContextMenuItem
      key="role"
      icon="users"
      onClick={choose(() => setOpen('role'))}
      data-test-subj="caseAccessRoleImpact"
    >
      {reviewTexts.roleImpact()}
    </EuiContextMenuItem>,
  ];
  return (
    <>
      <EuiPopover
        button={
          <EuiButtonEmpty
            iconType="arrowDown"
            iconSide="right"
            isLoading={snapshot.busy}
            onClick={() => setMenuOpen((isOpen) => !isOpen)}
            aria-expanded={menuOpen}
            data-test-subj="caseAccessReviewMenu"
          >
            {reviewTexts.menu()}
          </EuiButtonEmpty>
        }
        isOpen={menuOpen}
        closePopover={() => setMenuOpen(false)}
        panelPaddingSize="none"
        anchorPosition="downLeft"
      >
        <EuiContextMenuPanel items={items} />
      </EuiPopover>
      {open === 'compare' && <CompareSnapshotFlyout onClose={() => setOpen(undefined)} />}
      {open === 'role' && (
        <RoleImpactFlyout space={space} spaces={spaces} onClose={() => setOpen(undefined)} />
      )}
    </>
  );
}
