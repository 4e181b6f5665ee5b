/**
 * Parses a plain decimal number: an optional leading `-`, digits, at most one `.` (`12`, `-3`,
 * `2.55`, `.5`). Returns `NaN` for anything else, including what `Number()` would accept oddly:
 * the empty string, spaces, `+1`, `0x10`, `1e3`, `Infinity`, `1,5`. Order exports write plain
 * decimals; an exponent or a comma there means the file is not what we think it is, so the
 * loader stops instead of guessing. Checks characters, no regex: it runs on every row.
 */
export function parseDecimal(text: string): number {
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === MINUS ? 1 : 0;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) digits++;
    else if (c === DOT && !dot) dot = true;
    else return NaN;
  }
  return digits > 0 ? Number(text) : NaN;
}

const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
