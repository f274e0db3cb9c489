import React from 'react';
import { EuiCallOut, EuiText } from '@elastic/eui';
import type { VerifyResponse } from '../../common/verify/types';
import type { RequestError } from '../lib/http_error';
import { differingUsers } from '../lib/verification';
import { verificationTexts } from '../verification_texts';

export interface VerificationSummaryProps {
  result?: VerifyResponse;
  error?: RequestError;
}

/** How many users Elasticsearch checked and how many differ; red when the model itself is wrong somewhere. */
export function VerificationSummary({ result, error }: VerificationSummaryProps) {
  if (error) {
    return (
      <EuiCallOut
        color="danger"
        iconType="error"
        title={verificationTexts.failedTitle()}
        data-test-subj="caseAccessVerificationError"
      >
        <EuiText size="s">
          <p>{error.message}</p>
        </EuiText>
      </EuiCallOut>
    );
  }
  if (!result) return null;
  const differ = differingUsers(result);
  const mismatches = result.differences.filter((d) => d.reason === 'model-mismatch').length;
  return (
    <EuiCallOut
      color={mismatches > 0 ? 'danger' : differ > 0 ? 'warning' : 'success'}
      iconType={differ > 0 ? 'warning' : 'check'}
      title={verificationTexts.summaryTitle(result.checked, differ)}
      data-test-subj="caseAccessVerificationSummary"
    >
      <EuiText size="s">
        <p>{verificationTexts.summaryDescription(result.notVerifiable, mismatches)}</p>
      </EuiText>
    </EuiCallOut>
  );
}
