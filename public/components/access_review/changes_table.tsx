import React, { useMemo, useState } from 'react';
import {
  EuiBadge,
  EuiBasicTable,
  EuiButton,
  EuiButtonGroup,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiSelect,
  EuiSpacer,
  EuiText,
  type Criteria,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import {
  describeCauses,
  diffToCsv,
  type AccessChange,
  type ChangeDirection,
  type ChangeSubject,
  type DirectoryDiff,
} from '../../../common/diff';
import { reviewTexts } from '../../access_review_texts';
import { solutionLabel } from '../../i18n_texts';
import { filterChanges, subjectsOf } from '../../lib/changes_filter';
import { downloadBlob } from '../../lib/download';
import { changeLabel, subjectLabel } from './change_labels';

export interface ChangesTableProps {
  diff: DirectoryDiff;
  /** File name of the CSV export. */
  csvFilename: string;
}

const PAGE_SIZES = [25, 50, 100];

function changeId(change: AccessChange): string {
  return [change.username, change.space ?? '*', change.solution ?? '-', change.subject].join('-');
}

/** The changes of a diff: gained/lost and capability filters, each change with its cause, CSV export. */
export function ChangesTable({ diff, csvFilename }: ChangesTableProps) {
  const [direction, setDirection] = useState<ChangeDirection | 'all'>('all');
  const [subject, setSubject] = useState<ChangeSubject | ''>('');
  const [pageIndex, setPageIndex] = useState(0);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  const subjects = useMemo(() => subjectsOf(diff.changes), [diff.changes]);
  const shown = useMemo(
    () =>
      filterChanges(diff.changes, {
        direction: direction === 'all' ? undefined : direction,
        subject: subject || undefined,
      }),
    [diff.changes, direction, subject]
  );
  const page = shown.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize);

  const columns: Array<EuiBasicTableColumn<AccessChange>> = [
    { field: 'username', name: reviewTexts.userColumn() },
    {
      field: 'space',
      name: reviewTexts.spaceColumn(),
      render: (space: string | null) => space ?? reviewTexts.everySpace(),
    },
    {
      field: 'solution',
      name: reviewTexts.solutionColumn(),
      render: (solution: AccessChange['solution']) => (solution ? solutionLabel(solution) : ''),
    },
    {
      field: 'subject',
      name: reviewTexts.subjectColumn(),
      render: (value: ChangeSubject) => subjectLabel(value),
    },
    {
      name: reviewTexts.changeColumn(),
      render: (change: AccessChange) => (
        <EuiBadge
          color={change.direction === 'gained' ? 'success' : 'danger'}
          iconType={change.direction === 'gained' ? 'sortUp' : 'sortDown'}
          data-test-subj={`caseAccessChangeDirection-${change.direction}`}
        >
          {changeLabel(change)}
        </EuiBadge>
      ),
    },
    {
      name: reviewTexts.causeColumn(),
      render: (change: AccessChange) => describeCauses(change.causes),
    },
  ];

  return (
    <div data-test-subj="caseAccessChanges">
      <EuiText size="s" data-test-subj="caseAccessChangesSummary">
        <p>
          {diff.changes.length === 0
            ? reviewTexts.noChanges()
            : reviewTexts.summary(diff.changes.length, diff.usersChanged)}
        </p>
      </EuiText>
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="m" alignItems="flexEnd" wrap>
        <EuiFlexItem grow={false}>
          <EuiButtonGroup
            legend={reviewTexts.directionLegend()}
            idSelected={direction}
            onChange={(id) => {
              setDirection(id as ChangeDirection | 'all');
              setPageIndex(0);
            }}
            options={[
              {
                id: 'all',
                label: reviewTexts.all(),
                'data-test-subj': 'caseAccessChangesDirection-all',
              },
              {
                id: 'gained',
                label: reviewTexts.gained(),
                'data-test-subj': 'caseAccessChangesDirection-gained',
              },
              {
                id: 'lost',
                label: reviewTexts.lost(),
                'data-test-subj': 'caseAccessChangesDirection-lost',
              },
            ]}
            data-test-subj="caseAccessChangesDirection"
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiFormRow label={reviewTexts.subjectFilter()}>
            <EuiSelect
              value={subject}
              onChange={(event) => {
                setSubject(event.target.value as ChangeSubject | '');
                setPageIndex(0);
              }}
              options={[
                { value: '', text: reviewTexts.anySubject() },
                ...subjects.map((value) => ({ value, text: subjectLabel(value) })),
              ]}
              data-test-subj="caseAccessChangesSubject"
            />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton
            iconType="download"
            isDisabled={shown.length === 0}
            onClick={() =>
              downloadBlob(
                new Blob([diffToCsv(shown)], { type: 'text/csv;charset=utf-8' }),
                csvFilename
              )
            }
            data-test-subj="caseAccessChangesExportCsv"
          >
            {reviewTexts.exportCsv()}
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <EuiBasicTable
        tableCaption={reviewTexts.tableCaption()}
        items={page}
        itemId={changeId}
        columns={columns}
        rowProps={(change: AccessChange) => ({
          'data-test-subj': `caseAccessChange-${changeId(change)}`,
        })}
        pagination={{
          pageIndex,
          pageSize,
          totalItemCount: shown.length,
          pageSizeOptions: PAGE_SIZES,
        }}
        onChange={({ page: next }: Criteria<AccessChange>) => {
          if (!next) return;
          setPageIndex(next.index);
          setPageSize(next.size);
        }}
        data-test-subj="caseAccessChangesTable"
      />
    </div>
  );
}
