/**
 * The shared prepared model kept in the Visualforce origin's browser storage, in Chromium, served
 * like Salesforce: every Account record page is a new frame with a new worker, and a rep opening
 * ten of them in a row downloads the model's bytes once. The server counts every byte of the REST
 * API it sends; the model's are the ContentVersion's `VersionData`.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOrg, permissionSetsFromManifest, seedModelLibrary, seedOrg, seedUsers, type SeedUsers } from '../../fake-org/index.js';
import { SHARED_MODEL_CACHE } from '../../widget/worker/sharedModelStore.js';
import { runCommand } from '../support/runCommand.js';
import { CHROMIUM_ARGS, chromiumPath } from './demoServer.js';
import { recentSeed } from './recentSeed.js';
import { openRecordView, VERSION_DATA_PATH } from './recordView.js';
import { serveLikeSalesforce, type ApiResponse, type PageUser, type SalesforceLikeServer } from './serveLikeSalesforce.js';

let org: FakeOrg;
let users: SeedUsers;
let accounts: string[];
let server: SalesforceLikeServer;
let browser: Browser;
let user: PageUser;
const sent: ApiResponse[] = [];

/** `optimal-order prepare --org` as the integration user: a new version of the pinned model. Gives its id. */
async function prepare(): Promise<string> {
  const prepared = await runCommand('prepare', '--org', server.apiUrl, '--token', org.issueSession(users.integration));
  expect(prepared.code, prepared.stderr).toBe(0);
  return latestVersion();
}

/** The pinned document's latest version. */
const latestVersion = () => [...org.store.records('ContentVersion')].find((v) => v.IsLatest)!.Id;

/** A version's size in bytes, as the org stores it. */
const versionBytes = (id: string) => Buffer.from(String(org.store.get(id)!.VersionData), 'base64').length;

/** Opens record views one after the other in `context`, each in a new tab (closed after), and gives the model bytes each downloaded. */
async function viewInTurn(context: BrowserContext, accountIds: string[]): Promise<{ versionId: string; bytes: number }[][]> {
  const downloads = [];
  for (const accountId of accountIds) {
    const from = sent.length;
    const { page, errors } = await openRecordView(context, server.lightningOrigin, accountId);
    expect(errors).toEqual([]);
    await page.close();
    downloads.push(sent.slice(from).flatMap((r) => (VERSION_DATA_PATH.test(r.path) ? [{ versionId: VERSION_DATA_PATH.exec(r.path)![1]!, bytes: r.bytes }] : [])));
  }
  return downloads;
}

const newProfile = () => browser.newContext({ viewport: { width: 600, height: 900 } });

beforeAll(async () => {
  org = new FakeOrg({ permissionSets: permissionSetsFromManifest() });
  accounts = [...seedOrg(org.store, recentSeed()).accounts.values()];
  users = seedUsers(org);
  const { setting } = seedModelLibrary(org.store, users.integration, [users.rep, users.manager]);
  const [firstName, lastName] = String(org.store.get(users.rep)!.Name).split(' ');
  user = { session: org.issueSession(users.rep), firstName: firstName!, lastName: lastName!, managerView: false };
  server = await serveLikeSalesforce(org, () => user, (r) => sent.push(r));
  await prepare();
  org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: [...org.store.records('ContentDocument')][0]!.Id });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...server.chromiumArgs] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the shared model in the browser, between record pages', () => {
  it('is downloaded once for ten record views in a row, each in a new frame and worker', async () => {
    const versionId = latestVersion();
    const context = await newProfile();
    const downloads = await viewInTurn(context, accounts.slice(0, 10));
    expect(downloads[0]).toEqual([{ versionId, bytes: versionBytes(versionId) }]);
    expect(downloads.slice(1)).toEqual(Array.from({ length: 9 }, () => []));
    // Every view asked the org for its account and the model's version: ten Composite reads.
    expect(sent.filter((r) => r.method === 'POST' && r.path.endsWith('/composite')).length).toBeGreaterThanOrEqual(10);
    await context.close();
  }, 300_000);

  it('downloads a version pinned between views once, then uses it, and keeps only it', async () => {
    const context = await newProfile();
    const before = latestVersion();
    expect((await viewInTurn(context, [accounts[0]!])).flat().map((d) => d.versionId)).toEqual([before]);
    const after = await prepare();
    expect(after).not.toBe(before);
    const downloads = await viewInTurn(context, accounts.slice(1, 4));
    expect(downloads).toEqual([[{ versionId: after, bytes: versionBytes(after) }], [], []]);
    // What the Visualforce origin keeps: one entry, the new version.
    const { page, frame } = await openRecordView(context, server.lightningOrigin, accounts[4]!);
    const kept = await frame.evaluate(async (name) => {
      const cache = await caches.open(name);
      return Promise.all((await cache.keys()).map(async (k) => (await cache.match(k))!.headers.get('x-optimal-order-version-id')));
    }, SHARED_MODEL_CACHE);
    expect(kept).toEqual([after]);
    expect(await frame.evaluate(() => caches.keys())).toEqual([SHARED_MODEL_CACHE]);
    await page.close();
    await context.close();
  }, 300_000);

  it('drops a damaged entry and downloads the model again, the rep seeing only the order', async () => {
    const context = await newProfile();
    const versionId = latestVersion();
    const { page, frame } = await openRecordView(context, server.lightningOrigin, accounts[0]!);
    await frame.evaluate(async (name) => {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) {
        const headers = (await cache.match(key))!.headers;
        await cache.put(key, new Response('{"format":"optimal-order-prepared-model/2","cut sh', { headers }));
      }
    }, SHARED_MODEL_CACHE);
    await page.close();
    const downloads = await viewInTurn(context, [accounts[1]!, accounts[2]!]);
    expect(downloads).toEqual([[{ versionId, bytes: versionBytes(versionId) }], []]);
    await context.close();
  }, 300_000);
});

