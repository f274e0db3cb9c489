import React, { useCallback, useState } from 'react';
import {
  EuiButtonGroup,
  EuiCallOut,
  EuiCheckboxGroup,
  EuiComboBox,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiFormRow,
  EuiSkeletonText,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import type { SimulationResult } from '../../../common/diff';
import { SOLUTIONS, type Solution } from '../../../common/report/types';
import { reviewTexts } from '../../access_review_texts';
import { useRequest } from '../../hooks/use_request';
import { solutionLabel } from '../../i18n_texts';
import { fetchSnapshot, postSimulation } from '../../lib/access_review_api';
import { toRequestError } from '../../lib/http_error';
import {
  CASES_SUB_PRIVILEGES,
  EMPTY_ROLE_FORM,
  roleApplications,
  type CasesSubPrivilege,
  type PrivilegeLevel,
  type RolePrivilegeForm,
} from '../../lib/role_privileges';
import { useServices } from '../../services';
import { ChangesTable } from './changes_table';
import { SimulationRun } from './simulation_run';

export interface RoleImpactFlyoutProps {
  space: string;
  spaces: Array<{ id: string; name: string }>;
  onClose: () => void;
}

function levelOptions(prefix: string) {
  return [
    { id: `${prefix}-none`, label: reviewTexts.none() },
    { id: `${prefix}-read`, label: reviewTexts.read() },
    { id: `${prefix}-all`, label: reviewTexts.allPrivilege() },
  ];
}

/** "Who would this change affect?": a role's new Cases and Connectors privileges, and every user it would change. */
export function RoleImpactFlyout({ space, spaces, onClose }: RoleImpactFlyoutProps) {
  const { http } = useServices();
  const titleId = useGeneratedHtmlId({ prefix: 'caseAccessRoleImpactTitle' });
  const directory = useRequest(
    useCallback((signal: AbortSignal) => fetchSnapshot(http, signal), [http])
  );
  const [role, setRole] = useState<string>();
  const [form, setForm] = useState<RolePrivilegeForm>(EMPTY_ROLE_FORM);
  const [result, setResult] = useState<SimulationResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const roleNames = directory.data ? Object.keys(directory.data.roles).sort() : [];

  const setCases = (solution: Solution, change: Partial<RolePrivilegeForm['cases'][Solution]>) =>
    setForm((current) => ({
      ...current,
      cases: { ...current.cases, [solution]: { ...current.cases[solution], ...change } },
    }));

  const run = async () => {
    if (!role || !directory.data) return;
    setBusy(true);
    setError(undefined);
    try {
      const applications = roleApplications(directory.data.roles[role].applications, form);
      setResult(await postSimulation(http, { space, role, applications }));
    } catch (failure) {
      setResult(undefined);
      setError(toRequestError(failure).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <EuiFlyout
      onClose={onClose}
      ownFocus
      size="l"
      aria-labelledby={titleId}
      data-test-subj="caseAccessRoleImpactFlyout"
      closeButtonProps={{ 'aria-label': reviewTexts.close() }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>{reviewTexts.roleImpactTitle()}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiText size="s">
          <p>
            {reviewTexts.roleImpactDescription(spaces.find((s) => s.id === space)?.name ?? space)}
          </p>
        </EuiText>
        <EuiSpacer size="m" />
        {directory.error ? (
          <EuiCallOut color="danger" iconType="error" title={directory.error.message} />
        ) : !directory.data ? (
          <EuiSkeletonText lines={6} isLoading contentAriaLabel={reviewTexts.loadingDirectory()} />
        ) : (
          <>
            <EuiFormRow label={reviewTexts.role()}>
              <EuiComboBox
                singleSelection={{ asPlainText: true }}
                options={roleNames.map((label) => ({ label }))}
                selectedOptions={role ? [{ label: role }] : []}
                onChange={(selected) => setRole(selected[0]?.label)}
                data-test-subj="caseAccessRoleImpactRole"
              />
            </EuiFormRow>
            {SOLUTIONS.map((solution) => {
              const cases = form.cases[solution];
              return (
                <EuiFormRow key={solution} label={reviewTexts.casesOf(solutionLabel(solution))}>
                  <div>
                    <EuiButtonGroup
                      legend={reviewTexts.casesOf(solutionLabel(solution))}
                      options={levelOptions(`cases-${solution}`)}
                      idSelected={`cases-${solution}-${cases.level}`}
                      onChange={(id) =>
                        setCases(solution, {
                          level: id.split('-').pop() as PrivilegeLevel,
                          subPrivileges: id.endsWith('-all') ? [...CASES_SUB_PRIVILEGES] : [],
                        })
                      }
                      data-test-subj={`caseAccessRoleImpactCases-${solution}`}
                    />
                    {cases.level !== 'none' && (
                      <EuiCheckboxGroup
                        options={CASES_SUB_PRIVILEGES.map((id) => ({
                          id: `${solution}-${id}`,
                          label: reviewTexts.subPrivilege(id),
                          'data-test-subj': `caseAccessRoleImpactSub-${solution}-${id}`,
                        }))}
                        idToSelectedMap={Object.fromEntries(
                          cases.subPrivileges.map((id) => [`${solution}-${id}`, true])
                        )}
                        onChange={(optionId) => {
                          const id = optionId.slice(solution.length + 1) as CasesSubPrivilege;
                          setCases(solution, {
                            subPrivileges: cases.subPrivileges.includes(id)
                              ? cases.subPrivileges.filter((sub) => sub !== id)
                              : [...cases.subPrivileges, id],
                          });
                        }}
                      />
                    )}
                  </div>
                </EuiFormRow>
              );
            })}
            <EuiFormRow label={reviewTexts.connectors()}>
              <EuiButtonGroup
                legend={reviewTexts.connectors()}
                options={levelOptions('connectors')}
                idSelected={`connectors-${form.connectors}`}
                onChange={(id) =>
                  setForm((current) => ({
                    ...current,
                    connectors: id.split('-').pop() as PrivilegeLevel,
                  }))
                }
                data-test-subj="caseAccessRoleImpactConnectors"
              />
            </EuiFormRow>
            <EuiFormRow label={reviewTexts.spaces()}>
              <EuiComboBox
                placeholder={reviewTexts.allSpaces()}
                options={spaces.map(({ id, name }) => ({ label: name, value: id }))}
                selectedOptions={form.spaces.map((id) => ({
                  label: spaces.find((s) => s.id === id)?.name ?? id,
                  value: id,
                }))}
                onChange={(selected) =>
                  setForm((current) => ({
                    ...current,
                    spaces: selected.map((option) => String(option.value)),
                  }))
                }
                data-test-subj="caseAccessRoleImpactSpaces"
              />
            </EuiFormRow>
            <EuiSpacer size="m" />
            <SimulationRun
              testSubjPrefix="caseAccessRoleImpact"
              fill
              disabled={!role}
              busy={busy}
              onRun={() => void run()}
              error={error}
            />
            {result && (
              <>
                <EuiText size="s" data-test-subj="caseAccessRoleImpactHolders">
                  <p>{reviewTexts.evaluated(result.evaluatedUsers)}</p>
                </EuiText>
                <ChangesTable
                  diff={result}
                  csvFilename={`case-access-role-${(role ?? '').replace(/[^a-zA-Z0-9_-]/g, '_')}.csv`}
                />
              </>
            )}
          </>
        )}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
