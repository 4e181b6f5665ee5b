import { productGroup } from '../../catalog/index.js';
import { DAY_MS, lastPurchases, type OrderHistory } from '../../prep/index.js';
import { topByScore } from '../topByScore.js';
import type { ItemModel } from './ItemModel.js';
import { EXTENSION_FEATURE_COUNT, type ExtensionSettings } from './ExtensionSettings.js';

/** One customer's never-bought candidates (product indexes, EASE's best first) and their features, row-major. */
export interface ExtensionCandidates {
  products: Int32Array;
  features: Float64Array;
}

/** The item-model scores of one customer over every modelled item (EASE and cosine, plain and recency-weighted). */
export interface ItemScores {
  own: Map<number, number>;
  ease: Float64Array;
  easeRecent: Float64Array;
  cosine: Float64Array;
  cosineRecent: Float64Array;
}

/**
 * Features of the products a customer never bought, as of a date: what the item models say given
 * everything it bought (plain and weighted by how recently), how widely and how recently the
 * product sells, whether it is a variant of something the customer buys, and how broad the
 * customer's range is. See `EXTENSION_FEATURE_NAMES`.
 */
export class ExtensionFeatures {
  private readonly recentBuyers: Float64Array;
  private readonly groups: string[];

  constructor(
    private readonly history: OrderHistory,
    private readonly asOf: number,
    private readonly items: ItemModel,
    private readonly settings: ExtensionSettings,
    /** By product, customers who bought it in the popularity window (a prepared model's); else counted in `history`. */
    recentBuyers?: Float64Array,
  ) {
    this.recentBuyers = new Float64Array(history.productIds.length);
    if (recentBuyers) this.recentBuyers.set(recentBuyers.subarray(0, history.productIds.length));
    else {
      const from = asOf - settings.popularityWindowDays * DAY_MS;
      for (let c = 0; c < history.customerIds.length; c++) {
        for (const [p, time] of lastPurchases(history, c)) if (time >= from) this.recentBuyers[p]!++;
      }
    }
    this.groups = history.productIds.map(productGroup);
  }

  /** By product, customers who bought it in the popularity window before as-of. */
  get recentBuyerCounts(): Float64Array {
    return this.recentBuyers;
  }

  /** Customers who bought product `p` in the popularity window before as-of. */
  recentBuyersOf(p: number): number {
    return this.recentBuyers[p]!;
  }

  /** The item models' scores of customer `c` over every modelled item (evaluation compares them one by one). */
  scores(c: number): ItemScores {
    const { size, position, ease, cosine } = this.items;
    const own = lastPurchases(this.history, c);
    const s = { own, ease: new Float64Array(size), easeRecent: new Float64Array(size), cosine: new Float64Array(size), cosineRecent: new Float64Array(size) };
    for (const [p, time] of own) {
      const i = position[p]!;
      if (i < 0) continue;
      const w = Math.pow(0.5, (this.asOf - time) / DAY_MS / this.settings.recencyHalfLifeDays);
      const row = i * size;
      for (let j = 0; j < size; j++) {
        const e = ease[row + j]!;
        const k = cosine[row + j]!;
        s.ease[j]! += e;
        s.easeRecent[j]! += e * w;
        s.cosine[j]! += k;
        s.cosineRecent[j]! += k * w;
      }
    }
    return s;
  }

  /**
   * Customer `c`'s candidates: the never-bought modelled products EASE scores best, with their
   * features. Only EASE is summed over every item (it picks the candidates); the other scores are
   * summed for the candidates alone.
   */
  candidates(c: number): ExtensionCandidates {
    const own = lastPurchases(this.history, c);
    if (own.size === 0) return { products: new Int32Array(0), features: new Float64Array(0) };
    const { size, position, ease, cosine, products: itemProducts, buyers } = this.items;
    const rows: number[] = [];
    const weights: number[] = [];
    const easeSum = new Float64Array(size);
    for (const [p, time] of own) {
      const i = position[p]!;
      if (i < 0) continue;
      const row = i * size;
      rows.push(row);
      weights.push(Math.pow(0.5, (this.asOf - time) / DAY_MS / this.settings.recencyHalfLifeDays));
      for (let j = 0; j < size; j++) easeSum[j]! += ease[row + j]!;
    }
    const open: number[] = [];
    for (let j = 0; j < size; j++) if (!own.has(itemProducts[j]!)) open.push(j);
    const top = topByScore(open, easeSum, this.settings.candidates);
    const ownGroups = new Set<string>();
    for (const p of own.keys()) ownGroups.add(this.groups[p]!);
    const logOwn = Math.log(own.size);
    const features = new Float64Array(top.length * EXTENSION_FEATURE_COUNT);
    const products = new Int32Array(top.length);
    top.forEach((j, r) => {
      const p = itemProducts[j]!;
      products[r] = p;
      let easeRecent = 0;
      let cos = 0;
      let cosRecent = 0;
      for (let t = 0; t < rows.length; t++) {
        const w = weights[t]!;
        easeRecent += ease[rows[t]! + j]! * w;
        cos += cosine[rows[t]! + j]!;
        cosRecent += cosine[rows[t]! + j]! * w;
      }
      const recent = Math.log1p(this.recentBuyers[p]!);
      const all = Math.log1p(buyers[p]!);
      const o = r * EXTENSION_FEATURE_COUNT;
      features[o] = easeSum[j]!;
      features[o + 1] = easeRecent;
      features[o + 2] = Math.log(r + 1);
      features[o + 3] = recent;
      features[o + 4] = all;
      features[o + 5] = ownGroups.has(this.groups[p]!) ? 1 : 0;
      features[o + 6] = logOwn;
      features[o + 7] = recent - all;
      features[o + 8] = Math.log1p(Math.max(0, cos));
      features[o + 9] = Math.log1p(Math.max(0, cosRecent));
    });
    return { products, features };
  }

  /**
   * The association-rule confidence of product `p` for customer `c`: of the customers who bought
   * one of its products, the largest share who also bought `p` ("of those who buy A, 96 % buy B").
   * 0 when `p` or none of its products is modelled.
   */
  confidence(c: number, p: number): number {
    const { size, position, together } = this.items;
    const j = position[p]!;
    if (j < 0) return 0;
    let best = 0;
    for (const q of lastPurchases(this.history, c).keys()) {
      const i = position[q]!;
      if (i >= 0 && i !== j) best = Math.max(best, together[i * size + j]! / together[i * size + i]!);
    }
    return best;
  }

  /** The products customer `c` bought that most suggest product `p` by EASE, strongest first (at most `n`). */
  because(c: number, p: number, n: number): number[] {
    const { size, position, ease } = this.items;
    const j = position[p]!;
    if (j < 0) return [];
    const weights: [product: number, weight: number][] = [];
    for (const q of lastPurchases(this.history, c).keys()) {
      const i = position[q]!;
      if (i >= 0 && ease[i * size + j]! > 0) weights.push([q, ease[i * size + j]!]);
    }
    return weights.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, n).map(([q]) => q);
  }
}
