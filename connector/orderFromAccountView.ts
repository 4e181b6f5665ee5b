import { fitFromPrepared, newCustomerOrder, type CustomerSegment, type OptimalOrder, type OptimalOrderOptions, type PreparedModel } from '../engine/index.js';
import { historyFromOrgLines } from './historyFromOrgLines.js';
import type { IgnoredRecord } from './IgnoredRecord.js';
import type { AccountView } from './SalesforcePort.js';

/** A proposed product left out of the order: the org has no Product2 for it, so it could be neither shown with its record nor saved. */
export interface UnlinkedProduct {
  /** The engine's product id (a product code). */
  productId: string;
  name: string;
}

/** An account's optimal order from its view, and the way back from the engine's product ids to Product2 ids. */
export interface ViewOrder {
  /** Never null: an account with no order before as-of gets the new-customer order (`newCustomerOrder`). */
  order: OptimalOrder;
  /** The account has no order before as-of: `order` is the must-sell assortment and popular products. */
  newCustomer: boolean;
  /** The account's segment with its figures (recency, rhythm, order value); null for a new customer. */
  segment: CustomerSegment | null;
  /** The Product2 id of an engine product id; every line of `order` has one. */
  product2Id(productId: string): string | undefined;
  /** Proposed products the org has no Product2 for: left out of `order` (its `usual.covered` is that of the lines kept). */
  unlinked: UnlinkedProduct[];
  /** The admin's records the engine refused, left out (from the view). */
  ignored: IgnoredRecord[];
}

/** A Product2 id: key prefix 01t, 15 or 18 characters (a prepared model's ref falls back to the product code when the org had none). */
const PRODUCT2_ID = /^01t[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

/**
 * The one path from an account view (`loadAccountView`) to its order, for the CLI (`recommend
 * --org`) and the widget's worker alike: the account's own lines on the prepared model's product
 * numbering, the org's rules and promotions (the ones the engine accepted); an account with no
 * order before `asOf` gets the new-customer order. The account's insight (`view.insight`) gives the
 * engine its neighbours' scores; without one (none written yet, another model's) the order rests on
 * the account's own history and the shared model; its feedback (what reps and the customer did with
 * earlier proposals) is applied with `options.feedback`. A proposed product whose Product2 id is known
 * neither from the account's lines nor from the model is left out and listed in `unlinked`.
 */
export function orderFromAccountView(view: AccountView, model: PreparedModel, asOf: number, options: Omit<OptimalOrderOptions, 'rules' | 'promotions'> = {}): ViewOrder {
  const lines = view.lines.map((l) => ({ ...l, accountId: view.account.id }));
  const { history, product2Ids } = historyFromOrgLines(lines, { ids: model.productIds, names: model.productNames });
  const refs = new Map<string, string>();
  model.productRefs?.forEach((ref, p) => PRODUCT2_ID.test(ref) && refs.set(model.productIds[p]!, ref));
  const product2Id = (productId: string) => product2Ids.get(productId) ?? refs.get(productId);
  // What reps and the customer did with the account's earlier proposals (prepare folds it into the insight: decisions/0028).
  const logged = (view.insight?.accountId === view.account.id ? view.insight.feedback : undefined)?.map((f) => ({ ...f, customerId: view.account.id })) ?? [];
  const feedback = [...(options.feedback ?? []), ...logged];
  const engineOptions = { ...options, rules: view.rules, promotions: view.promotions, ...(feedback.length ? { feedback } : {}) };
  const c = history.customerIndex.get(view.account.id);
  const insights = view.insight ? new Map([[view.account.id, view.insight]]) : undefined;
  const fitted = c === undefined ? null : fitFromPrepared(model, history, asOf, engineOptions, insights);
  const proposed = fitted?.propose(c!) ?? newCustomerOrder(model, view.account.id, asOf, engineOptions);
  const names = new Map(model.productIds.map((id, p) => [id, model.productNames[p] ?? id] as const));
  const unlinked = proposed.items.filter((l) => product2Id(l.productId) === undefined).map((l) => ({ productId: l.productId, name: names.get(l.productId) ?? l.productId }));
  return {
    order: unlinked.length ? withoutLines(proposed, new Set(unlinked.map((u) => u.productId))) : proposed,
    newCustomer: fitted === null,
    segment: (fitted && fitted.segments.get(c!)) ?? null,
    product2Id,
    unlinked,
    ignored: view.ignored,
  };
}

/** The order without some products' lines, its coverage of the usual order recomputed on the lines kept. */
function withoutLines(order: OptimalOrder, left: ReadonlySet<string>): OptimalOrder {
  const items = order.items.filter((l) => !left.has(l.productId));
  if (!order.usual) return { ...order, items };
  const value = items.reduce((s, l) => s + l.quantity * l.price.value, 0);
  return { ...order, items, usual: { ...order.usual, covered: order.usual.value > 0 ? Math.round((100 * value) / order.usual.value) / 100 : null } };
}
