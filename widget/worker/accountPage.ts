import type { AccountView, ViewOrder } from '../../connector/index.js';
import { renderSegmentReason, type PreparedModel } from '../../engine/index.js';
import { boughtProducts } from './boughtProducts.js';
import type { AccountPage, PageLine } from './EngineApi.js';

/** Orders shown in a line's purchase sparkline. */
export const SPARKLINE_ORDERS = 12;

/**
 * The account page from an account view and its optimal order (`orderFromAccountView`): each line
 * with its Product2 id, its name, the quantities of the account's last orders and its unit cost;
 * the header's figures, the usual order and the client offer; what the admin must fix, the
 * products left out, the proposal already accepted today. Views only: no connector record crosses.
 */
export function accountPage(view: AccountView, found: ViewOrder, model: PreparedModel, asOf: string, locale: string, costs: ReadonlyMap<string, number> = new Map()): AccountPage {
  const { order } = found;
  const orders = [...new Set(view.lines.map((l) => l.orderId))];
  const recent = orders.slice(-SPARKLINE_ORDERS);
  const slot = new Map(recent.map((o, i) => [o, i] as const));
  const history = new Map<string, number[]>();
  const names = new Map<string, string>();
  for (const l of view.lines) {
    const productId = l.productCode ?? l.productId;
    names.set(productId, l.productName);
    const i = slot.get(l.orderId);
    if (i === undefined) continue;
    const row = history.get(productId) ?? history.set(productId, new Array<number>(recent.length).fill(0)).get(productId)!;
    row[i]! += l.quantity;
  }
  const modelIndex = new Map(model.productIds.map((id, p) => [id, p] as const));
  const lines: PageLine[] = order.items.map((item) => {
    const product2Id = found.product2Id(item.productId) ?? null;
    return {
      ...item,
      // The price's steps are a getter in the engine: made plain to cross to the page.
      price: { ...item.price, steps: [...item.price.steps] },
      product2Id,
      name: names.get(item.productId) || model.productNames[modelIndex.get(item.productId) ?? -1] || item.productId,
      history: history.get(item.productId) ?? [],
      unitCost: (product2Id === null ? undefined : costs.get(product2Id)) ?? null,
    };
  });

  const segment = found.segment;
  const { account, acceptedToday } = view;
  return {
    account: { id: account.id, name: account.name, accountNumber: account.accountNumber, country: account.country },
    asOf,
    segment: segment ? { code: segment.segment, reason: renderSegmentReason(segment, locale) } : null,
    lastOrderDate: view.lines.length ? view.lines[view.lines.length - 1]!.orderDate : null,
    usualOrderValue: segment ? segment.orderValue : null,
    orders: orders.length,
    lines,
    newCustomer: found.newCustomer,
    modelDate: new Date(model.asOf).toISOString().slice(0, 10),
    usual: order.usual ?? null,
    offer: order.offer ?? null,
    ignored: found.ignored.map(({ kind, name, field, problem, where }) => ({ kind, name, field, problem, where })),
    unlinked: found.unlinked.map(({ productId, name }) => ({ productId, name })),
    otherProducts: boughtProducts(view, new Set(order.items.map((i) => i.productId)), (id) => found.product2Id(id) ?? undefined, history),
    acceptedToday: acceptedToday && { proposalId: acceptedToday.proposalId, acceptedAt: acceptedToday.acceptedAt, acceptedBy: { ...acceptedToday.acceptedBy }, opportunityId: acceptedToday.opportunityId, acceptedValue: acceptedToday.acceptedValue },
  };
}
