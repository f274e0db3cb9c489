import React from 'react';
import { EuiEmptyPrompt } from '@elastic/eui';
import { stateTexts } from '../i18n_texts';

export interface ForbiddenPromptProps {
  /** The server's message when a request was refused, shown below the explanation. */
  serverMessage?: string;
}

/** Why the page shows nothing: the privilege that is missing and who can grant it. */
export function ForbiddenPrompt({ serverMessage }: ForbiddenPromptProps) {
  return (
    <EuiEmptyPrompt
      iconType="lock"
      color="subdued"
      title={<h2>{stateTexts.forbiddenTitle()}</h2>}
      body={
        <>
          <p>{stateTexts.forbiddenDescription()}</p>
          {serverMessage && <p>{serverMessage}</p>}
        </>
      }
      data-test-subj="caseAccessForbidden"
    />
  );
}
