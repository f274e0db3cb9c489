/**
 * Text from a directory is data: names, messages and file content can hold terminal escape sequences, bidi
 * overrides or megabytes of text. These helpers make such text safe to print and short enough to read.
 */

/**
 * Characters a terminal acts on instead of printing, or that reorder or hide what follows: C0 and C1 controls
 * (ESC, BEL, CR, NUL, ...), DEL, and the bidirectional marks, embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function codeOf(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control or bidi character written as a visible escape (`\x1b`, `\u202e`). */
export function escapeControl(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, codeOf) : text;
}

/** How many characters of a name or of file content an error message quotes at most. */
export const QUOTE_LIMIT = 60;

/**
 * `text` quoted for a message: JSON-escaped (so controls show as `\u001b`), bidi marks escaped, and cut to
 * `limit` characters with an ellipsis and the full length, so a 200 MB name gives a one-line message.
 */
export function quoteBrief(text: string, limit = QUOTE_LIMIT): string {
  const cut = text.length > limit ? text.slice(0, limit) : text;
  const quoted = escapeControl(JSON.stringify(cut));
  return text.length > limit ? `${quoted.slice(0, -1)}…" (${text.length} characters)` : quoted;
}
