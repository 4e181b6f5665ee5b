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
