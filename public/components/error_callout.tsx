import React from 'react';
import { EuiButton, EuiCallOut, EuiText } from '@elastic/eui';
import { stateTexts } from '../i18n_texts';
import type { RequestError } from '../lib/http_error';

export interface ErrorCalloutProps {
  error: RequestError;
  onRetry: () => void;
}

/** A failed request: the server's own message, and a way to try again. */
export function ErrorCallout({ error, onRetry }: ErrorCalloutProps) {
  return (
    <EuiCallOut
      color="danger"
      iconType="error"
      title={stateTexts.errorTitle()}
      data-test-subj="caseAccessError"
    >
      <EuiText size="s">
        <p>{error.message}</p>
      </EuiText>
      <EuiButton color="danger" size="s" onClick={onRetry} data-test-subj="caseAccessErrorRetry">
        {stateTexts.retry()}
      </EuiButton>
    </EuiCallOut>
  );
}
