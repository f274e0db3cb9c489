import React, { useCallback, useEffect, useMemo, useState } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiPageHeader, EuiSpacer } from '@elastic/eui';
import { SOLUTIONS } from '../../common/report/types';
import type { AccessLevel, Solution } from '../../common/report/types';
import { useActiveSpace } from '../hooks/use_active_space';
import { useDebouncedValue } from '../hooks/use_debounced_value';
import { useReport } from '../hooks/use_report';
import { appTexts } from '../i18n_texts';
import { applyFilterChange, buildCsvQuery, INITIAL_TABLE_STATE } from '../lib/report_query';
import type { ReportTableState } from '../lib/report_query';
import { AccessSummary } from './access_summary';
import { ErrorCallout } from './error_callout';
import { ExportButton } from './export_button';
import { ForbiddenPrompt } from './forbidden_prompt';
import { LoadingPage } from './loading_page';
import { ReadinessCallouts } from './readiness_callouts';
import { ReportFilters } from './report_filters';
import type { ReportFilterValues } from './report_filters';
import { SpaceSelect } from './space_select';
import { UserFlyout } from './user_flyout';
import { UsersTable } from './users_table';

/** The administrator's page: readiness, the space's summary, and every user's access, page by page. */
export function AuditPage() {
  const activeSpace = useActiveSpace();
  const [state, setState] = useState<ReportTableState>(INITIAL_TABLE_STATE);
  const [searchInput, setSearchInput] = useState('');
  const [openUser, setOpenUser] = useState<string>();
  const debouncedSearch = useDebouncedValue(searchInput);

  useEffect(() => {
    // The debounced search is a timer's output; it joins the filters the table state holds.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- set once per settled search, never in a loop
    setState((s) =>
      s.search === debouncedSearch ? s : applyFilterChange(s, { search: debouncedSearch })
    );
  }, [debouncedSearch]);

  const requestedSpace = state.space ?? activeSpace ?? undefined;
  const { data, error, loading, retry, refresh } = useReport(
    { ...state, space: requestedSpace },
    activeSpace !== undefined
  );

  const onFilterChange = useCallback(
    (change: ReportFilterValues) => setState((s) => applyFilterChange(s, change)),
    []
  );
  const onSummarySelect = useCallback(
    (solution: Solution, level: AccessLevel) => onFilterChange({ solution, level }),
    [onFilterChange]
  );
  const solutions = useMemo(
    () => (state.solution ? [state.solution] : SOLUTIONS),
    [state.solution]
  );

  if (error?.status === 403) return <ForbiddenPrompt serverMessage={error.message} />;
  if (!data) {
    return error && !loading ? <ErrorCallout error={error} onRetry={retry} /> : <LoadingPage />;
  }

  const space = data.space;
  const spaceName = data.spaces.find((s) => s.id === space)?.name ?? space;
  return (
    <div>
      <EuiPageHeader
        bottomBorder
        pageTitle={appTexts.title()}
        description={appTexts.description()}
        rightSideItems={[
          <ExportButton key="export" space={space} query={buildCsvQuery(state)} />,
          <EuiButtonEmpty
            key="refresh"
            iconType="refresh"
            isLoading={loading}
            onClick={refresh}
            data-test-subj="caseAccessRefresh"
          >
            {appTexts.refresh()}
          </EuiButtonEmpty>,
        ]}
      />
      <EuiSpacer size="m" />
      <ReadinessCallouts warnings={data.readiness} />
      {error && !loading && <ErrorCallout error={error} onRetry={retry} />}
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="m" alignItems="center" responsive>
        <EuiFlexItem grow={false}>
          <SpaceSelect
            spaces={data.spaces}
            value={space}
            onChange={(next) => setState((s) => applyFilterChange(s, { space: next }))}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <AccessSummary summary={data.summary} solutions={SOLUTIONS} onSelect={onSummarySelect} />
      <EuiSpacer size="l" />
      <ReportFilters
        search={searchInput}
        onSearchChange={setSearchInput}
        values={state}
        onChange={onFilterChange}
      />
      <EuiSpacer size="m" />
      <UsersTable
        users={data.users}
        space={space}
        spaceName={spaceName}
        solutions={solutions}
        total={data.total}
        pageIndex={state.pageIndex}
        pageSize={state.pageSize}
        sortField={state.sortField}
        sortDirection={state.sortDirection}
        loading={loading}
        onTableChange={(change) => setState((s) => ({ ...s, ...change }))}
        onOpenUser={setOpenUser}
      />
      {openUser && (
        <UserFlyout
          username={openUser}
          space={space}
          spaceName={spaceName}
          onClose={() => setOpenUser(undefined)}
        />
      )}
    </div>
  );
}
