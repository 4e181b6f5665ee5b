import { malformedQuery } from './malformedQuery.js';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

/** One piece of a string literal: text (with `escaped` when it was `\%` or `\_`), or an unescaped LIKE wildcard `%` / `_`. */
export type StringPart = { kind: 'text'; text: string; escaped?: boolean } | { kind: 'wildcard'; text: '%' | '_' };

/**
 * The pieces of a quoted SOQL string literal as the parser keeps it (`'O\'Brien'`): the escapes
 * \' \" \\ \n \r \t \b \f undone, `\%` and `\_` told apart from the wildcards `%` and `_`;
 * `MALFORMED_QUERY` for any other escape, as Salesforce answers.
 */
export function stringParts(raw: string): StringPart[] {
  if (raw.length < 2 || raw[0] !== "'" || raw[raw.length - 1] !== "'") throw malformedQuery(`not a string literal: ${raw}`);
  const inner = raw.slice(1, -1);
  const parts: StringPart[] = [];
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === '\\') {
      const next = inner[++i];
      if (next === '%' || next === '_') parts.push({ kind: 'text', text: next, escaped: true });
      else if (next !== undefined && ESCAPES[next] !== undefined) parts.push({ kind: 'text', text: ESCAPES[next] });
      else throw malformedQuery(`Invalid string literal '${inner}'. Illegal character sequence '\\${next ?? ''}' in string literal.`);
    } else if (ch === '%' || ch === '_') parts.push({ kind: 'wildcard', text: ch });
    else parts.push({ kind: 'text', text: ch });
  }
  return parts;
}
