import type { OrderHistory } from '../../engine/index.js';

/**
 * The history with every customer copied `times` times in memory (copy 0 keeps its id, copy j is
 * `id~j`), baskets and lines unchanged: a quick stand-in for a larger org when timing the neighbour
 * search, whose vectors ignore dates and quantities. `npm run synth` writes the real synthetic org.
 */
export function cloneCustomers(h: OrderHistory, times: number): OrderHistory {
  const nBaskets = h.basketTime.length;
  const nItems = h.itemProduct.length;
  const customerIds: string[] = [];
  const basketOrderId: string[] = [];
  const basketStart = new Int32Array(h.customerIds.length * times + 1);
  const itemStart = new Int32Array(nBaskets * times + 1);
  for (let j = 0; j < times; j++) {
    const suffix = j ? `~${j}` : '';
    for (const id of h.customerIds) customerIds.push(id + suffix);
    for (const id of h.basketOrderId) basketOrderId.push(id + suffix);
    const c0 = j * h.customerIds.length;
    for (let c = 1; c <= h.customerIds.length; c++) basketStart[c0 + c] = j * nBaskets + h.basketStart[c]!;
    for (let b = 1; b <= nBaskets; b++) itemStart[j * nBaskets + b] = j * nItems + h.itemStart[b]!;
  }
  const repeat = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
    const out = make(a.length * times);
    for (let j = 0; j < times; j++) out.set(a, j * a.length);
    return out;
  };
  return {
    ...h,
    customerIds,
    customerNames: Array.from({ length: times }, () => h.customerNames).flat(),
    customerIndex: new Map(customerIds.map((id, c) => [id, c])),
    basketStart,
    basketTime: repeat(h.basketTime, (n) => new Float64Array(n)),
    basketOrderId,
    itemStart,
    itemProduct: repeat(h.itemProduct, (n) => new Int32Array(n)),
    itemQuantity: repeat(h.itemQuantity, (n) => new Float64Array(n)),
    itemPrice: repeat(h.itemPrice, (n) => new Float64Array(n)),
  };
}
