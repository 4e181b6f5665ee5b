import type { OrderHistory } from '../../prep/index.js';
import { invertSymmetric } from './invertSymmetric.js';
import { mirrorEase } from './itemMatrices.js';

/**
 * Item-item weights over the most widely bought products of a history, two ways, for cross-sell:
 * EASE (Steck 2019) and cosine item-kNN, both from the same customer × product incidence.
 * Item i is `products[i]` (a product index of the history); `position[p]` is its item, or −1.
 */
export interface ItemModel {
  readonly size: number;
  readonly products: Int32Array;
  readonly position: Int32Array;
  /**
   * EASE's B, row-major: `ease[i·size + j]` is how much buying i says about j (zero diagonal, may be
   * negative). Its lower triangle is its upper one scaled by `easeDiagonal` (`mirrorEase`), so a
   * stored model holds only the upper one and reads back bit for bit.
   */
  readonly ease: Float32Array;
  /** The diagonal of EASE's P = (XᵀX + λI)⁻¹: B[i,j] = −P[i,j]/P[j,j], so B[j,i] = B[i,j]·P[j,j]/P[i,i]. */
  readonly easeDiagonal: Float64Array;
  /** Shrunk cosine similarity of the items' customer sets, row-major, zero diagonal, symmetric bit for bit. */
  readonly cosine: Float32Array;
  /** Customers who bought both items, row-major, symmetric (the diagonal: who bought the item). */
  readonly together: Float32Array;
  /** Customers who bought each product (by product index of the history). */
  readonly buyers: Float64Array;
}

/** How an `ItemModel` is fitted. */
export interface ItemModelSettings {
  /** Most widely bought products modelled (EASE inverts a matrix of this size). */
  items: number;
  /** EASE's ridge penalty λ. */
  lambda: number;
  /** Added to the cosine's denominator so rarely bought pairs do not look alike by chance. */
  cosineShrink: number;
}

/**
 * Fits both item models on every customer's set of products in `history` (bought at least once;
 * quantities and repeats ignored, as implicit-feedback models do). EASE's B = I − P·diag(1/diag P)
 * with P = (XᵀX + λI)⁻¹ (its upper triangle; the lower one from it, `mirrorEase`);
 * cosine = XᵀX[i,j] / (√(nᵢ·nⱼ) + shrink).
 */
export function fitItemModel(history: OrderHistory, settings: ItemModelSettings): ItemModel {
  const nProducts = history.productIds.length;
  const nCustomers = history.customerIds.length;
  const sets: Int32Array[] = [];
  const buyers = new Float64Array(nProducts);
  const seen = new Int32Array(nProducts).fill(-1);
  for (let c = 0; c < nCustomers; c++) {
    const own: number[] = [];
    for (let i = history.itemStart[history.basketStart[c]!]!; i < history.itemStart[history.basketStart[c + 1]!]!; i++) {
      const p = history.itemProduct[i]!;
      if (seen[p] === c) continue;
      seen[p] = c;
      own.push(p);
      buyers[p]!++;
    }
    sets.push(Int32Array.from(own));
  }
  const ranked = Array.from({ length: nProducts }, (_, p) => p)
    .filter((p) => buyers[p]! > 0)
    .sort((a, b) => buyers[b]! - buyers[a]! || a - b);
  const products = Int32Array.from(ranked.slice(0, settings.items));
  const size = products.length;
  const position = new Int32Array(nProducts).fill(-1);
  products.forEach((p, i) => (position[p] = i));

  const gram = new Float64Array(size * size);
  const items: number[] = [];
  for (const own of sets) {
    items.length = 0;
    for (const p of own) if (position[p]! >= 0) items.push(position[p]!);
    for (const i of items) for (const j of items) gram[i * size + j]!++;
  }
  const together = Float32Array.from(gram);
  const cosine = new Float32Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      if (i !== j) cosine[i * size + j] = gram[i * size + j]! / (Math.sqrt(gram[i * size + i]! * gram[j * size + j]!) + settings.cosineShrink);
    }
  }
  for (let i = 0; i < size; i++) gram[i * size + i]! += settings.lambda;
  invertSymmetric(gram, size);
  const easeDiagonal = new Float64Array(size);
  for (let i = 0; i < size; i++) easeDiagonal[i] = gram[i * size + i]!;
  const ease = new Float32Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) ease[i * size + j] = -gram[i * size + j]! / easeDiagonal[j]!;
  }
  mirrorEase(ease, easeDiagonal, size);
  return { size, products, position, ease, easeDiagonal, cosine, together, buyers };
}
