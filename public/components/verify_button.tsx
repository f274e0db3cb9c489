import React from 'react';
import { EuiButton } from '@elastic/eui';
import { verificationTexts } from '../verification_texts';

export interface VerifyButtonProps {
  loading: boolean;
  onVerify: () => void;
}

/** Starts verification of the space's report with Elasticsearch. */
export function VerifyButton({ loading, onVerify }: VerifyButtonProps) {
  return (
    <EuiButton
      iconType="check"
      size="s"
      isLoading={loading}
      onClick={onVerify}
      data-test-subj="caseAccessVerify"
    >
      {verificationTexts.verifyButton()}
    </EuiButton>
  );
}
