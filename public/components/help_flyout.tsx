import React from 'react';
import {
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiLink,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { helpTexts } from '../i18n_texts';
import { setupCasesDocHref } from '../lib/readiness_links';
import { useServices } from '../services';

export interface HelpFlyoutProps {
  onClose: () => void;
}

/**
 * "How access is computed": the rules behind the levels and flags, and where Kibana's real behaviour is more
 * generous than the simplified wording of "Configure access to cases".
 */
export function HelpFlyout({ onClose }: HelpFlyoutProps) {
  const { docLinks } = useServices();
  const titleId = useGeneratedHtmlId({ prefix: 'caseAccessHelpTitle' });
  return (
    <EuiFlyout
      onClose={onClose}
      ownFocus
      size="s"
      aria-labelledby={titleId}
      data-test-subj="caseAccessHelp"
      closeButtonProps={{ 'aria-label': helpTexts.close() }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={titleId}>{helpTexts.title()}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiText size="s">
          <p>{helpTexts.intro()}</p>
          <h3>{helpTexts.levelsTitle()}</h3>
          <ul>
            <li>{helpTexts.full()}</li>
            <li>{helpTexts.custom()}</li>
            <li>{helpTexts.view()}</li>
            <li>{helpTexts.none()}</li>
          </ul>
          <h3>{helpTexts.flagsTitle()}</h3>
          <ul>
            <li>{helpTexts.assignable()}</li>
            <li>{helpTexts.addAlerts()}</li>
            <li>{helpTexts.push()}</li>
          </ul>
          <h3>{helpTexts.differsTitle()}</h3>
          <ul data-test-subj="caseAccessHelpDiffers">
            <li>{helpTexts.readAssignable()}</li>
            <li>{helpTexts.connectorsReadPush()}</li>
          </ul>
          <p>
            <EuiLink
              href={setupCasesDocHref(docLinks.ELASTIC_WEBSITE_URL)}
              external
              target="_blank"
              data-test-subj="caseAccessHelpDocLink"
            >
              {helpTexts.docLink()}
            </EuiLink>
          </p>
        </EuiText>
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
