import type React from 'react';
import { EuiLink, EuiText } from '@elastic/eui';
import type { ReportRow } from '../../common/report/api';
import { tableTexts } from '../i18n_texts';

export interface UserCellProps {
  user: ReportRow;
  onOpen: (username: string) => void;
}

function profileStatus(user: ReportRow): string {
  if (!user.profile) return tableTexts.noProfile();
  return user.profile.enabled ? tableTexts.profileActive() : tableTexts.profileDisabled();
}

/** User name (a button that opens the details), then full name, realm and profile status as plain text. */
export function UserCell({ user, onOpen }: UserCellProps) {
  const details = [
    user.fullName,
    user.realm,
    profileStatus(user),
    user.enabled ? undefined : tableTexts.userDisabled(),
  ].filter((part): part is string => Boolean(part));
  return (
    <div>
      <EuiLink
        onClick={(event: React.MouseEvent) => {
          event.stopPropagation();
          onOpen(user.username);
        }}
        aria-label={tableTexts.showDetails(user.username)}
        data-test-subj={`caseAccessUserLink-${user.username}`}
      >
        {user.username}
      </EuiLink>
      <EuiText size="xs" color="subdued">
        {details.join(' · ')}
      </EuiText>
    </div>
  );
}
