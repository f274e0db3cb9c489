/**
 * The one string the page-load bundle shows (the app's name in Stack Management's navigation). It uses Kibana's
 * translator directly: the catalogue's formatter would add the ICU runtime to every page load.
 */
import { getKibanaTranslator } from './kibana_i18n';

export function getAppNavTitle(): string {
  const args = { defaultMessage: 'Case access' };
  return getKibanaTranslator()?.('xpack.caseAccess.app.navTitle', args) ?? args.defaultMessage;
}
