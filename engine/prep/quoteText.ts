/** Characters of a value shown in a message: enough to recognise it, short enough for one line. */
export const QUOTED_MAX_CHARS = 80;

/** Control characters (C0, DEL, C1), Unicode format characters (bidi overrides…), separators and lone surrogates. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * A value from a file, fit to show in a one-line message on a terminal: in double quotes, cut to
 * `max` characters (with `…` and the full length), every control or format character escaped as
 * `\n`, `\t`, `\u001b`… so a binary or hostile file can neither break the line nor drive the
 * terminal (escape sequences, right-to-left overrides). Quotes and backslashes are escaped too.
 */
export function quoteText(text: string, max = QUOTED_MAX_CHARS): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  const escaped = cut.replace(/["\\]/g, (c) => '\\' + c).replace(UNSAFE, escapeChar);
  return text.length > max ? `"${escaped}…" (${text.length.toLocaleString('en')} characters)` : `"${escaped}"`;
}

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
