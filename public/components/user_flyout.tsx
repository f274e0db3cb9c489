import React, { useCallback } from 'react';
import {
  EuiAccordion,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiPanel,
  EuiSkeletonText,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { SOLUTIONS } from '../../common/report/types';
import type { VerifyResponse } from '../../common/verify/types';
import type { Solution } from '../../common/report/types';
import { useRequest } from '../hooks/use_request';
import { flyoutTexts, solutionLabel, stateTexts } from '../i18n_texts';
import { fetchUserDetail } from '../lib/api';
import { solutionHeadline } from '../lib/solution_headline';
import { getGrantingRoles, getSpaceAccess, groupWarnings } from '../lib/user_access';
import { useServices } from '../services';
import { SimulateUserChange } from './access_review/simulate_user_change';
import { AccessLevelBadge } from './access_level_badge';
import { AllSpacesTable, OtherSpaces } from './all_spaces';
import { CapabilityMatrix } from './capability_matrix';
import { ErrorCallout } from './error_callout';
import { GrantingRoles } from './granting_roles';
import { SolutionHeadlineText } from './solution_headline_text';
import { differencesOf } from '../lib/verification';
import { UserWarnings } from './user_warnings';
import { VerificationDifferences } from './verification_differences';

export interface UserFlyoutProps {
  username: string;
  /** The user's realm, when the username is in several realms. */
  realm?: string;
  space: string;
  spaceName: string;
  /** Verification with Elasticsearch, when run: the user's differences are listed with their reasons. */
  verification?: VerifyResponse;
  /** The solution the table is filtered to: shown first. */
  focusSolution?: Solution;
  onClose: () => void;
}

/** The solutions in the order the flyout shows them: the filtered one first. */
export function orderSolutions(focus?: Solution): Solution[] {
  return focus ? [focus, ...SOLUTIONS.filter((s) => s !== focus)] : [...SOLUTIONS];
}

/**
 * One user's case access in the space, reason first: per solution, a headline (level, what is missing, the smallest
 * change), then each capability with its grant, collapsed where the user has no access. Other spaces are named.
 */
export function UserFlyout({
  username,
  realm,
  space,
  spaceName,
  focusSolution,
  verification,
  onClose,
}: UserFlyoutProps) {
  const { http } = useServices();
  const titleId = useGeneratedHtmlId({ prefix: 'caseAccessFlyoutTitle' });
  const request = useCallback(
    (signal: AbortSignal) => fetchUserDetail(http, username, space, realm, signal),
    [http, username, space, realm]
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
        {data?.allSpaces && <OtherSpaces current={space} spaces={data.allSpaces} />}
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {error && !loading ? (
          <ErrorCallout error={error} onRetry={retry} />
        ) : !data || !access || loading ? (
          <EuiSkeletonText lines={8} isLoading contentAriaLabel={stateTexts.loading()} />
        ) : (
          <>
            {orderSolutions(focusSolution).map((solution) => {
              const cell = access.solutions[solution];
              return (
                <section key={solution} aria-label={solutionLabel(solution)}>
                  <EuiPanel hasBorder paddingSize="s">
                    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
                      <EuiFlexItem grow={false}>
                        <EuiTitle size="xs">
                          <h3>{solutionLabel(solution)}</h3>
                        </EuiTitle>
                      </EuiFlexItem>
                      <EuiFlexItem grow={false}>
                        <AccessLevelBadge level={cell.level} />
                      </EuiFlexItem>
                    </EuiFlexGroup>
                    <EuiSpacer size="xs" />
                    <SolutionHeadlineText
                      solution={solution}
                      headline={solutionHeadline(data.user, cell, data.missing[solution])}
                    />
                    <EuiAccordion
                      id={`${titleId}-${solution}`}
                      buttonContent={flyoutTexts.capabilitiesToggle(solutionLabel(solution))}
                      initialIsOpen={cell.level !== 'none'}
                      paddingSize="s"
                      data-test-subj={`caseAccessMatrixToggle-${solution}`}
                    >
                      <CapabilityMatrix
                        solution={solution}
                        access={cell}
                        missing={data.missing[solution]}
                      />
                    </EuiAccordion>
                  </EuiPanel>
                  <EuiSpacer size="m" />
                </section>
              );
            })}
            <UserWarnings warnings={groupWarnings(data.user, access)} />
            {verification && (
              <VerificationDifferences differences={differencesOf(verification, username)} />
            )}
            <EuiTitle size="s">
              <h3>{flyoutTexts.roles()}</h3>
            </EuiTitle>
            <EuiSpacer size="s" />
            <GrantingRoles roles={getGrantingRoles(access)} />
            {data.allSpaces && (
              <>
                <EuiSpacer size="m" />
                <EuiAccordion
                  id={`${titleId}-allSpaces`}
                  buttonContent={flyoutTexts.allSpaces()}
                  paddingSize="s"
                  data-test-subj="caseAccessAllSpacesToggle"
                >
                  <AllSpacesTable username={username} spaces={data.allSpaces} />
                </EuiAccordion>
              </>
            )}
            <EuiSpacer size="l" />
            <SimulateUserChange username={username} space={space} roles={data.user.roles} />
          </>
        )}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
