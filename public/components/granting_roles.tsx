import React from 'react';
import { EuiLink, EuiText } from '@elastic/eui';
import { flyoutTexts } from '../i18n_texts';
import { editRoleHref } from '../lib/readiness_links';
import { useServices } from '../services';

export interface GrantingRolesProps {
  roles: string[];
}

/** A link to Kibana's role editor for each role that grants the user something here. */
export function GrantingRoles({ roles }: GrantingRolesProps) {
  const { basePath } = useServices();
  if (roles.length === 0) {
    return (
      <EuiText size="s" color="subdued">
        {flyoutTexts.noRoles()}
      </EuiText>
    );
  }
  return (
    <ul>
      {roles.map((role) => (
        <li key={role}>
          <EuiLink
            href={editRoleHref(role, (path) => basePath.prepend(path))}
            aria-label={flyoutTexts.editRole(role)}
            data-test-subj={`caseAccessEditRole-${role}`}
          >
            {role}
          </EuiLink>
        </li>
      ))}
    </ul>
  );
}
