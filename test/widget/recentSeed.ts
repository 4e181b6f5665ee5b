import { smallSeed, type SeedLine } from '../../fake-org/index.js';

/**
 * Order history ending a week ago (inside Salesforce the widget proposes for today): the small
 * seed's three accounts, and twenty regular customers of the same products, enough for the
 * engine's models to learn from.
 */
export function recentSeed(): SeedLine[] {
  const lines = smallSeed();
  const moved = movedToLastWeek(lines);
  const products = [...new Map(lines.map((l) => [l.productCode, l] as const)).values()];
  for (let c = 0; c < 20; c++) {
    for (let i = 0; i < 12; i++) {
      for (let p = 0; p < products.length; p++) {
        if ((c + i + p) % 3 === 0) continue;
        const { productCode, productName, unitPrice } = products[p]!;
        moved.push({ accountNumber: `${20000 + c}`, accountName: `Regular ${c}`, country: 'United Kingdom', orderName: `R${c}-${i}`, orderDate: day(5 + 14 * i + (c % 5)), productCode, productName, quantity: 2 + ((c + p) % 4), unitPrice });
      }
    }
  }
  return moved;
}

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** The lines with their dates moved by whole days so that the last order was a week ago (inside Salesforce the widget proposes for today). */
export function movedToLastWeek(lines: readonly SeedLine[]): SeedLine[] {
  let last = -Infinity;
  for (const l of lines) last = Math.max(last, Date.parse(l.orderDate));
  return lines.map((l) => ({ ...l, orderDate: day(7 + Math.round((last - Date.parse(l.orderDate)) / 86_400_000)) }));
}
