/** Names of case capabilities, derived capabilities and supporting grants, as the panel shows them. */
import { translate } from '../common/i18n/translate';
import type { FilterCapability, GrantKey } from '../common/report/types';

export type CapabilityLabelKey = FilterCapability | GrantKey;

const labels: Record<CapabilityLabelKey, () => string> = {
  read: () =>
    translate('xpack.caseAccess.capabilities.readLabel', { defaultMessage: 'View cases' }),
  create: () =>
    translate('xpack.caseAccess.capabilities.createLabel', { defaultMessage: 'Create cases' }),
  update: () =>
    translate('xpack.caseAccess.capabilities.updateLabel', { defaultMessage: 'Edit cases' }),
  push: () =>
    translate('xpack.caseAccess.capabilities.pushLabel', {
      defaultMessage: '"Push cases" privilege (not enough alone)',
    }),
  delete: () =>
    translate('xpack.caseAccess.capabilities.deleteLabel', {
      defaultMessage: 'Delete cases and comments',
    }),
  settings: () =>
    translate('xpack.caseAccess.capabilities.settingsLabel', {
      defaultMessage: 'Edit case settings',
    }),
  createComment: () =>
    translate('xpack.caseAccess.capabilities.createCommentLabel', {
      defaultMessage: 'Add comments and attachments',
    }),
  reopenCase: () =>
    translate('xpack.caseAccess.capabilities.reopenCaseLabel', {
      defaultMessage: 'Re-open closed cases',
    }),
  assign: () =>
    translate('xpack.caseAccess.capabilities.assignLabel', { defaultMessage: 'Assign users' }),
  manageTemplates: () =>
    translate('xpack.caseAccess.capabilities.manageTemplatesLabel', {
      defaultMessage: 'Manage templates',
    }),
  assignable: () =>
    translate('xpack.caseAccess.capabilities.assignableLabel', {
      defaultMessage: 'Can be assigned to cases',
    }),
  addAlerts: () =>
    translate('xpack.caseAccess.capabilities.addAlertsLabel', {
      defaultMessage: 'Add alerts to cases',
    }),
  ruleCaseActions: () =>
    translate('xpack.caseAccess.capabilities.ruleCaseActionsLabel', {
      defaultMessage: 'Add case actions to rules',
    }),
  pushToExternal: () =>
    translate('xpack.caseAccess.capabilities.pushToExternalLabel', {
      defaultMessage: 'Push to external systems (privilege and connectors)',
    }),
  manageConnectors: () =>
    translate('xpack.caseAccess.capabilities.manageConnectorsLabel', {
      defaultMessage: 'Manage connectors',
    }),
  readAlerts: () =>
    translate('xpack.caseAccess.capabilities.readAlertsLabel', { defaultMessage: 'Read alerts' }),
  executeConnectors: () =>
    translate('xpack.caseAccess.capabilities.executeConnectorsLabel', {
      defaultMessage: 'Run connectors',
    }),
};

export function capabilityLabel(key: CapabilityLabelKey): string {
  return labels[key]();
}
