/**
 * Every visible string goes through `translate`, with an id `xpack.caseAccess.<area>.<thing>` and an ICU default
 * message, the same call shape as Kibana's `i18n.translate`. Inside Kibana the browser plugin hands Kibana's own
 * translator to `setTranslator`, so installed translations apply; elsewhere the default message is formatted.
 */
import { IntlMessageFormat } from 'intl-messageformat';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

export interface TranslateArguments {
  defaultMessage: string;
  values?: MessageValues;
  description?: string;
}

export type Translator = (id: string, args: TranslateArguments) => string;

const ID_PATTERN = /^xpack\.caseAccess\.[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)+$/;
const LOCALE = 'en';
const formats = new Map<string, IntlMessageFormat>();

function formatDefault(id: string, { defaultMessage, values }: TranslateArguments): string {
  if (!values) return defaultMessage;
  let format = formats.get(id);
  if (!format) {
    format = new IntlMessageFormat(defaultMessage, LOCALE, undefined, { ignoreTag: true });
    formats.set(id, format);
  }
  return String(format.format(values));
}

let translator: Translator = formatDefault;

/** Use the host's translator (Kibana's `i18n.translate`); `undefined` restores the default formatter. */
export function setTranslator(next: Translator | undefined): void {
  translator = next ?? formatDefault;
}

export function translate(id: string, args: TranslateArguments): string {
  if (!ID_PATTERN.test(id)) {
    throw new Error(`Message id "${id}" must look like xpack.caseAccess.<area>.<thing>`);
  }
  return translator(id, args);
}
