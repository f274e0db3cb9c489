/** Texts of readiness warnings in the panel: their titles (shared with the CLI) and the links to fix them. */
import { translate } from '../common/i18n/translate';

export { warningTitle } from '../common/report/warning_titles';

export const readinessLinkTexts = {
  docs: () =>
    translate('xpack.caseAccess.warnings.docsLinkText', { defaultMessage: 'Read the docs' }),
  roles: () =>
    translate('xpack.caseAccess.warnings.rolesLinkText', { defaultMessage: 'Open Roles' }),
  license: () =>
    translate('xpack.caseAccess.warnings.licenseLinkText', {
      defaultMessage: 'Open License management',
    }),
};
