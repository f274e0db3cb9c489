import React, { useCallback } from 'react';
import {
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiSkeletonText,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { SOLUTIONS } from '../../common/report/types';
import type { VerifyResponse } from '../../common/verify/types';
import { useRequest } from '../hooks/use_request';
import { flyoutTexts, solutionLabel, stateTexts } from '../i18n_texts';
import { fetchUserDetail } from '../lib/api';
import { getGrantingRoles, getSpaceAccess, groupWarnings } from '../lib/user_access';
import { useServices } from '../services';
import { SimulateUserChange } from './access_review/simulate_user_change';
import { CapabilityMatrix } from './capability_matrix';
import { ErrorCallout } from './error_callout';
import { GrantingRoles } from './granting_roles';
import { differencesOf } from '../lib/verification';
import { UserWarnings } from './user_warnings';
import { VerificationDifferences } from './verification_differences';

export interface UserFlyoutProps {
  username: string;
  space: string;
  spaceName: string;
  /** Verification with Elasticsearch, when run: the user's differences are listed with their reasons. */
  verification?: VerifyResponse;
  onClose: () => void;
}

/** One user's capabilities in the space, per solution, with where each comes from and how to get the rest. */
export function UserFlyout({ username, space, spaceName, verification, onClose }: UserFlyoutProps) {
  const { http } = useServices();
  const titleId = useGeneratedHtmlId({ prefix: 'caseAccessFlyoutTitle' });
  const request = useCallback(
    (signal: AbortSignal) => fetchUserDetail(http, username, space, signal),
    [http, username, space]
  );
  const { data, error, loading, retry } = useRequest(request);
  const access = data ? (getSpaceAccess(data.user, space) ?? getSpaceAccess(data.user)) : undefined;

  return (
    <EuiFlyout
      onClose={onClose}
      ownFocus
      size="l"
      aria-labelledby={titleId}
      data-test-subj="caseAccessFlyout"
      closeButtonProps={{
        'data-test-subj': 'caseAccessFlyoutClose',
        'aria-label': flyoutTexts.close(),
      }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>{flyoutTexts.title(username)}</h2>
        </EuiTitle>
        <EuiText size="s" color="subdued">
          {flyoutTexts.inSpace(spaceName)}
        </EuiText>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {error && !loading ? (
          <ErrorCallout error={error} onRetry={retry} />
        ) : !data || !access || loading ? (
          <EuiSkeletonText lines={8} isLoading contentAriaLabel={stateTexts.loading()} />
        ) : (
          <>
            <UserWarnings warnings={groupWarnings(data.user, access)} />
            {verification && (
              <VerificationDifferences differences={differencesOf(verification, username)} />
            )}
            {SOLUTIONS.map((solution) => (
              <section key={solution} aria-label={solutionLabel(solution)}>
                <EuiTitle size="s">
                  <h3>{solutionLabel(solution)}</h3>
                </EuiTitle>
                <CapabilityMatrix
                  solution={solution}
                  access={access.solutions[solution]}
                  missing={data.missing[solution]}
                />
                <EuiSpacer size="l" />
              </section>
            ))}
            <EuiTitle size="s">
              <h3>{flyoutTexts.roles()}</h3>
            </EuiTitle>
            <EuiSpacer size="s" />
            <GrantingRoles roles={getGrantingRoles(access)} />
            <EuiSpacer size="l" />
            <SimulateUserChange username={username} space={space} roles={data.user.roles} />
          </>
        )}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
