import { fitFromPrepared, type CustomerSegment, type OptimalOrder, type OptimalOrderOptions, type PreparedModel } from '../engine/index.js';
import { historyFromOrgLines } from './historyFromOrgLines.js';
import type { AccountView } from './SalesforcePort.js';

/** An account's optimal order from its view, and the way back from the engine's product ids to Product2 ids. */
export interface ViewOrder {
  order: OptimalOrder | null;
  /** The account's segment with its figures (recency, rhythm, order value); null without an order before as-of. */
  segment: CustomerSegment | null;
  /** The Product2 id of an engine product id (a product code, or a Product2 id when it has none). */
  product2Id(productId: string): string | undefined;
}

/**
 * The optimal order of the account of a view (`loadAccountView`) from a prepared model read from
 * the org: the account's own lines on the model's product numbering, the org's rules and
 * promotions. Null order: the account has no order before `asOf`.
 */
export function orderFromAccountView(view: AccountView, model: PreparedModel, asOf: number, options: Omit<OptimalOrderOptions, 'rules' | 'promotions'> = {}): ViewOrder {
  const lines = view.lines.map((l) => ({ ...l, accountId: view.account.id }));
  const { history, product2Ids } = historyFromOrgLines(lines, { ids: model.productIds, names: model.productNames });
  const refs = new Map<string, string>();
  model.productRefs?.forEach((ref, p) => refs.set(model.productIds[p]!, ref));
  const c = history.customerIndex.get(view.account.id);
  const fitted = c === undefined ? null : fitFromPrepared(model, history, asOf, { ...options, rules: view.rules, promotions: view.promotions });
  return {
    order: fitted && fitted.propose(c!),
    segment: (fitted && fitted.segments.get(c!)) ?? null,
    product2Id: (productId) => product2Ids.get(productId) ?? refs.get(productId),
  };
}
