import { productsByRecentOrders, rankCampaign, type CampaignModels, type OrderHistory } from '../../engine/index.js';

/** Products in the "large target" timing: the group of 50. */
export const CAMPAIGN_BENCH_PRODUCTS = 50;

/** How long a campaign takes over every account of a history, in ms (in process, the history loaded). */
export interface CampaignFigures {
  accounts: number;
  /** Learning both models (cross-sell and reactivation) on the two earlier cut-offs. */
  fitMs: number;
  /** Ranking every account for one product, models given (what a worker holding them does), and with the fit. */
  oneProductMs: number;
  oneProductWithFitMs: number;
  /** The same for `CAMPAIGN_BENCH_PRODUCTS` products (the best sellers of the last 90 days), each account's likeliest kept. */
  manyProductsMs: number;
  manyProducts: number;
  /** Earlier cut-offs the models learnt on. */
  cutoffs: number;
}

/**
 * Times `rankCampaign` as the `campaign` command runs it, as of `asOf`: once with the fit (the
 * command's path), then with the fitted models for one product and for 50 (the worker's path).
 */
export function campaignFigures(history: OrderHistory, asOf: number): CampaignFigures {
  const products = productsByRecentOrders(history, asOf, 90, CAMPAIGN_BENCH_PRODUCTS).map((p) => history.productIds[p]!);
  const start = performance.now();
  const { models, lines } = rankCampaign(history, { asOf, products: products.slice(0, 1) });
  const oneProductWithFitMs = performance.now() - start;
  const fitMs = oneProductWithFitMs - timed(history, asOf, products.slice(0, 1), models);
  const oneProductMs = timed(history, asOf, products.slice(0, 1), models);
  const manyProductsMs = timed(history, asOf, products, models);
  return { accounts: lines.length, cutoffs: models.crossSell.cutoffs.length, fitMs, oneProductMs, oneProductWithFitMs, manyProductsMs, manyProducts: products.length };
}

function timed(history: OrderHistory, asOf: number, products: string[], models: CampaignModels): number {
  const start = performance.now();
  rankCampaign(history, { asOf, products }, 'en', models);
  return performance.now() - start;
}

/** The figures as report lines, against the targets (≤ 2 s for one product, ≤ 10 s for 50). */
export function formatCampaignFigures(f: CampaignFigures, asOf: number): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `campaign as of ${new Date(asOf).toISOString().slice(0, 10)}, ${f.accounts} accounts ranked for one product`,
    `learning the models (${f.cutoffs} earlier cut-offs, cross-sell and reactivation): ${s(f.fitMs)}`,
    `one product over every account: ${s(f.oneProductMs)} with the models learnt (target ≤ 2 s), ${s(f.oneProductWithFitMs)} with the learning (the command's path)`,
    `${f.manyProducts} products over every account: ${s(f.manyProductsMs)} with the models learnt (target ≤ 10 s)`,
  ];
}
