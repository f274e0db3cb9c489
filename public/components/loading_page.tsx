import React from 'react';
import { EuiSkeletonRectangle, EuiSkeletonText, EuiSpacer } from '@elastic/eui';
import { stateTexts } from '../i18n_texts';

/** The page's first load: placeholders in the shape of the summary and the table. */
export function LoadingPage() {
  return (
    <div data-test-subj="caseAccessLoading" role="status" aria-label={stateTexts.loading()}>
      <EuiSkeletonRectangle width="100%" height={96} isLoading />
      <EuiSpacer size="m" />
      <EuiSkeletonText lines={10} isLoading />
    </div>
  );
}
