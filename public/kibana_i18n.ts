/**
 * Kibana's translator, read from the shared-dependency global (`@kbn/i18n` is `__kbnSharedDeps__.KbnI18n`) so the
 * page-load bundle imports nothing to get it. Undefined outside Kibana.
 */
import type { Translator } from '../common/i18n/translate';

interface KbnI18nGlobal {
  i18n?: { translate?: unknown };
}

export function getKibanaTranslator(
  scope: { __kbnSharedDeps__?: { KbnI18n?: KbnI18nGlobal } } = globalThis as object
): Translator | undefined {
  const i18n = scope.__kbnSharedDeps__?.KbnI18n?.i18n;
  const translate = i18n?.translate;
  if (typeof translate !== 'function') return undefined;
  return (id, args) => String(translate.call(i18n, id, args));
}
