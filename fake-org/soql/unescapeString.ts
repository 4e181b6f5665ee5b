import { stringParts } from './stringParts.js';

/** The text of a quoted SOQL string literal (`'O\'Brien'` → `O'Brien`); `\%` and `\_` stay as written outside LIKE. */
export function unescapeString(raw: string): string {
  let out = '';
  for (const part of stringParts(raw)) out += part.kind === 'text' && part.escaped ? '\\' + part.text : part.text;
  return out;
}
