/** Visible strings of verification with Elasticsearch (ids `xpack.caseAccess.verify.*`). */
import { translate } from '../common/i18n/translate';
import type { DifferenceReason } from '../common/verify/types';
import type { VerificationStatus } from './lib/verification';

export const verificationTexts = {
  verifyButton: () =>
    translate('xpack.caseAccess.verify.verifyButtonText', {
      defaultMessage: 'Verify with Elasticsearch',
    }),
  column: () =>
    translate('xpack.caseAccess.verify.columnTitle', { defaultMessage: 'Elasticsearch' }),
  summaryTitle: (checked: number, differ: number) =>
    translate('xpack.caseAccess.verify.summaryTitle', {
      defaultMessage:
        'Elasticsearch checked {checked, plural, one {# user} other {# users}}: {differ, plural, =0 {none differ} one {# differs} other {# differ}}',
      values: { checked, differ },
    }),
  summaryDescription: (notVerifiable: number, mismatches: number) =>
    translate('xpack.caseAccess.verify.summaryDescription', {
      defaultMessage:
        '{notVerifiable, plural, =0 {Every user has a profile.} one {# user cannot be verified: no profile yet (never logged in).} other {# users cannot be verified: no profile yet (never logged in).}} {mismatches, plural, =0 {} other {Some differences are not explained by role changes: this is a defect of Case access, logged in the Kibana server log; please report it.}}',
      values: { notVerifiable, mismatches },
    }),
  failedTitle: () =>
    translate('xpack.caseAccess.verify.failedTitle', {
      defaultMessage: 'Could not verify with Elasticsearch',
    }),
  differencesTitle: () =>
    translate('xpack.caseAccess.verify.differencesTitle', {
      defaultMessage: 'Differences found by Elasticsearch',
    }),
  differenceLine: (capability: string, where: string, model: boolean, elasticsearch: boolean) =>
    translate('xpack.caseAccess.verify.differenceDescription', {
      defaultMessage:
        '{capability} ({where}): this report says {model, select, true {granted} other {not granted}}, Elasticsearch says {elasticsearch, select, true {granted} other {not granted}}.',
      values: { capability, where, model: String(model), elasticsearch: String(elasticsearch) },
    }),
  connectors: () =>
    translate('xpack.caseAccess.verify.connectorsLabel', { defaultMessage: 'Connectors' }),
  actions: (actions: string) =>
    translate('xpack.caseAccess.verify.actionsDescription', {
      defaultMessage: 'Checked actions: {actions}',
      values: { actions },
    }),
};

const STATUS: Record<VerificationStatus, () => string> = {
  verified: () =>
    translate('xpack.caseAccess.verify.verifiedLabel', { defaultMessage: 'Verified' }),
  differs: () => translate('xpack.caseAccess.verify.differsLabel', { defaultMessage: 'Differs' }),
  notVerifiable: () =>
    translate('xpack.caseAccess.verify.notVerifiableLabel', { defaultMessage: 'Not verifiable' }),
};

export function verificationStatusLabel(status: VerificationStatus): string {
  return STATUS[status]();
}

const REASONS: Record<DifferenceReason, () => string> = {
  'roles-changed-since-login': () =>
    translate('xpack.caseAccess.verify.rolesChangedReasonDescription', {
      defaultMessage:
        "Roles changed since the last login: Elasticsearch judges the roles stored in the user's profile, which are refreshed at the next login.",
    }),
  'model-mismatch': () =>
    translate('xpack.caseAccess.verify.modelMismatchReasonDescription', {
      defaultMessage:
        'Model mismatch: the roles do not explain it, so this report is wrong here. It is a defect of Case access; please report it.',
    }),
};

export function differenceReasonLabel(reason: DifferenceReason): string {
  return REASONS[reason]();
}
