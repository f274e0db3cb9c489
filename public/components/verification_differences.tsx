import React from 'react';
import { EuiCallOut, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { VerifyDifference } from '../../common/verify/types';
import { capabilityLabel } from '../capability_texts';
import { solutionLabel } from '../i18n_texts';
import { differenceReasonLabel, verificationTexts } from '../verification_texts';

export interface VerificationDifferencesProps {
  differences: VerifyDifference[];
}

/** In the user flyout: each cell where Elasticsearch disagrees with the report, and why. */
export function VerificationDifferences({ differences }: VerificationDifferencesProps) {
  if (differences.length === 0) return null;
  return (
    <section data-test-subj="caseAccessVerificationDifferences">
      <EuiTitle size="s">
        <h3>{verificationTexts.differencesTitle()}</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {differences.map((difference) => {
        const where = difference.solution
          ? solutionLabel(difference.solution)
          : verificationTexts.connectors();
        const id = `${difference.solution ?? 'connectors'}-${difference.capability}`;
        return (
          <React.Fragment key={id}>
            <EuiCallOut
              size="s"
              color={difference.reason === 'model-mismatch' ? 'danger' : 'warning'}
              title={verificationTexts.differenceLine(
                capabilityLabel(difference.capability),
                where,
                difference.model,
                difference.elasticsearch
              )}
              data-test-subj={`caseAccessDifference-${id}`}
            >
              <EuiText size="s">
                <p data-test-subj={`caseAccessDifferenceReason-${id}`}>
                  {differenceReasonLabel(difference.reason)}
                </p>
                <p>{verificationTexts.actions(difference.actions.join(', '))}</p>
              </EuiText>
            </EuiCallOut>
            <EuiSpacer size="s" />
          </React.Fragment>
        );
      })}
      <EuiSpacer size="m" />
    </section>
  );
}
