import { accountActivity } from './accountActivity.js';
import { productAffinity } from './productAffinity.js';
import type { CampaignIndex } from './CampaignIndex.js';

/** A way of scoring every customer for one target product (higher: more likely to buy it). */
export type CampaignScorer = (index: CampaignIndex, product: number, customers: readonly number[]) => Float64Array;

/** Baseline "activity": the customer's orders in the last 90 days, whatever the product. */
export const activityScorer: CampaignScorer = (index, _product, customers) => Float64Array.from(customers, (c) => accountActivity(index, c).orders90);

/** Baseline "item-kNN": the sum of cosine co-purchase similarity between the product and the customer's products. */
export const itemKnnScorer: CampaignScorer = (index, product, customers) => {
  const affinity = productAffinity(index, product);
  return Float64Array.from(customers, (c) => affinity.cosine[c]!);
};
