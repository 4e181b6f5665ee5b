import { EngineError } from '../EngineError.js';
import { DAY_MS, type OrderHistory } from '../prep/index.js';
import type { AccountActivity } from './accountActivity.js';
import { CAMPAIGN_KINDS, campaignKind, lapsedRegular, type KindEvidence } from './campaignKind.js';
import { campaignReason } from './campaignReason.js';
import { DEFAULT_FATIGUE_DAYS, type CampaignExclusions, type CampaignLine, type CampaignRequest } from './CampaignRequest.js';
import { productAffinity } from './productAffinity.js';
import { productValue } from './productValues.js';
import { activities, fitPropensities, neverBought, scorePropensity, type PropensityModelState, type RowFilter } from './propensityModel.js';
import type { PropensitySettings } from './PropensitySettings.js';
import { variantsOf } from './propensityFeatures.js';
import { activeCustomers, campaignIndex, type CampaignIndex } from './CampaignIndex.js';

/** The learnt models a campaign scores with: cross-sell (also up-sell) and reactivation. Plain data, reusable. */
export interface CampaignModels {
  crossSell: PropensityModelState;
  reactivation?: PropensityModelState;
}

/** A ranked campaign: the lines best first and the models used (to reuse for another target). */
export interface RankedCampaign {
  lines: CampaignLine[];
  models: CampaignModels;
}

/**
 * Every eligible account's propensity to buy one of `request.products` within the horizon, best
 * first: per account the target product it is likeliest to buy, of a kind the request admits.
 * Models are learnt on earlier cut-offs (`fitPropensity`) unless given. Unknown product ids throw
 * `EngineError` `UNKNOWN_PRODUCT` naming them.
 */
export function rankCampaign(history: OrderHistory, request: CampaignRequest, locale = 'en', given?: CampaignModels): RankedCampaign {
  const products = request.products.map((id) => history.productIndex.get(id) ?? -1);
  const unknown = request.products.filter((_, i) => products[i]! < 0);
  if (unknown.length) throw new EngineError('UNKNOWN_PRODUCT', `campaign: no order holds product ${unknown.join(', ')} before the as-of date`);
  const kinds = new Set(request.kinds ?? CAMPAIGN_KINDS);
  const models = given ?? fitCampaignModels(history, request.asOf, request.settings, kinds.has('reactivation'));
  const index = campaignIndex(history, request.asOf);
  const activity = activities(index);
  const eligible = activeCustomers(index).filter(excludedBy(history, request.asOf, request.exclusions ?? {}));
  const best = new Map<number, CampaignLine>();
  for (const p of products) {
    for (const line of productLines(index, p, eligible, activity, models, kinds, locale)) {
      const c = history.customerIndex.get(line.customerId)!;
      const held = best.get(c);
      if (!held || line.propensity > held.propensity) best.set(c, line);
    }
  }
  const lines = [...best.values()].sort((a, b) => b.propensity - a.propensity || (a.customerId < b.customerId ? -1 : 1));
  return { lines: request.top === undefined ? lines : lines.slice(0, request.top), models };
}

/** The lines of one target product over the eligible accounts of an admitted kind. */
function productLines(index: CampaignIndex, p: number, eligible: number[], activity: AccountActivity[], models: CampaignModels, kinds: Set<string>, locale: string): CampaignLine[] {
  const { history } = index;
  const variants = variantsOf(index, p);
  const prices = new Map<number, number | null>();
  const priceOf = (q: number) => (prices.has(q) ? prices.get(q)! : prices.set(q, productValue(index, q).price).get(q)!);
  const value = productValue(index, p).lineValue;
  const evidence = new Map<number, KindEvidence>();
  for (const c of eligible) {
    const e = campaignKind(index, c, p, variants, priceOf);
    if (e && kinds.has(e.kind) && (e.kind !== 'reactivation' || models.reactivation)) evidence.set(c, e);
  }
  const affinity = productAffinity(index, p);
  const fresh = [...evidence.keys()].filter((c) => evidence.get(c)!.kind !== 'reactivation');
  const lapsed = [...evidence.keys()].filter((c) => evidence.get(c)!.kind === 'reactivation');
  const scores = new Map<number, number>();
  scorePropensity(models.crossSell, index, p, fresh, activity, affinity).forEach((s, i) => scores.set(fresh[i]!, s));
  if (models.reactivation) scorePropensity(models.reactivation, index, p, lapsed, activity, affinity).forEach((s, i) => scores.set(lapsed[i]!, s));
  return [...evidence].map(([c, e]) => {
    const because = affinity.because[c]! >= 0 ? affinity.because[c]! : undefined;
    const propensity = scores.get(c)!;
    return {
      productId: history.productIds[p]!,
      customerId: history.customerIds[c]!,
      propensity,
      kind: e.kind,
      expectedValue: propensity * value,
      reason: campaignReason({ evidence: e, because: because === undefined ? undefined : nameOf(history, because), cheaper: e.cheaper === undefined ? undefined : nameOf(history, e.cheaper), orders90: activity[c]!.orders90 }, locale),
      becauseProductId: because === undefined ? undefined : history.productIds[because],
      cheaperProductId: e.cheaper === undefined ? undefined : history.productIds[e.cheaper],
      orders90: activity[c]!.orders90,
      productOrders: e.productOrders,
    };
  });
}

function nameOf(history: OrderHistory, p: number): string {
  return history.productNames[p] || history.productIds[p]!;
}

/** Learns the cross-sell model and, if asked, the reactivation one, in one pass over the earlier cut-offs. */
export function fitCampaignModels(history: OrderHistory, asOf: number, settings: Partial<PropensitySettings> = {}, reactivation = true): CampaignModels {
  const filters: RowFilter[] = reactivation ? [neverBought, (ix, c, p) => lapsedRegular(ix, c, p) !== null] : [neverBought];
  const [crossSell, lapsed] = fitPropensities(history, asOf, settings, filters);
  return { crossSell: crossSell!, reactivation: lapsed };
}

/** A filter keeping the accounts no exclusion applies to (opted out, contacted within the fatigue days, open proposal). */
export function excludedBy(history: OrderHistory, asOf: number, exclusions: CampaignExclusions): (c: number) => boolean {
  const out = new Set([...(exclusions.optedOut ?? []), ...(exclusions.openProposal ?? [])]);
  const fatigue = (exclusions.fatigueDays ?? DEFAULT_FATIGUE_DAYS) * DAY_MS;
  for (const [id, when] of Object.entries(exclusions.lastContacted ?? {})) if (asOf - when < fatigue) out.add(id);
  return (c) => !out.has(history.customerIds[c]!);
}
