/** Characters of a value shown in a message. */
const SHOWN_CHARS = 40;

/**
 * A value as it appears in JSON, cut to 40 characters, for messages; `nothing` for a missing one.
 * Never throws: a value too deep to stringify (or a BigInt) reads `a value nested too deep to show`.
 */
export function showJson(v: unknown): string {
  if (v === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    return 'a value nested too deep to show';
  }
  return s.length > SHOWN_CHARS ? s.slice(0, SHOWN_CHARS - 3) + '...' : s;
}
