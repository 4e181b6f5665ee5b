/** The shared prepared model's text as the browser keeps it, with the ContentVersion it is. */
export interface StoredModelText {
  /** The ContentVersion id the org gave it: what the worker tells the connector it holds. */
  versionId: string;
  /** That version's CreatedDate, as the connector read it: a version id reused by another org (a fresh fake org) is not taken for this one. */
  createdDate: string;
  /** The model's text (`encodePreparedModel`), as downloaded. */
  text: string;
}

/**
 * Where the engine worker keeps the shared model between frames: each Account record page opens a
 * new frame and a new worker, and the model changes once a night at most. It holds one entry, the
 * latest model seen, and nothing about any account (the per-account insights come with each view,
 * under that account's sharing). It never throws: storage that is missing, full or broken is a
 * download as before, never an error for the rep.
 */
export interface SharedModelStore {
  /** The entry, or null when there is none or it cannot be read (then it is dropped). */
  read(): Promise<StoredModelText | null>;
  /** Keeps this version and deletes any other; when it cannot be kept, keeps nothing. */
  write(model: StoredModelText): Promise<void>;
  /** Drops the entry (it would not decode, or it is not the org's). */
  clear(): Promise<void>;
}

/** The Cache Storage cache the worker keeps the model in (one entry). */
export const SHARED_MODEL_CACHE = 'optimal-order-shared-model';
/** The entry's key, under the worker's own origin (a cache key is a URL; nothing is ever fetched from it). */
const ENTRY_PATH = '/optimal-order/shared-model';
const VERSION_HEADER = 'x-optimal-order-version-id';
const CREATED_HEADER = 'x-optimal-order-created-date';

/**
 * The store over the origin's Cache Storage (`caches`, in Workers too; absent outside a secure
 * context and, in some browsers, in private windows: then every read is null and writes do nothing).
 * `origin` is the worker's own (`self.location.origin`), under which the one key is made.
 */
export function cacheStorageModelStore(storage: CacheStorage | undefined, origin: string): SharedModelStore {
  const key = new URL(ENTRY_PATH, origin).href;
  const clear = async () => {
    await storage?.delete(SHARED_MODEL_CACHE).catch(() => undefined);
  };
  return {
    clear,
    async read() {
      if (!storage) return null;
      try {
        const response = await (await storage.open(SHARED_MODEL_CACHE)).match(key);
        if (!response) return null;
        const versionId = response.headers.get(VERSION_HEADER);
        const createdDate = response.headers.get(CREATED_HEADER);
        if (!versionId || !createdDate) throw new Error('an entry without its version');
        return { versionId, createdDate, text: await response.text() };
      } catch {
        await clear();
        return null;
      }
    },
    async write({ versionId, createdDate, text }) {
      if (!storage) return;
      try {
        // One key: the new version replaces the old one in place, so the storage holds one model at most.
        const cache = await storage.open(SHARED_MODEL_CACHE);
        await cache.put(key, new Response(text, { headers: { 'content-type': 'application/json', [VERSION_HEADER]: versionId, [CREATED_HEADER]: createdDate } }));
      } catch {
        // Quota exceeded, storage evicted or switched off meanwhile: an old version is of no use either.
        await clear();
      }
    },
  };
}
