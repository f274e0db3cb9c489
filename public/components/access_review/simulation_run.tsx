import React from 'react';
import { EuiButton, EuiCallOut, EuiSpacer } from '@elastic/eui';
import { reviewTexts } from '../../access_review_texts';

export interface SimulationRunProps {
  /** Prefix of the test subjects: `<prefix>Run` on the button, `<prefix>Error` on the callout. */
  testSubjPrefix: string;
  disabled: boolean;
  busy: boolean;
  fill?: boolean;
  onRun: () => void;
  /** The failure of the last run, in words. */
  error?: string;
}

/** A simulation's Run button, and below it what went wrong when the last run failed. */
export function SimulationRun({
  testSubjPrefix,
  disabled,
  busy,
  fill = false,
  onRun,
  error,
}: SimulationRunProps) {
  return (
    <>
      <EuiButton
        fill={fill}
        isDisabled={disabled}
        isLoading={busy}
        onClick={onRun}
        data-test-subj={`${testSubjPrefix}Run`}
      >
        {reviewTexts.run()}
      </EuiButton>
      <EuiSpacer size="m" />
      {error && (
        <EuiCallOut
          color="danger"
          iconType="error"
          title={reviewTexts.simulateFailed()}
          data-test-subj={`${testSubjPrefix}Error`}
        >
          <p>{error}</p>
        </EuiCallOut>
      )}
    </>
  );
}
