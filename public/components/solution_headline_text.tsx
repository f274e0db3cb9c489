import React from 'react';
import { EuiText } from '@elastic/eui';
import type { Solution } from '../../common/report/types';
import { capabilityLabel } from '../capability_texts';
import { flyoutTexts, levelLabel, solutionLabel } from '../i18n_texts';
import type { SolutionHeadline } from '../lib/solution_headline';

export interface SolutionHeadlineTextProps {
  solution: Solution;
  headline: SolutionHeadline;
}

/** "Custom. Missing: …" then the smallest change that gives the rest, naming the role and the privilege. */
export function SolutionHeadlineText({ solution, headline }: SolutionHeadlineTextProps) {
  const name = solutionLabel(solution);
  const { change } = headline;
  const state =
    headline.level === 'full'
      ? flyoutTexts.headlineFull(name)
      : headline.level === 'none'
        ? flyoutTexts.headlineNone(name)
        : flyoutTexts.headlineMissing(
            levelLabel(headline.level),
            headline.missing.map(capabilityLabel).join(', ')
          );
  let fix: string | undefined;
  if (change.kind === 'resave') fix = flyoutTexts.changeResave(change.roles.join(', '));
  if (change.kind === 'unavailable') fix = flyoutTexts.changeUnavailable(name);
  if (change.kind === 'add') {
    const privileges = change.labels.join('; ');
    fix = change.role
      ? flyoutTexts.changeAdd(privileges, change.role)
      : flyoutTexts.changeAddAnyRole(privileges);
  }
  return (
    <EuiText size="s" data-test-subj={`caseAccessHeadline-${solution}`}>
      <p>
        <strong>{state}</strong>
        {fix && (
          <>
            <br />
            <span data-test-subj={`caseAccessHeadlineFix-${solution}`}>{fix}</span>
          </>
        )}
      </p>
    </EuiText>
  );
}
