/** One day in milliseconds. Dates are UTC throughout: order data carries no time zone. */
export const DAY_MS = 86_400_000;

/**
 * Parses `YYYY-MM-DD` (optionally followed by `[T ]HH:MM[:SS]`) as UTC milliseconds.
 * Returns `NaN` for anything else, including impossible dates such as 2011-02-30.
 */
export function parseDateTime(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z)?)?$/.exec(text.trim());
  if (!m) return NaN;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  const t = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
  const check = new Date(t);
  if (check.getUTCFullYear() !== +y! || check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d!) return NaN;
  if (+h > 23 || +mi > 59 || +s > 59) return NaN;
  return t;
}

let lastTime = NaN;
let lastDay = '';

/** Formats UTC milliseconds as `YYYY-MM-DD` (the last answer is kept: proposals ask for the as-of day once per line). */
export function formatDate(time: number): string {
  if (time !== lastTime) {
    lastDay = new Date(time).toISOString().slice(0, 10);
    lastTime = time;
  }
  return lastDay;
}
