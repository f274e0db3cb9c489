import React from 'react';
import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiLink,
  EuiPanel,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import type { ReportSummary } from '../../common/report/api';
import type { AccessLevel, Solution } from '../../common/report/types';
import { ACCESS_LEVELS } from '../../common/report/types';
import { levelLabel, solutionLabel, summaryTexts } from '../i18n_texts';

export interface AccessSummaryProps {
  summary: ReportSummary;
  solutions: readonly Solution[];
  /** Clicking a count filters the table to that solution and level. */
  onSelect: (solution: Solution, level: AccessLevel) => void;
  /** Clicking "Not assignable yet" lists the readers of that solution who cannot be assigned. */
  onSelectNotAssignable: (solution: Solution) => void;
}

function Count({
  label,
  count,
  ariaLabel,
  onClick,
  testSubj,
}: {
  label: string;
  count: number;
  ariaLabel: string;
  onClick: () => void;
  testSubj: string;
}) {
  return (
    <EuiFlexItem grow={false}>
      <EuiText size="xs">
        {/* The accessible name starts with the visible text (WCAG 2.5.3), then says what a click does. */}
        <EuiLink
          onClick={onClick}
          aria-label={`${label} ${count}: ${ariaLabel}`}
          data-test-subj={testSubj}
        >
          {label} <strong>{count}</strong>
        </EuiLink>
      </EuiText>
    </EuiFlexItem>
  );
}

/**
 * Per solution, one line: how many users hold each level and how many readers cannot be assigned yet. Every count
 * filters the table.
 */
export function AccessSummary({
  summary,
  solutions,
  onSelect,
  onSelectNotAssignable,
}: AccessSummaryProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'caseAccessSummary' });
  return (
    <section aria-labelledby={titleId} data-test-subj="caseAccessSummary">
      <EuiTitle size="xxxs">
        <h2 id={titleId}>{summaryTexts.title()}</h2>
      </EuiTitle>
      <EuiFlexGroup gutterSize="s" wrap responsive={false}>
        {solutions.map((solution) => (
          <EuiFlexItem key={solution} grow={1} style={{ minWidth: 300 }}>
            <EuiPanel hasBorder paddingSize="xs">
              <EuiFlexGroup gutterSize="s" wrap responsive={false} alignItems="baseline">
                <EuiFlexItem grow={false}>
                  <EuiTitle size="xxxs">
                    <h3>{solutionLabel(solution)}</h3>
                  </EuiTitle>
                </EuiFlexItem>
                {ACCESS_LEVELS.map((level) => (
                  <Count
                    key={level}
                    label={levelLabel(level)}
                    count={summary[solution][level]}
                    ariaLabel={summaryTexts.filterBy(solutionLabel(solution), levelLabel(level))}
                    onClick={() => onSelect(solution, level)}
                    testSubj={`caseAccessSummary-${solution}-${level}`}
                  />
                ))}
                <Count
                  label={summaryTexts.notAssignable()}
                  count={summary[solution].notAssignable}
                  ariaLabel={summaryTexts.filterNotAssignable(solutionLabel(solution))}
                  onClick={() => onSelectNotAssignable(solution)}
                  testSubj={`caseAccessSummary-${solution}-notAssignable`}
                />
              </EuiFlexGroup>
            </EuiPanel>
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
    </section>
  );
}
