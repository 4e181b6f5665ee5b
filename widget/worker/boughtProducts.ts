import type { AccountView } from '../../connector/index.js';
import type { PageLine } from './EngineApi.js';

/**
 * Every product the account ever bought that the proposal leaves out ("show every product ever
 * bought"), most often ordered first: its last quantity and the last price paid (no rules: it was
 * not proposed), its purchase history, ready to be added to the order. Plain data for the page.
 */
export function boughtProducts(view: AccountView, proposed: ReadonlySet<string>, product2Id: (productId: string) => string | undefined, history: ReadonlyMap<string, number[]>): PageLine[] {
  const seen = new Map<string, { name: string; orders: Set<string>; quantity: number; price: number | null }>();
  for (const l of view.lines) {
    const productId = l.productCode ?? l.productId;
    if (!productId || proposed.has(productId)) continue;
    const p = seen.get(productId) ?? seen.set(productId, { name: l.productName, orders: new Set(), quantity: 0, price: null }).get(productId)!;
    // Lines are oldest first: the last one seen is the last bought.
    p.orders.add(l.orderId);
    if (l.quantity > 0) p.quantity = l.quantity;
    if (l.unitPrice !== null) p.price = l.unitPrice;
  }
  return [...seen]
    .filter(([, p]) => p.quantity > 0 && p.price !== null)
    .sort(([a, x], [b, y]) => y.orders.size - x.orders.size || a.localeCompare(b))
    .map(([productId, p]) => ({
      productId,
      kind: 'habitual',
      probability: 0,
      quantity: p.quantity,
      price: { value: p.price!, steps: [] },
      promotion: null,
      lastPrice: p.price,
      netDiscount: null,
      expectedValue: 0,
      reason: '',
      product2Id: product2Id(productId) ?? null,
      name: p.name || productId,
      history: history.get(productId) ?? [],
      unitCost: null,
    }));
}
