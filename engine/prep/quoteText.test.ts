import { describe, expect, it } from 'vitest';
import { quoteText } from './quoteText.js';

describe('quoteText', () => {
  it('quotes a value, escaping quotes and backslashes', () => {
    expect(quoteText('12" pizza')).toBe('"12\\" pizza"');
    expect(quoteText('a\\b')).toBe('"a\\\\b"');
  });

  it('escapes control and format characters: terminal escapes, NUL, line breaks, bidi overrides', () => {
    expect(quoteText('\u001b[2J\0x\r\n\t\u202eevil\u0085')).toBe('"\\u001b[2J\\u0000x\\r\\n\\t\\u202eevil\\u0085"');
    expect(quoteText('\ud800x')).toBe('"\\ud800x"');
    expect(quoteText('café ☕ 😀')).toBe('"café ☕ 😀"');
  });

  it('cuts a long value at 80 characters and says how long it was', () => {
    const shown = quoteText('9'.repeat(400));
    expect(shown).toBe(`"${'9'.repeat(80)}…" (400 characters)`);
  });
});
