import React from 'react';
import { EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';
import type { GroupedWarning } from '../lib/user_access';
import { warningTitle } from '../warning_texts';

export interface UserWarningsProps {
  warnings: GroupedWarning[];
}

/** One callout per warning id, listing each distinct message the server gave for it. */
export function UserWarnings({ warnings }: UserWarningsProps) {
  return (
    <>
      {warnings.map((warning) => (
        <React.Fragment key={warning.id}>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={warningTitle(warning.id)}
            data-test-subj={`caseAccessUserWarning-${warning.id}`}
          >
            <EuiText size="s">
              {warning.messages.map((message, index) => (
                <p key={index}>{message}</p>
              ))}
            </EuiText>
          </EuiCallOut>
          <EuiSpacer size="s" />
        </React.Fragment>
      ))}
    </>
  );
}
