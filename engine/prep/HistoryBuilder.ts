import { countExactDuplicates } from './countExactDuplicates.js';
import { GrowableArray } from './GrowableArray.js';
import type { OrderHistory } from './OrderHistory.js';
import type { OrderLine } from './OrderLine.js';

/**
 * Collects purchase lines one at a time (as a file streams in) and builds an `OrderHistory`.
 * Lines are stored in columns with interned ids, never as objects, so memory grows with the
 * number of lines by about 28 bytes each. Lines of one (customer, order) form one basket;
 * repeated products within a basket are merged (quantities summed, prices weighted), exact copies
 * of a line included; with `countDuplicates`, `build` counts those copies in `exactDuplicates`.
 */
export class HistoryBuilder {
  private readonly customerIndex = new Map<string, number>();
  private readonly customerIds: string[] = [];
  private readonly customerNames: string[] = [];
  private readonly productIndex = new Map<string, number>();
  private readonly productIds: string[] = [];
  private readonly productNameCounts: Map<string, number>[] = [];
  private readonly basketIndex = new Map<string, number>();
  private readonly basketCustomer = new GrowableArray(Int32Array);
  private readonly basketTime = new GrowableArray(Float64Array);
  private readonly basketOrderId: string[] = [];
  private readonly lineBasket = new GrowableArray(Int32Array);
  private readonly lineProduct = new GrowableArray(Int32Array);
  private readonly lineQuantity = new GrowableArray(Float64Array);
  private readonly linePrice = new GrowableArray(Float64Array);
  /** Each line's own time, kept only to count exact duplicates (8 bytes a line). */
  private readonly lineTime: GrowableArray<Float64Array> | undefined;
  /** After `build`, with `countDuplicates`: lines that repeat another line of their basket exactly (same product, quantity, price, time). */
  exactDuplicates = 0;
  private lastCustomer = -1;
  private lastOrderId = '';
  private lastBasket = -1;
  /** Products numbered in advance (a prepared model's): they keep their numbers, others follow. */
  private readonly knownProducts: number;
  private readonly knownNames: readonly string[];

  /**
   * `products`: ids (and display names) to number 0..n−1 in the order given, whatever lines come,
   * so the history matches a prepared model's per-product arrays; products new to that list are
   * numbered after them (in sorted id order) and a known product with no name in the lines keeps
   * the given one. `countDuplicates`: count exact copies of a line (see `exactDuplicates`).
   */
  constructor(products?: { ids: readonly string[]; names?: readonly string[] }, options: { countDuplicates?: boolean } = {}) {
    if (options.countDuplicates) this.lineTime = new GrowableArray(Float64Array);
    for (const id of products?.ids ?? []) {
      this.intern(this.productIndex, this.productIds, id);
      this.productNameCounts.push(new Map());
    }
    this.knownProducts = this.productIds.length;
    this.knownNames = products?.names ?? [];
  }

  /** Number of lines added so far. */
  get lineCount(): number {
    return this.lineBasket.length;
  }

  /** Adds one purchase line (quantity > 0). */
  add(line: OrderLine): void {
    const c = this.intern(this.customerIndex, this.customerIds, line.customerId);
    if (c === this.customerNames.length) this.customerNames.push('');
    if (line.customerName && !this.customerNames[c]) this.customerNames[c] = line.customerName;

    const p = this.intern(this.productIndex, this.productIds, line.productId);
    if (p === this.productNameCounts.length) this.productNameCounts.push(new Map());
    const name = line.productName?.trim();
    if (name) {
      const counts = this.productNameCounts[p]!;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }

    // An order's lines usually come together: reuse the last basket before building a key.
    let b = c === this.lastCustomer && line.orderId === this.lastOrderId ? this.lastBasket : undefined;
    const key = b === undefined ? `${c}\u0000${line.orderId}` : '';
    if (b === undefined) b = this.basketIndex.get(key);
    if (b === undefined) {
      b = this.basketOrderId.length;
      this.basketIndex.set(key, b);
      this.basketOrderId.push(line.orderId);
      this.basketCustomer.push(c);
      this.basketTime.push(line.orderTime);
    } else if (line.orderTime < this.basketTime.get(b)) {
      // An order's lines may carry different times; the order was placed at the earliest.
      this.basketTime.set(b, line.orderTime);
    }
    this.lastCustomer = c;
    this.lastOrderId = line.orderId;
    this.lastBasket = b;
    this.lineBasket.push(b);
    this.lineProduct.push(p);
    this.lineQuantity.push(line.quantity);
    this.linePrice.push(line.unitPrice);
    this.lineTime?.push(line.orderTime);
  }

  /** Builds the history: baskets sorted by customer then time, items merged per product. */
  build(): OrderHistory {
    const nBaskets = this.basketOrderId.length;
    const nCustomers = this.customerIds.length;
    // Number customers and products in sorted id order, not in the order the file lists them: the
    // numbering then depends only on which ids exist, so rows added elsewhere in a file (later
    // orders, another customer) never reorder two existing products, and row order is irrelevant.
    const customerRank = sortedRanks(this.customerIds);
    const productRank = this.productRanks();
    const basketCustomer = this.basketCustomer.toArray().map((c) => customerRank[c]!);
    const basketTime = this.basketTime.toArray();

    const order = Array.from({ length: nBaskets }, (_, i) => i);
    order.sort((a, b) =>
      basketCustomer[a]! - basketCustomer[b]! ||
      basketTime[a]! - basketTime[b]! ||
      (this.basketOrderId[a]! < this.basketOrderId[b]! ? -1 : this.basketOrderId[a]! > this.basketOrderId[b]! ? 1 : 0),
    );
    const rank = new Int32Array(nBaskets);
    order.forEach((b, r) => (rank[b] = r));

    const basketStart = new Int32Array(nCustomers + 1);
    for (let b = 0; b < nBaskets; b++) basketStart[basketCustomer[b]! + 1]!++;
    for (let c = 0; c < nCustomers; c++) basketStart[c + 1]! += basketStart[c]!;

    // Group lines by sorted basket (counting sort), then merge repeated products per basket.
    const nLines = this.lineBasket.length;
    const lineCount = new Int32Array(nBaskets + 1);
    for (let i = 0; i < nLines; i++) lineCount[rank[this.lineBasket.get(i)]! + 1]!++;
    for (let r = 0; r < nBaskets; r++) lineCount[r + 1]! += lineCount[r]!;
    const cursor = lineCount.slice(0, nBaskets);
    const grouped = new Int32Array(nLines);
    for (let i = 0; i < nLines; i++) grouped[cursor[rank[this.lineBasket.get(i)]!]!++] = i;
    if (this.lineTime) {
      const { lineProduct: product, lineQuantity: quantity, linePrice: price, lineTime: time } = this;
      this.exactDuplicates = countExactDuplicates({ basketStart: lineCount, grouped, product, quantity, price, time });
    }

    const itemStart = new Int32Array(nBaskets + 1);
    const itemProduct = new GrowableArray(Int32Array, Math.max(16, nLines));
    const itemQuantity = new GrowableArray(Float64Array, Math.max(16, nLines));
    const itemPrice = new GrowableArray(Float64Array, Math.max(16, nLines));
    const slot = new Map<number, number>();
    const pricedQuantity: number[] = [];
    const pricedValue: number[] = [];
    for (let r = 0; r < nBaskets; r++) {
      slot.clear();
      const first = itemProduct.length;
      for (let j = lineCount[r]!; j < lineCount[r + 1]!; j++) {
        const i = grouped[j]!;
        const p = productRank[this.lineProduct.get(i)]!;
        const q = this.lineQuantity.get(i);
        const price = this.linePrice.get(i);
        let s = slot.get(p);
        if (s === undefined) {
          s = itemProduct.length - first;
          slot.set(p, s);
          itemProduct.push(p);
          itemQuantity.push(0);
          itemPrice.push(NaN);
          pricedQuantity[s] = 0;
          pricedValue[s] = 0;
        }
        itemQuantity.set(first + s, itemQuantity.get(first + s) + q);
        if (Number.isFinite(price)) {
          pricedQuantity[s]! += q;
          pricedValue[s]! += q * price;
        }
      }
      for (let s = 0; s < itemProduct.length - first; s++) {
        if (pricedQuantity[s]! > 0) {
          itemPrice.set(first + s, pricedValue[s]! / pricedQuantity[s]!);
        }
      }
      itemStart[r + 1] = itemProduct.length;
    }

    return {
      customerIds: permute(this.customerIds, customerRank),
      customerNames: permute(this.customerNames, customerRank),
      productIds: permute(this.productIds, productRank),
      productNames: permute(
        this.productNameCounts.map((counts, p) => mostFrequent(counts) || (p < this.knownProducts ? (this.knownNames[p] ?? '') : '')),
        productRank,
      ),
      customerIndex: new Map(this.customerIds.map((id, i) => [id, customerRank[i]!])),
      productIndex: new Map(this.productIds.map((id, i) => [id, productRank[i]!])),
      basketStart,
      basketTime: Float64Array.from(order, (b) => basketTime[b]!),
      basketOrderId: order.map((b) => this.basketOrderId[b]!),
      itemStart,
      itemProduct: itemProduct.toArray(),
      itemQuantity: itemQuantity.toArray(),
      itemPrice: itemPrice.toArray(),
    };
  }

  /** Each product's number: the known ones as given, the others after them in sorted id order. */
  private productRanks(): Int32Array {
    if (this.knownProducts === 0) return sortedRanks(this.productIds);
    const ranks = new Int32Array(this.productIds.length);
    for (let p = 0; p < this.knownProducts; p++) ranks[p] = p;
    const others = sortedRanks(this.productIds.slice(this.knownProducts));
    others.forEach((r, i) => (ranks[this.knownProducts + i] = this.knownProducts + r));
    return ranks;
  }

  private intern(index: Map<string, number>, ids: string[], id: string): number {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  }
}

/** For each id, its position in the ids sorted by code unit (locale-independent, so stable everywhere). */
function sortedRanks(ids: string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

/** `values` moved to their ranks: out[rank[i]] = values[i]. */
function permute<T>(values: T[], rank: Int32Array): T[] {
  const out = new Array<T>(values.length);
  values.forEach((v, i) => (out[rank[i]!] = v));
  return out;
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [name, n] of counts) if (n > bestCount) [best, bestCount] = [name, n];
  return best;
}
