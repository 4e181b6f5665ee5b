/**
 * `Intl` formatters are costly to build (tens of microseconds) and a proposal formats hundreds of
 * values, so each distinct (kind, locale, options) is built once. Internal to `i18n/`.
 */
const cache = new Map<string, unknown>();

/** The cached formatter for `key`, built by `make` on first use. */
export function cached<T>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** Whole numbers below this have their formatted text kept: reasons format day and order counts by the thousand. */
const SMALL = 1024;
const small = new Map<string, string[]>();

/**
 * `format(value)`, remembered per `key` when `value` is a whole number in [0, 1024): a reason's
 * counts repeat across lines, and a remembered string costs nothing while `Intl` costs about a
 * microsecond each time.
 */
export function cachedSmall(key: string, value: number, format: (value: number) => string): string {
  if (!(Number.isInteger(value) && value >= 0 && value < SMALL)) return format(value);
  let texts = small.get(key);
  if (!texts) small.set(key, (texts = []));
  return (texts[value] ??= format(value));
}
