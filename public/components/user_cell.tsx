import type React from 'react';
import { EuiLink, EuiText, EuiToolTip } from '@elastic/eui';
import type { ReportRow } from '../../common/report/api';
import { tableTexts } from '../i18n_texts';

export interface UserCellProps {
  user: ReportRow;
  onOpen: (username: string, realm?: string) => void;
  /**
   * The row's "No" reasons, one line each. The link is the row's only tab stop, so they show in a tooltip when the
   * keyboard focuses it (and on hover), and describe the link to screen readers.
   */
  noReasons?: readonly string[];
}

function profileStatus(user: ReportRow): string {
  if (!user.profile) return tableTexts.noProfile();
  return user.profile.enabled ? tableTexts.profileActive() : tableTexts.profileDisabled();
}

/** User name (a button that opens the details), then full name, realm and profile status as plain text. */
export function UserCell({ user, onOpen, noReasons = [] }: UserCellProps) {
  const details = [
    user.fullName,
    user.realm,
    profileStatus(user),
    user.enabled ? undefined : tableTexts.userDisabled(),
  ].filter((part): part is string => Boolean(part));
  const link = (
    <EuiLink
      onClick={(event: React.MouseEvent) => {
        event.stopPropagation();
        onOpen(user.username, user.realm);
      }}
      aria-label={tableTexts.showDetails(user.username)}
      data-test-subj={`caseAccessUserLink-${user.username}`}
    >
      {user.username}
    </EuiLink>
  );
  return (
    <div>
      {noReasons.length > 0 ? (
        <EuiToolTip
          position="right"
          content={
            <div data-test-subj={`caseAccessRowReasons-${user.username}`}>
              {noReasons.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </div>
          }
        >
          {link}
        </EuiToolTip>
      ) : (
        link
      )}
      <EuiText size="xs" color="subdued">
        {details.join(' · ')}
      </EuiText>
    </div>
  );
}
