/**
 * The k best (index, key) pairs offered, highest key first, ties by the order offered (so offering
 * indexes in increasing order breaks ties by index). Insertion into a sorted array of k: k is small.
 */
export class TopList {
  readonly indexes: Int32Array;
  readonly keys: Float64Array;
  size = 0;

  constructor(readonly k: number) {
    this.indexes = new Int32Array(Math.max(0, k));
    this.keys = new Float64Array(Math.max(0, k));
  }

  /** Offers index `p` with `key`; kept if among the k best so far. */
  offer(p: number, key: number): void {
    const { k, keys, indexes } = this;
    if (k === 0 || (this.size === k && key <= keys[k - 1]!)) return;
    let i = this.size < k ? this.size++ : k - 1;
    while (i > 0 && keys[i - 1]! < key) {
      keys[i] = keys[i - 1]!;
      indexes[i] = indexes[i - 1]!;
      i--;
    }
    keys[i] = key;
    indexes[i] = p;
  }

  /** The indexes kept, best first. */
  toArray(): number[] {
    return Array.from(this.indexes.subarray(0, this.size));
  }
}
