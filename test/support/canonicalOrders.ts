import { seededRandom } from './seededRandom.js';

/** The canonical CSV header. */
export const CANONICAL_HEADER = 'customer_id,order_id,order_date,product_id,quantity,unit_price,product_name';

/**
 * A deterministic canonical order file: `customers` customers each ordering about every 14 days
 * from 2011-01-03 for `days` days. Every customer buys its "staple" (`S<c mod 4>`) in every order
 * in quantity 12, and a few random products from a catalogue of 40 with names containing commas
 * and quotes (so CSV quoting is exercised).
 */
export function canonicalOrders(options: { customers?: number; days?: number; seed?: number } = {}): string[] {
  const { customers = 60, days = 200, seed = 1 } = options;
  const rand = seededRandom(seed);
  const start = Date.UTC(2011, 0, 3);
  const rows: string[] = [];
  for (let c = 0; c < customers; c++) {
    for (let day = c % 7, o = 0; day < days; day += 10 + Math.floor(rand() * 9), o++) {
      const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      const order = `O${c}-${o}`;
      rows.push(`C${c},${order},${date},S${c % 4},12,1.50,"STAPLE ${c % 4}, BOX OF 12"`);
      for (let i = 0; i < 3; i++) {
        const p = Math.floor(rand() * 40);
        rows.push(`C${c},${order},${date},P${p},${1 + Math.floor(rand() * 6)},2.10,"PRODUCT ${p} ""DELUXE"""`);
      }
    }
  }
  return rows;
}
