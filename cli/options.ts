import { DAY_MS, orderPresets, parseDateTime, type PresetName } from '../engine/index.js';
import { UsageError } from './UsageError.js';

/** The presets a file can be read with: the engine's built-in ones. */
export const PRESETS = Object.keys(orderPresets) as PresetName[];

/** The default of a `--k` that caps habitual lines: no cap (the engine sizes each order to the customer). */
export const NO_CAP = Infinity;

/** A required flag's value, or a usage error naming the flag. */
export function required(values: Record<string, unknown>, flag: string, command: string): string {
  const v = values[flag];
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${flag} is required`, command);
  return v;
}

/** A `YYYY-MM-DD` flag as UTC milliseconds. */
export function dateFlag(text: string, flag: string, command: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(parseDateTime(text))) {
    throw new UsageError(`--${flag} must be a date as YYYY-MM-DD, got '${text}'`, command);
  }
  return parseDateTime(text);
}

/** An `--as-of` flag (`YYYY-MM-DD`) as UTC milliseconds; without it, today (UTC midnight): what the org's commands read and write as of. */
export function asOfFlag(text: string | undefined, command: string, now = Date.now()): number {
  return text === undefined ? Math.floor(now / DAY_MS) * DAY_MS : dateFlag(text, 'as-of', command);
}

/** A positive whole-number flag. */
export function positiveIntFlag(text: string | undefined, fallback: number, flag: string, command: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${flag} must be a whole number ≥ 1, got '${text}'`, command);
  return n;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(text: string | undefined, allowed: readonly T[], fallback: T, flag: string, command: string): T {
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got '${text}'`, command);
  return text as T;
}
