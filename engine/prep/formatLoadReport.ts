import type { LoadReport } from './LoadReport.js';
import { formatDate } from './time.js';

/** How many non-product codes to name before summing up the rest: enough to see the big ones. */
const CODES_SHOWN = 6;

/**
 * A few human-readable lines about a load: rows read, purchase lines kept (and how many of them
 * are exact duplicates) with the baskets, customers and products they make, then each excluded category with its count
 * (cancellations with what netting them against their purchases did). For stderr.
 */
export function formatLoadReport(report: LoadReport): string {
  const { excluded } = report;
  const span = report.kept > 0 ? `, ${formatDate(report.firstOrderTime)} to ${formatDate(report.lastOrderTime)}` : '';
  const unpriced = report.zeroPrice > 0 ? ` (${count(report.zeroPrice)} with a zero or negative price, kept unpriced)` : '';
  // Sorted again: an object lists integer-like keys (the code 23444) first, whatever their count.
  const codes = Object.entries(report.nonProductCodes).sort((a, b) => b[1] - a[1]);
  const named = codes.slice(0, CODES_SHOWN).map(([code, n]) => `${code} ${count(n)}`);
  if (codes.length > CODES_SHOWN) named.push(`${codes.length - CODES_SHOWN} more codes`);
  const codeList = named.length > 0 ? `: ${named.join(', ')}` : '';
  return [
    `${report.source} (${report.preset}): ${count(report.rows)} rows read`,
    `  kept     ${count(report.kept)} purchase lines${unpriced}`,
    `           of which ${count(report.duplicates)} exact duplicates (same customer, order, product, quantity, price, date): summed`,
    `           → ${count(report.baskets)} baskets, ${count(report.customers)} customers, ${count(report.products)} products${span}`,
    `  excluded ${count(excluded.anonymous)} anonymous (no customer id)`,
    `  excluded ${count(excluded.cancelled)} cancellations and returns`,
    ...netting(report),
    `  excluded ${count(excluded.nonProduct)} non-product lines${codeList}`,
    `  excluded ${count(excluded.zeroQuantity)} with quantity 0`,
  ].join('\n');
}

/** What netting the cancellations did, one line (none without cancellations). */
function netting({ cancellations: n }: LoadReport): string[] {
  if (n.lines === 0) return [];
  const units = (q: number) => `${count(Math.round(q))} ${Math.round(q) === 1 ? 'unit' : 'units'}`;
  return [
    `           of which ${count(n.netted)} netted against the purchase they cancel (${units(n.nettedQuantity)}; ` +
      `${count(n.purchasesRemoved)} purchases and ${count(n.ordersRemoved)} orders cancelled in full, removed), ` +
      `${count(n.unmatched)} with no earlier purchase to net (${units(n.unmatchedQuantity)} not netted)`,
  ];
}

/** An integer with thousands separated by commas, whatever the locale. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
