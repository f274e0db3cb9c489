import React from 'react';
import { EuiLink, EuiText } from '@elastic/eui';
import { flyoutTexts } from '../i18n_texts';
import { navigateInApp } from '../lib/in_app_navigation';
import { editRoleHref } from '../lib/readiness_links';
import { useServices } from '../services';

export interface GrantingRolesProps {
  roles: string[];
}

/** A link to Kibana's role editor for each role that grants the user something here. */
export function GrantingRoles({ roles }: GrantingRolesProps) {
  const { application } = useServices();
  if (roles.length === 0) {
    return (
      <EuiText size="s" color="subdued">
        {flyoutTexts.noRoles()}
      </EuiText>
    );
  }
  return (
    <ul>
      {roles.map((role) => {
        const href = editRoleHref(role, application.getUrlForApp);
        return (
          <li key={role}>
            <EuiLink
              href={href}
              onClick={(event) => navigateInApp(event, href, application.navigateToUrl)}
              aria-label={flyoutTexts.editRole(role)}
              data-test-subj={`caseAccessEditRole-${role}`}
            >
              {role}
            </EuiLink>
          </li>
        );
      })}
    </ul>
  );
}
