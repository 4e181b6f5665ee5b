type TypedArray = Int32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T };

/** An append-only typed array that doubles its capacity: columnar storage for streamed rows. */
export class GrowableArray<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(private readonly Kind: TypedArrayConstructor<T>, capacity = 1024) {
    this.data = new Kind(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.Kind(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** A copy trimmed to the length. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}
