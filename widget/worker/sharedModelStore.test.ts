import { describe, expect, it } from 'vitest';
import { MemoryCacheStorage } from '../../test/widget/memoryCacheStorage.js';
import { cacheStorageModelStore, SHARED_MODEL_CACHE } from './sharedModelStore.js';

const ORIGIN = 'https://acme--c.vf.force.com';

const storeOver = (storage: MemoryCacheStorage) => cacheStorageModelStore(storage.asCacheStorage(), ORIGIN);

describe('cacheStorageModelStore', () => {
  it('gives back the version written, with its date and text; a new store on the same storage (a new frame) reads it too', async () => {
    const storage = new MemoryCacheStorage();
    expect(await storeOver(storage).read()).toBeNull();
    await storeOver(storage).write({ versionId: '068A', createdDate: '2026-12-01T02:00:00.000+0000', text: '{"model":1}' });
    expect(await storeOver(storage).read()).toEqual({ versionId: '068A', createdDate: '2026-12-01T02:00:00.000+0000', text: '{"model":1}' });
  });

  it('keeps one model: a new version replaces the old one', async () => {
    const storage = new MemoryCacheStorage();
    const store = storeOver(storage);
    await store.write({ versionId: '068A', createdDate: 'd1', text: 'first' });
    await store.write({ versionId: '068B', createdDate: 'd2', text: 'second' });
    expect(await storage.bodies()).toEqual(['second']);
    expect((await store.read())?.versionId).toBe('068B');
  });

  it('keeps nothing when the new version cannot be stored (quota): the old one is of no use either', async () => {
    const storage = new MemoryCacheStorage();
    const store = storeOver(storage);
    await store.write({ versionId: '068A', createdDate: 'd1', text: 'first' });
    storage.failPut = true;
    await expect(store.write({ versionId: '068B', createdDate: 'd2', text: 'second' })).resolves.toBeUndefined();
    expect(await storage.bodies()).toEqual([]);
    expect(await store.read()).toBeNull();
  });

  it('drops an entry that does not say its version, and reads null', async () => {
    const storage = new MemoryCacheStorage();
    await (await storage.open(SHARED_MODEL_CACHE)).put(`${ORIGIN}/optimal-order/shared-model`, new Response('a stray entry'));
    expect(await storeOver(storage).read()).toBeNull();
    expect(storage.caches.has(SHARED_MODEL_CACHE)).toBe(false);
  });

  it('reads null and writes nothing, without throwing, when there is no storage or it fails', async () => {
    const none = cacheStorageModelStore(undefined, ORIGIN);
    await none.write({ versionId: '068A', createdDate: 'd', text: 't' });
    expect(await none.read()).toBeNull();
    const broken = { open: () => Promise.reject(new DOMException('denied', 'SecurityError')), delete: () => Promise.reject(new DOMException('denied', 'SecurityError')) };
    const store = cacheStorageModelStore(broken as unknown as CacheStorage, ORIGIN);
    await expect(store.write({ versionId: '068A', createdDate: 'd', text: 't' })).resolves.toBeUndefined();
    await expect(store.read()).resolves.toBeNull();
    await expect(store.clear()).resolves.toBeUndefined();
  });
});
