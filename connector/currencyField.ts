import type { OrgClient } from './orgClient.js';

/**
 * Whether the org has multiple currencies, learnt once from the Opportunity's describe (a
 * `CurrencyIsoCode` field exists only when multi-currency is on) and kept for the connector's life.
 */
export function currencyField(client: OrgClient): () => Promise<boolean> {
  let known: Promise<boolean> | null = null;
  return () => {
    known ??= client.call<{ fields?: { name: string }[] }>('GET', '/sobjects/Opportunity/describe').then(
      (d) => (d.fields ?? []).some((f) => f.name === 'CurrencyIsoCode'),
      (error: unknown) => {
        known = null; // not cached: the next save asks again
        throw error;
      },
    );
    return known;
  };
}
