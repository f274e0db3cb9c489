import React from 'react';
import {
  EuiDescriptionList,
  EuiFlexGrid,
  EuiFlexItem,
  EuiLink,
  EuiPanel,
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
}

/** Per solution, how many users hold each level and how many readers cannot be assigned yet. */
export function AccessSummary({ summary, solutions, onSelect }: AccessSummaryProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'caseAccessSummary' });
  return (
    <section aria-labelledby={titleId} data-test-subj="caseAccessSummary">
      <EuiTitle size="xxs">
        <h2 id={titleId}>{summaryTexts.title()}</h2>
      </EuiTitle>
      <EuiFlexGrid columns={3} gutterSize="m">
        {solutions.map((solution) => (
          <EuiFlexItem key={solution}>
            <EuiPanel hasBorder paddingSize="s">
              <EuiTitle size="xxxs">
                <h3>{solutionLabel(solution)}</h3>
              </EuiTitle>
              <EuiDescriptionList
                type="column"
                compressed
                columnWidths={[3, 1]}
                listItems={[
                  ...ACCESS_LEVELS.map((level) => ({
                    title: levelLabel(level),
                    description: (
                      <EuiLink
                        onClick={() => onSelect(solution, level)}
                        aria-label={summaryTexts.filterBy(
                          solutionLabel(solution),
                          levelLabel(level)
                        )}
                        data-test-subj={`caseAccessSummary-${solution}-${level}`}
                      >
                        {summary[solution][level]}
                      </EuiLink>
                    ),
                  })),
                  {
                    title: summaryTexts.notAssignable(),
                    description: (
                      <span data-test-subj={`caseAccessSummary-${solution}-notAssignable`}>
                        {summary[solution].notAssignable}
                      </span>
                    ),
                  },
                ]}
              />
            </EuiPanel>
          </EuiFlexItem>
        ))}
      </EuiFlexGrid>
    </section>
  );
}
