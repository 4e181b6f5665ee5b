import type { PriceBook } from './PriceBook.js';

/**
 * The unit price customer `customer` paid for `product` on its latest order of it before the
 * book's date (index numbers of the book's history); null when it never paid a known price for it
 * (a product it has not bought, a new customer, `-1`). What a rep compares a proposed price with:
 * "10.95, last paid 12.75". The book keeps each customer's prices in order of time, so it is the
 * last of the customer's run, to 4 decimals.
 */
export function lastPaidPrice(book: PriceBook, customer: number, product: number): number | null {
  if (!(product >= 0 && product < book.start.length - 1) || customer < 0) return null;
  let lo = book.start[product]!;
  let hi = book.start[product + 1]!;
  // The first observation after the customer's run: its last one is just before.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (book.customer[mid]! <= customer) lo = mid + 1;
    else hi = mid;
  }
  return lo > book.start[product]! && book.customer[lo - 1] === customer ? toPriceDigits(book.price[lo - 1]!) : null;
}

/** To 4 decimals (the proposal's unit prices go below a penny): a price averaged over repeated lines loses its last-bit noise. */
function toPriceDigits(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
