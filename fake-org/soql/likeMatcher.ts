import { stringParts } from './stringParts.js';

/**
 * A SOQL LIKE pattern (the quoted literal) as a test on text, compiled once per query:
 * case-insensitive, `%` any run of characters, `_` exactly one, `\%` and `\_` themselves.
 */
export function likeMatcher(rawPattern: string): (text: string) => boolean {
  let source = '';
  for (const part of stringParts(rawPattern)) {
    if (part.kind === 'wildcard') source += part.text === '%' ? '.*' : '.';
    else source += part.text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`, 'is');
  return (text) => regex.test(text);
}
