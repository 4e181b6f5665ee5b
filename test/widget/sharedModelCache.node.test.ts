/**
 * The shared model kept in the browser between frames, played in Node: each record view is a new
 * worker (a fresh `ModelCache`) over the same origin's storage (one `MemoryCacheStorage`), talking
 * to the fake org through the real connector. The model's bytes cross the network once per version.
 */
import { describe, expect, it } from 'vitest';
import { openAccount, type ModelCache } from '../../widget/worker/openAccount.js';
import { cacheStorageModelStore } from '../../widget/worker/sharedModelStore.js';
import { connectorAs, MODEL_AS_OF, pinPreparedModel, prepareModel } from '../connector/pinModel.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { MemoryCacheStorage } from './memoryCacheStorage.js';

const fake = useFakeOrg();
const ORIGIN = 'https://acme--c.vf.force.com';

/** The requests for a model's bytes so far, by version id. */
const downloads = () => fake.org.requests.filter((r) => r.method === 'GET' && /\/ContentVersion\/\w+\/VersionData$/.test(r.path)).map((r) => r.path.split('/').at(-2)!);
/** The Composite requests (one per account view) since `pinned()`. */
let compositesBefore = 0;
const countComposites = () => fake.org.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/composite')).length;
const composites = () => countComposites() - compositesBefore;
/** The model prepared and pinned, as the admin guide has it; the views' requests are counted from here. */
async function pinned() {
  const prepared = await pinPreparedModel(fake);
  compositesBefore = countComposites();
  return prepared;
}

/** One record view in a new frame: a new worker's empty cache over the origin's storage. */
async function viewInNewFrame(storage: MemoryCacheStorage, accountNumber: string) {
  const cache: ModelCache = { current: null, store: cacheStorageModelStore(storage.asCacheStorage(), ORIGIN) };
  const page = await openAccount(connectorAs(fake, fake.users.rep), cache, fake.ids.accounts.get(accountNumber)!, MODEL_AS_OF, 'en');
  return { page, cache };
}

describe('the shared model kept in the browser between frames', () => {
  it('is downloaded by the first of ten record views, each in a new frame, and read from storage by the nine others', async () => {
    const { versionId, text } = await pinned();
    const storage = new MemoryCacheStorage();
    const accounts = [...fake.ids.accounts.keys()];
    const pages = [];
    for (let view = 0; view < 10; view++) {
      const { page, cache } = await viewInNewFrame(storage, accounts[view % accounts.length]!);
      expect(cache.current?.versionId).toBe(versionId);
      pages.push(page);
    }
    expect(downloads()).toEqual([versionId]);
    expect(composites()).toBe(10);
    expect(await storage.bodies()).toEqual([text]);
    // The pages made from the stored model are those a downloaded one makes.
    const none = new MemoryCacheStorage();
    none.failPut = true;
    for (let view = 0; view < accounts.length; view++) expect((await viewInNewFrame(none, accounts[view]!)).page).toEqual(pages[view]);
    expect(pages[0]!.lines.length).toBeGreaterThan(0);
  });

  it('downloads a new version once when it is pinned between views, then keeps only it', async () => {
    const first = await pinned();
    const storage = new MemoryCacheStorage();
    await viewInNewFrame(storage, '12347');
    await viewInNewFrame(storage, '12347');
    const second = await prepareModel(fake); // a nightly prepare: a new version of the pinned document
    expect(second.versionId).not.toBe(first.versionId);
    for (let view = 0; view < 3; view++) expect((await viewInNewFrame(storage, '12347')).cache.current?.versionId).toBe(second.versionId);
    expect(downloads()).toEqual([first.versionId, second.versionId]);
    expect(await storage.bodies()).toEqual([second.text]);
  });

  it('drops a damaged entry without a word to the rep and downloads the model again', async () => {
    const { versionId, text } = await pinned();
    const storage = new MemoryCacheStorage();
    await viewInNewFrame(storage, '12347');
    storage.damage('{"format":"optimal-order-prepared-model/2","trunc');
    const { page } = await viewInNewFrame(storage, '12347');
    expect(page.lines.length).toBeGreaterThan(0);
    expect(downloads()).toEqual([versionId, versionId]);
    expect(composites()).toBe(2); // the damaged entry was found before asking: no second request
    expect(await storage.bodies()).toEqual([text]);
  });

  it('does not take an entry of another org that reused the version id (same id, another date): asks again for the bytes', async () => {
    const { versionId, text } = await pinned();
    const storage = new MemoryCacheStorage();
    await cacheStorageModelStore(storage.asCacheStorage(), ORIGIN).write({ versionId, createdDate: '2001-01-01T00:00:00.000+0000', text });
    const { cache } = await viewInNewFrame(storage, '12347');
    expect(cache.current?.createdDate).not.toBe('2001-01-01T00:00:00.000+0000');
    expect(downloads()).toEqual([versionId]);
    expect(composites()).toBe(2);
  });

  it('works as without storage when the browser refuses it (private window, quota)', async () => {
    const { versionId } = await pinned();
    const full = new MemoryCacheStorage();
    full.failPut = true;
    await viewInNewFrame(full, '12347');
    await viewInNewFrame(full, '12347');
    expect(downloads()).toEqual([versionId, versionId]);
    const cache: ModelCache = { current: null, store: cacheStorageModelStore(undefined, ORIGIN) };
    await expect(openAccount(connectorAs(fake, fake.users.rep), cache, fake.ids.accounts.get('12347')!, MODEL_AS_OF, 'en')).resolves.toMatchObject({ account: { accountNumber: '12347' } });
  });
});
