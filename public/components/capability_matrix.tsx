import React from 'react';
import {
  EuiBasicTable,
  EuiFlexGroup,
  EuiFlexItem,
  EuiIcon,
  EuiIconTip,
  EuiText,
} from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type {
  GrantKey,
  GrantSuggestion,
  Solution,
  SolutionAccess,
} from '../../common/report/types';
import { capabilityLabel } from '../capability_texts';
import { flyoutTexts, solutionLabel } from '../i18n_texts';
import { buildCapabilityMatrix } from '../lib/capability_matrix';
import type { MatrixRow } from '../lib/capability_matrix';

export interface CapabilityMatrixProps {
  solution: Solution;
  access: SolutionAccess;
  missing?: Partial<Record<GrantKey, GrantSuggestion[]>>;
}

function SourceCell({ row, solution }: { row: MatrixRow; solution: Solution }) {
  if (row.derived) {
    return (
      <EuiText size="xs" color="subdued">
        {flyoutTexts.derived()}
      </EuiText>
    );
  }
  const testSubj = `${row.granted ? 'caseAccessGrant' : 'caseAccessMissing'}-${solution}-${row.key}`;
  if (row.granted) {
    if (row.grants.length === 0) return null;
    // In the role editor's words; the raw privilege stays one hover or focus away.
    return (
      <EuiText size="xs" data-test-subj={testSubj}>
        {row.grants.map((g, index) => (
          <div key={index}>
            {g.label ?? flyoutTexts.grant(g.role, g.privilege, g.resource)}{' '}
            {g.label && (
              <EuiIconTip
                type="iInCircle"
                size="s"
                color="subdued"
                aria-label={flyoutTexts.rawPrivilegeLabel()}
                content={flyoutTexts.rawPrivilege(g.privilege, g.resource)}
              />
            )}
          </div>
        ))}
      </EuiText>
    );
  }
  // A privilege held but not counted (assign below an active Platinum licence) says why, before any suggestion.
  const lines = row.notCounted
    ? [row.notCounted]
    : row.missing.map((suggestion) => flyoutTexts.missing(suggestion.label));
  if (lines.length === 0) lines.push(flyoutTexts.noSuggestion(solutionLabel(solution)));
  return (
    <EuiText size="xs" data-test-subj={testSubj}>
      {lines.map((line, index) => (
        <div key={index}>{line}</div>
      ))}
    </EuiText>
  );
}

/** Each capability in one solution: granted or not (in words), and the grant or the way to get it. */
export function CapabilityMatrix({ solution, access, missing }: CapabilityMatrixProps) {
  const rows = buildCapabilityMatrix(access, missing);
  const columns: Array<EuiBasicTableColumn<MatrixRow>> = [
    {
      field: 'key',
      name: flyoutTexts.capability(),
      width: '16em',
      render: (key: MatrixRow['key']) => capabilityLabel(key),
    },
    {
      field: 'granted',
      name: flyoutTexts.status(),
      width: '9em',
      render: (granted: boolean, row: MatrixRow) => (
        <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiIcon
              type={granted ? 'check' : 'cross'}
              color={granted ? 'success' : 'subdued'}
              aria-hidden={true}
            />
          </EuiFlexItem>
          <EuiFlexItem grow={false} data-test-subj={`caseAccessCapability-${solution}-${row.key}`}>
            {granted ? flyoutTexts.granted() : flyoutTexts.notGranted()}
          </EuiFlexItem>
        </EuiFlexGroup>
      ),
    },
    {
      name: flyoutTexts.source(),
      render: (row: MatrixRow) => <SourceCell row={row} solution={solution} />,
    },
  ];
  return (
    <EuiBasicTable<MatrixRow>
      tableCaption={flyoutTexts.matrixCaption(solutionLabel(solution))}
      items={rows}
      itemId="key"
      columns={columns}
      compressed
    />
  );
}
