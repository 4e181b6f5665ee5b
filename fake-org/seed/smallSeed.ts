import type { SeedLine } from './SeedLine.js';

/**
 * A small history for fast tests: three accounts of a gift-ware wholesaler. ACME (12347) orders
 * every two weeks (bags and cake stands), BRIGHT (12348) monthly, QUIET (12349) twice long ago;
 * one product name has a quote and an ampersand, so escaping is exercised end to end.
 */
export function smallSeed(): SeedLine[] {
  const lines: SeedLine[] = [];
  const add = (accountNumber: string, accountName: string, country: string, day: string, order: string, items: [string, string, number, number][]) => {
    for (const [productCode, productName, quantity, unitPrice] of items) lines.push({ accountNumber, accountName, country, orderName: order, orderDate: day, productCode, productName, quantity, unitPrice });
  };
  const acme = (i: number) => new Date(Date.UTC(2011, 0, 3 + 14 * i)).toISOString().slice(0, 10);
  for (let i = 0; i < 12; i++) {
    add('12347', 'Acme Gifts Ltd', 'United Kingdom', acme(i), `536${100 + i}`, [
      ['85099B', 'JUMBO BAG RED RETROSPOT', 10, 2.08],
      ['22423', 'REGENCY CAKESTAND 3 TIER', 2, 12.75],
      ...(i % 3 === 0 ? ([['47566', 'PARTY BUNTING', 4, 4.95]] as [string, string, number, number][]) : []),
    ]);
  }
  for (let i = 0; i < 6; i++) {
    add('12348', 'Bright & "Shiny" Co', 'France', new Date(Date.UTC(2011, i, 10)).toISOString().slice(0, 10), `537${100 + i}`, [
      ['85099B', 'JUMBO BAG RED RETROSPOT', 20, 1.95],
      ['22386', 'JUMBO BAG PINK POLKADOT', 10, 2.08],
      ['84879', "ASSORTED COLOUR BIRD ORNAMENT & 'FRIENDS'", 8, 1.69],
    ]);
  }
  add('12349', 'Quiet Corner', 'Spain', '2010-12-05', '536001', [['22423', 'REGENCY CAKESTAND 3 TIER', 1, 12.75]]);
  add('12349', 'Quiet Corner', 'Spain', '2011-01-20', '536002', [['47566', 'PARTY BUNTING', 2, 4.95]]);
  return lines;
}
