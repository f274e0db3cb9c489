import React from 'react';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { VerifyResponse } from '../../common/verify/types';
import type { UserRow } from '../lib/user_rows';
import { verificationStatus } from '../lib/verification';
import { verificationTexts } from '../verification_texts';
import { VerificationBadge } from './verification_badge';

/** The users table's column for verification with Elasticsearch (shown once verification ran). */
export function verificationColumn(result: VerifyResponse): EuiBasicTableColumn<UserRow> {
  return {
    name: verificationTexts.column(),
    width: '9em',
    render: (row: UserRow) => (
      <VerificationBadge
        status={verificationStatus(result, row.user)}
        data-test-subj={`caseAccessVerification-${row.username}`}
      />
    ),
  };
}
