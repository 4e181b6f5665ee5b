/**
 * Cache Storage as a browser has it, in memory, for Node tests: named caches of responses by URL
 * (`open` creates the cache, as the browser's does). `failPut` plays a full quota.
 */
export class MemoryCacheStorage {
  readonly caches = new Map<string, Map<string, Response>>();
  failPut = false;

  async open(name: string) {
    const entries = this.caches.get(name) ?? new Map<string, Response>();
    this.caches.set(name, entries);
    const failPut = () => this.failPut;
    return {
      async match(key: string) {
        return entries.get(new URL(key).href)?.clone();
      },
      async put(key: string, response: Response) {
        if (failPut()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        entries.set(new URL(key).href, response.clone());
      },
    };
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }

  /** Every stored body, all caches. */
  async bodies(): Promise<string[]> {
    return Promise.all([...this.caches.values()].flatMap((c) => [...c.values()].map((r) => r.clone().text())));
  }

  /** Replaces every stored body with `text`, headers kept (a damaged entry). */
  damage(text: string): void {
    for (const entries of this.caches.values()) for (const [key, response] of entries) entries.set(key, new Response(text, { headers: response.headers }));
  }

  /** As the browser's `CacheStorage`, for code that takes one. */
  asCacheStorage(): CacheStorage {
    return this as unknown as CacheStorage;
  }
}
