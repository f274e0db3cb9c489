import React, { useState } from 'react';
import {
  EuiAccordion,
  EuiBadge,
  EuiBasicTable,
  EuiComboBox,
  EuiFormRow,
  EuiSpacer,
  EuiText,
  EuiTitle,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { ChangeSubject, ChangeValue, SimulationResult } from '../../../common/diff';
import {
  CASE_CAPABILITIES,
  SOLUTIONS,
  type Solution,
  type SolutionAccess,
} from '../../../common/report/types';
import { reviewTexts } from '../../access_review_texts';
import { solutionLabel } from '../../i18n_texts';
import { fetchSnapshot, postSimulation } from '../../lib/access_review_api';
import { toRequestError } from '../../lib/http_error';
import { useServices } from '../../services';
import { subjectLabel, valueLabel } from './change_labels';
import { SimulationRun } from './simulation_run';

export interface SimulateUserChangeProps {
  username: string;
  space: string;
  /** The user's roles today. */
  roles: string[];
}

interface ComparisonRow {
  subject: ChangeSubject;
  today: ChangeValue;
  after: ChangeValue;
}

const FLAGS = ['assignable', 'addAlerts', 'ruleCaseActions', 'pushToExternal'] as const;

function comparisonRows(today: SolutionAccess, after: SolutionAccess): ComparisonRow[] {
  return [
    { subject: 'level', today: today.level, after: after.level },
    ...CASE_CAPABILITIES.map((key) => ({
      subject: key,
      today: today.capabilities[key],
      after: after.capabilities[key],
    })),
    ...FLAGS.map((key) => ({ subject: key, today: today[key], after: after[key] })),
    { subject: 'connectors', today: today.connectors, after: after.connectors },
  ];
}

function Comparison({ solution, result }: { solution: Solution; result: SimulationResult }) {
  if (!result.user) return null;
  const today = result.user.before.spaces[0].solutions[solution];
  const after = result.user.after.spaces[0].solutions[solution];
  const columns: Array<EuiBasicTableColumn<ComparisonRow>> = [
    {
      field: 'subject',
      name: reviewTexts.capability(),
      render: (subject: ChangeSubject) => subjectLabel(subject),
    },
    {
      name: reviewTexts.today(),
      render: (row: ComparisonRow) => valueLabel(row.subject, row.today),
    },
    {
      name: reviewTexts.after(),
      render: (row: ComparisonRow) =>
        row.today === row.after ? (
          valueLabel(row.subject, row.after)
        ) : (
          <strong>
            {valueLabel(row.subject, row.after)}{' '}
            <EuiBadge color="accent">{reviewTexts.changed()}</EuiBadge>
          </strong>
        ),
    },
  ];
  return (
    <EuiBasicTable
      tableCaption={reviewTexts.comparisonCaption(solutionLabel(solution))}
      items={comparisonRows(today, after)}
      itemId="subject"
      columns={columns}
      rowProps={(row: ComparisonRow) => ({
        'data-test-subj': `caseAccessSimulateRow-${solution}-${row.subject}`,
        'data-changed': String(row.today !== row.after),
      })}
    />
  );
}

/** "Simulate a change" in the user flyout: add or remove roles, see the access beside today's. Nothing is saved. */
export function SimulateUserChange({ username, space, roles }: SimulateUserChangeProps) {
  const { http } = useServices();
  const [roleNames, setRoleNames] = useState<string[]>();
  const [addRoles, setAddRoles] = useState<string[]>([]);
  const [removeRoles, setRemoveRoles] = useState<string[]>([]);
  const [result, setResult] = useState<SimulationResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The form mounts only once opened: the flyout stays as light as before for everyone who does not simulate.
  const [open, setOpen] = useState(false);

  const loadRoles = async (isOpen: boolean) => {
    setOpen(isOpen);
    if (!isOpen || roleNames) return;
    try {
      const snapshot = await fetchSnapshot(http);
      setRoleNames(Object.keys(snapshot.roles).sort());
    } catch (failure) {
      setError(toRequestError(failure).message);
    }
  };

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await postSimulation(http, { space, username, addRoles, removeRoles }));
    } catch (failure) {
      setResult(undefined);
      setError(toRequestError(failure).message);
    } finally {
      setBusy(false);
    }
  };

  const addable = (roleNames ?? []).filter((role) => !roles.includes(role));
  return (
    <EuiAccordion
      id={`caseAccessSimulate-${username}`}
      buttonContent={reviewTexts.simulate()}
      onToggle={(isOpen) => void loadRoles(isOpen)}
      buttonProps={{ 'data-test-subj': 'caseAccessSimulateUserToggle' }}
      data-test-subj="caseAccessSimulateUser"
    >
      {open && (
        <>
          <EuiSpacer size="s" />
          <EuiText size="s">
            <p>{reviewTexts.simulateDescription()}</p>
          </EuiText>
          <EuiSpacer size="s" />
          <EuiFormRow label={reviewTexts.addRoles()}>
            <EuiComboBox
              isLoading={roleNames === undefined && !error}
              options={addable.map((label) => ({ label }))}
              selectedOptions={addRoles.map((label) => ({ label }))}
              onChange={(selected) => setAddRoles(selected.map((option) => option.label))}
              data-test-subj="caseAccessSimulateAddRoles"
            />
          </EuiFormRow>
          <EuiFormRow label={reviewTexts.removeRoles()}>
            <EuiComboBox
              options={roles.map((label) => ({ label }))}
              selectedOptions={removeRoles.map((label) => ({ label }))}
              onChange={(selected) => setRemoveRoles(selected.map((option) => option.label))}
              data-test-subj="caseAccessSimulateRemoveRoles"
            />
          </EuiFormRow>
          <EuiSpacer size="s" />
          <SimulationRun
            testSubjPrefix="caseAccessSimulate"
            disabled={addRoles.length === 0 && removeRoles.length === 0}
            busy={busy}
            onRun={() => void run()}
            error={error}
          />
          {result && (
            <div data-test-subj="caseAccessSimulateResult">
              <EuiText size="s" data-test-subj="caseAccessSimulateSummary">
                <p>
                  {result.changes.length === 0
                    ? reviewTexts.noChanges()
                    : reviewTexts.summary(result.changes.length, result.usersChanged)}
                </p>
              </EuiText>
              {SOLUTIONS.map((solution) => (
                <section key={solution} aria-label={solutionLabel(solution)}>
                  <EuiSpacer size="s" />
                  <EuiTitle size="xs">
                    <h4>{solutionLabel(solution)}</h4>
                  </EuiTitle>
                  <Comparison solution={solution} result={result} />
                </section>
              ))}
            </div>
          )}
        </>
      )}
    </EuiAccordion>
  );
}
