/**
 * The host page's `__kbnSharedDeps__.KbnI18n`: a translator shaped like Kibana's `@kbn/i18n`
 * (src/platform/packages/shared/kbn-i18n/src/core/i18n.ts): `i18n.translate(id, { defaultMessage, values })`
 * formats the loaded translation for `id`, or the default message, as an ICU message. Kibana's pages always carry
 * it, so the plugin's page-load code can hand it over without loading a formatter of its own.
 */
import { IntlMessageFormat } from 'intl-messageformat';

interface TranslateArguments {
  defaultMessage: string;
  values?: Record<string, unknown>;
  description?: string;
  ignoreTag?: boolean;
}

const messages: Record<string, string> = {};
const locale = 'en';

export const i18n = {
  getLocale: () => locale,
  translate(id: string, { defaultMessage, values, ignoreTag }: TranslateArguments): string {
    const message = messages[id] ?? defaultMessage;
    if (!values) return message;
    const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag });
    return String(format.format(values as Record<string, string>));
  },
  /** Adds translations, as Kibana loads a locale's file before the page's scripts run. */
  addMessages(next: Record<string, string>): void {
    Object.assign(messages, next);
  },
};
