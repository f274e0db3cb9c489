import React from 'react';
import { EuiBadge } from '@elastic/eui';
import type { VerificationStatus } from '../lib/verification';
import { verificationStatusLabel } from '../verification_texts';

const COLOR: Record<VerificationStatus, string> = {
  verified: 'success',
  differs: 'warning',
  notVerifiable: 'hollow',
};
const ICON: Record<VerificationStatus, string> = {
  verified: 'check',
  differs: 'warning',
  notVerifiable: 'minusInCircle',
};

export interface VerificationBadgeProps {
  status: VerificationStatus;
  'data-test-subj'?: string;
}

/** A row's verification: Verified, Differs or Not verifiable, in words and icon, not colour alone. */
export function VerificationBadge({ status, ...rest }: VerificationBadgeProps) {
  return (
    <EuiBadge color={COLOR[status]} iconType={ICON[status]} data-test-subj={rest['data-test-subj']}>
      {verificationStatusLabel(status)}
    </EuiBadge>
  );
}
