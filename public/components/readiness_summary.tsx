import React, { useState } from 'react';
import { EuiButtonEmpty, EuiCallOut, EuiLink, EuiSpacer, EuiText } from '@elastic/eui';
import { SEVERITIES } from '../../common/report/types';
import type { ReadinessWarning, Severity } from '../../common/report/types';
import { readinessTexts } from '../i18n_texts';
import { editRoleHref, readinessLink } from '../lib/readiness_links';
import { navigateInApp } from '../lib/in_app_navigation';
import { useServices } from '../services';
import { warningTitle } from '../warning_texts';

const SEVERITY_COLORS: Record<Severity, 'danger' | 'warning' | 'primary'> = {
  critical: 'danger',
  warning: 'warning',
  info: 'primary',
};

export interface ReadinessSummaryProps {
  warnings: ReadinessWarning[];
}

/** Counts per severity, most severe first: "1 critical, 2 warnings". */
export function countBySeverity(warnings: readonly ReadinessWarning[]): string {
  return SEVERITIES.map((severity) => ({
    severity,
    count: warnings.filter((warning) => warning.severity === severity).length,
  }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => readinessTexts.count(severity, count))
    .join(', ');
}

function ReadinessItem({ warning }: { warning: ReadinessWarning }) {
  const { docLinks, application } = useServices();
  const link = readinessLink(warning.id, {
    elasticWebsiteUrl: docLinks.ELASTIC_WEBSITE_URL,
    getUrlForApp: application.getUrlForApp,
  });
  const roles = warning.roles ?? [];
  return (
    <li data-test-subj={`caseAccessReadiness-${warning.id}`}>
      <EuiText size="s">
        <strong>{warningTitle(warning.id, warning.message)}</strong>{' '}
        <span>({readinessTexts.severity(warning.severity)})</span>
        <p>{warning.message}</p>
        <p>
          {roles.length > 0
            ? roles.map((role, index) => (
                <React.Fragment key={role}>
                  {index > 0 && ' · '}
                  <EuiLink
                    href={editRoleHref(role, application.getUrlForApp)}
                    onClick={(event: React.MouseEvent<HTMLElement>) =>
                      navigateInApp(
                        event,
                        editRoleHref(role, application.getUrlForApp),
                        application.navigateToUrl
                      )
                    }
                    data-test-subj={`caseAccessReadinessEditRole-${role}`}
                  >
                    {readinessTexts.editRole(role)}
                  </EuiLink>
                </React.Fragment>
              ))
            : link && (
                <EuiLink
                  href={link.href}
                  external={link.external}
                  target={link.external ? '_blank' : undefined}
                  onClick={
                    link.external
                      ? undefined
                      : (event) => navigateInApp(event, link.href, application.navigateToUrl)
                  }
                >
                  {link.label}
                </EuiLink>
              )}
        </p>
      </EuiText>
    </li>
  );
}

/**
 * Everything not ready, in one small callout: how many things, by severity, expanding to the list. Each item has one
 * action that goes where it is fixed: the named role's editor, or the page or document for a setting.
 */
export function ReadinessSummary({ warnings }: ReadinessSummaryProps) {
  const [open, setOpen] = useState(false);
  if (warnings.length === 0) return null;
  const worst = SEVERITIES.find((severity) => warnings.some((w) => w.severity === severity));
  const sorted = [...warnings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
  );
  const listId = 'caseAccessReadinessList';
  return (
    <EuiCallOut
      size="s"
      color={SEVERITY_COLORS[worst ?? 'info']}
      iconType={worst === 'info' ? 'iInCircle' : 'warning'}
      data-test-subj="caseAccessReadiness"
      title={
        <>
          {readinessTexts.summary(warnings.length, countBySeverity(warnings))}{' '}
          <EuiButtonEmpty
            size="xs"
            flush="left"
            iconType={open ? 'arrowDown' : 'arrowRight'}
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
            data-test-subj="caseAccessReadinessToggle"
          >
            {open ? readinessTexts.hide() : readinessTexts.show()}
          </EuiButtonEmpty>
        </>
      }
    >
      {open && (
        <>
          <EuiSpacer size="xs" />
          <ul id={listId} aria-label={readinessTexts.listLabel()}>
            {sorted.map((warning) => (
              <ReadinessItem key={warning.id} warning={warning} />
            ))}
          </ul>
        </>
      )}
    </EuiCallOut>
  );
}
