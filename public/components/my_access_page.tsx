import React, { useCallback } from 'react';
import { EuiCallOut, EuiPageHeader, EuiSpacer } from '@elastic/eui';
import { useRequest } from '../hooks/use_request';
import { myAccessTexts } from '../i18n_texts';
import { fetchMe } from '../lib/api';
import { groupWarnings } from '../lib/user_access';
import { useServices } from '../services';
import { ErrorCallout } from './error_callout';
import { ForbiddenPrompt } from './forbidden_prompt';
import { LoadingPage } from './loading_page';
import { MySpaceAccess } from './my_space_access';
import { ReadinessSummary } from './readiness_summary';
import { UserWarnings } from './user_warnings';

/** For users who may only read their own access: what they can do with cases in each space. */
export function MyAccessPage() {
  const { http } = useServices();
  const request = useCallback((signal: AbortSignal) => fetchMe(http, signal), [http]);
  const { data, error, loading, retry } = useRequest(request);

  if (error?.status === 403) return <ForbiddenPrompt serverMessage={error.message} />;
  if (!data) {
    return error && !loading ? <ErrorCallout error={error} onRetry={retry} /> : <LoadingPage />;
  }
  const { user } = data;
  return (
    <div data-test-subj="caseAccessMyAccess">
      <EuiPageHeader
        bottomBorder
        pageTitle={myAccessTexts.title()}
        description={myAccessTexts.description(user.username)}
      />
      <EuiSpacer size="m" />
      {!data.authoritative && (
        <>
          <EuiCallOut size="s" iconType="iInCircle" title={myAccessTexts.estimated()} />
          <EuiSpacer size="s" />
        </>
      )}
      <ReadinessSummary warnings={data.readiness} />
      <UserWarnings warnings={groupWarnings(user, undefined)} />
      {user.spaces.map((access) => (
        <MySpaceAccess
          key={access.space}
          user={user}
          access={access}
          spaceName={data.spaces?.find((s) => s.id === access.space)?.name}
        />
      ))}
    </div>
  );
}
