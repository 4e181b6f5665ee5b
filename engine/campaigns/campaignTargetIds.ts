import { productGroup } from '../catalog/index.js';
import { EngineError } from '../EngineError.js';
import type { OrderHistory } from '../prep/index.js';
import type { Promotion } from '../promotions/index.js';

/** What a campaign pushes: products by id, a product group, or a promotion (its products or group). */
export type CampaignTarget = { products: readonly string[] } | { group: string } | { promotion: Promotion };

/**
 * The product ids of a campaign target that `history` knows (a group's or a promotion's members that
 * were ever ordered). Throws `EngineError` `UNKNOWN_PRODUCT` naming the ids no order holds, or
 * `EMPTY_TARGET` when a group or promotion has no ordered product.
 */
export function campaignTargetIds(history: OrderHistory, target: CampaignTarget): string[] {
  if ('products' in target) {
    const unknown = target.products.filter((id) => !history.productIndex.has(id));
    if (unknown.length) throw new EngineError('UNKNOWN_PRODUCT', `campaign: no order holds product ${unknown.join(', ')}`);
    return [...new Set(target.products)];
  }
  const promotion = 'promotion' in target ? target.promotion : undefined;
  const group = promotion ? promotion.group : (target as { group: string }).group;
  const ids = group !== undefined ? history.productIds.filter((id) => productGroup(id) === group) : (promotion!.productIds ?? []).filter((id) => history.productIndex.has(id));
  const what = promotion ? `promotion '${promotion.name}'` : `group '${group}'`;
  if (ids.length === 0) throw new EngineError('EMPTY_TARGET', `campaign: no order holds a product of ${what}`);
  return ids;
}
