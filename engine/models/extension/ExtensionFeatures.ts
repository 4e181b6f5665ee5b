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
  ) {
    const from = asOf - settings.popularityWindowDays * DAY_MS;
    this.recentBuyers = new Float64Array(history.productIds.length);
    for (let c = 0; c < history.customerIds.length; c++) {
      for (const [p, time] of lastPurchases(history, c)) if (time >= from) this.recentBuyers[p]!++;
    }
    this.groups = history.productIds.map(productGroup);
  }

  /** Customers who bought product `p` in the popularity window before as-of. */
  recentBuyersOf(p: number): number {
    return this.recentBuyers[p]!;
  }

  /** The item models' scores of customer `c` over every modelled item. */
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

  /** Customer `c`'s candidates: the never-bought modelled products EASE scores best, with their features. */
  candidates(c: number): ExtensionCandidates {
    const s = this.scores(c);
    if (s.own.size === 0) return { products: new Int32Array(0), features: new Float64Array(0) };
    const { size, products: itemProducts, buyers } = this.items;
    const open: number[] = [];
    for (let j = 0; j < size; j++) if (!s.own.has(itemProducts[j]!)) open.push(j);
    const top = topByScore(open, s.ease, this.settings.candidates);
    const ownGroups = new Set<string>();
    for (const p of s.own.keys()) ownGroups.add(this.groups[p]!);
    const logOwn = Math.log(s.own.size);
    const features = new Float64Array(top.length * EXTENSION_FEATURE_COUNT);
    const products = new Int32Array(top.length);
    top.forEach((j, r) => {
      const p = itemProducts[j]!;
      products[r] = p;
      const recent = Math.log1p(this.recentBuyers[p]!);
      const all = Math.log1p(buyers[p]!);
      features.set(
        [s.ease[j]!, s.easeRecent[j]!, Math.log(r + 1), recent, all, ownGroups.has(this.groups[p]!) ? 1 : 0, logOwn, recent - all, Math.log1p(Math.max(0, s.cosine[j]!)), Math.log1p(Math.max(0, s.cosineRecent[j]!))],
        r * EXTENSION_FEATURE_COUNT,
      );
    });
    return { products, features };
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
