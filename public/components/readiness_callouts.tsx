import React from 'react';
import { EuiCallOut, EuiLink, EuiSpacer, EuiText } from '@elastic/eui';
import type { ReadinessWarning, Severity } from '../../common/report/types';
import { appTexts } from '../i18n_texts';
import { navigateInApp } from '../lib/in_app_navigation';
import { readinessLink } from '../lib/readiness_links';
import { useServices } from '../services';
import { warningTitle } from '../warning_texts';

const SEVERITY_COLORS: Record<Severity, 'danger' | 'warning' | 'primary'> = {
  critical: 'danger',
  warning: 'warning',
  info: 'primary',
};
const SEVERITY_ICONS: Record<Severity, string> = {
  critical: 'error',
  warning: 'warning',
  info: 'iInCircle',
};

export interface ReadinessCalloutsProps {
  warnings: ReadinessWarning[];
}

/** One callout per global readiness warning, critical first; nothing at all when everything is ready. */
export function ReadinessCallouts({ warnings }: ReadinessCalloutsProps) {
  const { docLinks, application } = useServices();
  if (warnings.length === 0) return null;
  const order: Severity[] = ['critical', 'warning', 'info'];
  const sorted = [...warnings].sort(
    (a, b) => order.indexOf(a.severity) - order.indexOf(b.severity)
  );
  return (
    <section aria-label={appTexts.readinessTitle()}>
      {sorted.map((warning) => {
        const link = readinessLink(warning.id, {
          elasticWebsiteUrl: docLinks.ELASTIC_WEBSITE_URL,
          getUrlForApp: application.getUrlForApp,
        });
        return (
          <React.Fragment key={warning.id}>
            <EuiCallOut
              title={warningTitle(warning.id)}
              color={SEVERITY_COLORS[warning.severity]}
              iconType={SEVERITY_ICONS[warning.severity]}
              size="s"
              data-test-subj={`caseAccessReadiness-${warning.id}`}
            >
              <EuiText size="s">
                <p>{warning.message}</p>
                {link && (
                  <p>
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
                  </p>
                )}
              </EuiText>
            </EuiCallOut>
            <EuiSpacer size="s" />
          </React.Fragment>
        );
      })}
    </section>
  );
}
