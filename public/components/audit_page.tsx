import React, { useCallback, useEffect, useMemo, useState } from 'react';
import {
  EuiButtonEmpty,
  EuiFlexGroup,
  EuiFlexItem,
  EuiHorizontalRule,
  EuiPageHeader,
  EuiSpacer,
  EuiText,
  useEuiTheme,
} from '@elastic/eui';
import { SOLUTIONS } from '../../common/report/types';
import type { AccessLevel, Solution } from '../../common/report/types';
import { useActiveSpace } from '../hooks/use_active_space';
import { useDebouncedValue } from '../hooks/use_debounced_value';
import { useReport } from '../hooks/use_report';
import { useVerification } from '../hooks/use_verification';
import { useUrlState } from '../hooks/use_url_state';
import { appTexts } from '../i18n_texts';
import { applyFilterChange, buildCsvQuery, clearFilters, hasFilters } from '../lib/report_query';
import type { ReportTableState } from '../lib/report_query';
import { AccessReviewActions } from './access_review/access_review_actions';
import { AccessSummary } from './access_summary';
import { ErrorCallout } from './error_callout';
import { ExportButton } from './export_button';
import { ForbiddenPrompt } from './forbidden_prompt';
import { HelpFlyout } from './help_flyout';
import { LoadingPage } from './loading_page';
import { ReadinessSummary } from './readiness_summary';
import { ReportFilters } from './report_filters';
import type { ReportFilterValues } from './report_filters';
import { SpaceSelect } from './space_select';
import { UserFlyout } from './user_flyout';
import { UsersTable } from './users_table';
import { VerificationSummary } from './verification_summary';
import { VerifyButton } from './verify_button';

/**
 * The administrator's page: a one-line readiness summary, the space's counts, and every user's access, page by
 * page. Space, filters, search, sort, page and the open user live in the URL.
 */
export function AuditPage() {
  const { euiTheme } = useEuiTheme();
  const activeSpace = useActiveSpace();
  const [urlState, setUrlState] = useUrlState();
  const state = urlState.table;
  const openUser = urlState.user;
  const setState = useCallback(
    (update: (s: ReportTableState) => ReportTableState) =>
      setUrlState((current) => ({ ...current, table: update(current.table) })),
    [setUrlState]
  );
  const setOpenUser = useCallback(
    (user?: string, realm?: string) => setUrlState((current) => ({ ...current, user, realm })),
    [setUrlState]
  );
  const [searchInput, setSearchInput] = useState(state.search);
  const [helpOpen, setHelpOpen] = useState(false);
  const debouncedSearch = useDebouncedValue(searchInput);

  useEffect(() => {
    // The debounced search is a timer's output; it joins the filters the table state holds.

    setState((s) =>
      s.search === debouncedSearch ? s : applyFilterChange(s, { search: debouncedSearch })
    );
  }, [debouncedSearch, setState]);

  const requestedSpace = state.space ?? activeSpace ?? undefined;
  const { data, error, loading, retry, refresh } = useReport(
    { ...state, space: requestedSpace },
    activeSpace !== undefined
  );

  const onFilterChange = useCallback(
    (change: ReportFilterValues) => setState((s) => applyFilterChange(s, change)),
    [setState]
  );
  const onSummarySelect = useCallback(
    (solution: Solution, level: AccessLevel) =>
      onFilterChange({ solution, level, notAssignable: false }),
    [onFilterChange]
  );
  const verification = useVerification(data?.space);
  const onSelectNotAssignable = useCallback(
    (solution: Solution) => onFilterChange({ solution, level: undefined, notAssignable: true }),
    [onFilterChange]
  );
  const onClear = useCallback(() => {
    setSearchInput('');
    setState(clearFilters);
  }, [setState]);
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
  const filtered = hasFilters({ ...state, search: searchInput });
  return (
    <div>
      <EuiPageHeader
        paddingSize="none"
        pageTitle={appTexts.title()}
        rightSideGroupProps={{
          'data-test-subj': 'caseAccessHeaderActions',
          // EUI caps the buttons at half the header (in a container query); with the description below the title
          // they may take more, so the five stay on one line at 1440 pixels.
          css: { [`@container (min-width: ${euiTheme.breakpoint.m}px)`]: { maxWidth: '80%' } },
        }}
        rightSideItems={[
          <VerifyButton
            key="verify"
            loading={verification.loading}
            onVerify={verification.verify}
          />,
          <ExportButton
            key="export"
            space={space}
            query={buildCsvQuery(state)}
            filtered={hasFilters(state)}
          />,
          <AccessReviewActions key="review" space={space} spaces={data.spaces} />,
          <EuiButtonEmpty
            key="refresh"
            iconType="refresh"
            isLoading={loading}
            onClick={refresh}
            data-test-subj="caseAccessRefresh"
          >
            {appTexts.refresh()}
          </EuiButtonEmpty>,
          <EuiButtonEmpty
            key="help"
            iconType="question"
            onClick={() => setHelpOpen(true)}
            data-test-subj="caseAccessHelpButton"
          >
            {appTexts.help()}
          </EuiButtonEmpty>,
        ]}
      />
      <EuiText size="s">
        <p>
          {appTexts.description()}{' '}
          <strong data-test-subj="caseAccessViewingSpace">
            {appTexts.viewingSpace(spaceName)}
          </strong>
        </p>
      </EuiText>
      <EuiHorizontalRule margin="s" />
      <ReadinessSummary warnings={data.readiness} />
      {error && !loading && <ErrorCallout error={error} onRetry={retry} />}
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="m" alignItems="flexEnd" responsive wrap>
        <EuiFlexItem grow={false}>
          <SpaceSelect
            spaces={data.spaces}
            value={space}
            onChange={(next) => setState((s) => applyFilterChange(s, { space: next }))}
          />
        </EuiFlexItem>
        <EuiFlexItem>
          <AccessSummary
            summary={data.summary}
            solutions={SOLUTIONS}
            onSelect={onSummarySelect}
            onSelectNotAssignable={onSelectNotAssignable}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <VerificationSummary result={verification.result} error={verification.error} />
      <EuiSpacer size="s" />
      <ReportFilters
        search={searchInput}
        onSearchChange={setSearchInput}
        values={state}
        onChange={onFilterChange}
        onClear={filtered ? onClear : undefined}
      />
      <EuiSpacer size="s" />
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
        verification={verification.result}
        onClearFilters={filtered ? onClear : undefined}
      />
      {openUser && (
        <UserFlyout
          username={openUser}
          realm={urlState.realm}
          space={space}
          spaceName={spaceName}
          verification={verification.result}
          focusSolution={state.solution}
          onClose={() => setOpenUser(undefined)}
        />
      )}
      {helpOpen && <HelpFlyout onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
