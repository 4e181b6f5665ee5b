import type { ItemModel } from './ItemModel.js';
import { easeFromUpper, symmetricFromUpper, upperTriangle } from './itemMatrices.js';

/**
 * An `ItemModel` as a prepared model stores it: each square matrix by its upper triangle (row by
 * row, `upperTriangle`), half the bytes, read back bit for bit. The cosine and co-buyer matrices
 * are symmetric; EASE's lower triangle is its upper one scaled by P's diagonal (`mirrorEase`).
 */
export interface StoredItemModel {
  readonly size: number;
  readonly products: Int32Array;
  readonly position: Int32Array;
  /** EASE's B above the diagonal (`size·(size−1)/2`). */
  readonly easeUpper: Float32Array;
  /** The diagonal of EASE's P (`size`): the lower triangle's scale. */
  readonly easeDiagonal: Float64Array;
  /** The cosine above the diagonal (`size·(size−1)/2`; the diagonal is 0). */
  readonly cosineUpper: Float32Array;
  /** Co-buyers on and above the diagonal (`size·(size+1)/2`), or none (a calibrated model keeps none). */
  readonly togetherUpper: Float32Array;
  readonly buyers: Float64Array;
}

/** The item model as stored: its matrices by their upper triangles. */
export function storeItemModel(m: ItemModel): StoredItemModel {
  const { size, products, position, easeDiagonal, buyers } = m;
  return {
    size,
    products,
    position,
    easeUpper: upperTriangle(m.ease, size, false),
    easeDiagonal,
    cosineUpper: upperTriangle(m.cosine, size, false),
    togetherUpper: m.together.length === 0 ? new Float32Array(0) : upperTriangle(m.together, size, true),
    buyers,
  };
}

/**
 * The item model of its stored form (`storeItemModel`), bit for bit the one stored. The caller
 * has checked every array's length against `size` (`triangleLength`).
 */
export function readStoredItemModel(s: StoredItemModel): ItemModel {
  const { size, products, position, easeDiagonal, buyers } = s;
  return {
    size,
    products,
    position,
    ease: easeFromUpper(s.easeUpper, easeDiagonal, size),
    easeDiagonal,
    cosine: symmetricFromUpper(s.cosineUpper, size, false),
    together: s.togetherUpper.length === 0 ? new Float32Array(0) : symmetricFromUpper(s.togetherUpper, size, true),
    buyers,
  };
}
