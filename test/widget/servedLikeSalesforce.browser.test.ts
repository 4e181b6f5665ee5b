/**
 * The production bundle served the way Salesforce serves it, in Chromium: the OptimalOrder page
 * rendered with its merge fields on a Visualforce host, the static resource out of the converted
 * package's zip under `/resource/<timestamp>/…`, the REST API on the same origin, and a Lightning
 * page on another origin playing the optimalOrderHost LWC with its own message rules. Each step
 * leaves a screenshot in test/artifacts/widget/ for a person to look at.
 */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOrg, permissionSetsFromManifest, seedModelLibrary, seedOrg, seedUsers, type SeedUsers } from '../../fake-org/index.js';
import { CHROMIUM_ARGS, chromiumPath } from './demoServer.js';
import { shotsFolder } from './pageChecks.js';
import { pageUser } from './pageUser.js';
import { prepareAndPinModel } from './prepareAndPinModel.js';
import { recentSeed } from './recentSeed.js';
import { serveLikeSalesforce, type PageUser, type SalesforceLikeServer } from './serveLikeSalesforce.js';

const shots = shotsFolder();

interface HostRecord {
  nonce: string;
  received: { origin: string; data: { type?: string; nonce?: string } }[];
  accepted: { type: string; height?: number; recordId?: string; opportunityId?: string }[];
  heights: number[];
  navigations: string[];
}

let org: FakeOrg;
let users: SeedUsers;
let accountId: string;
let server: SalesforceLikeServer;
let browser: Browser;
/** Who the page is rendered for: its session and its `$Permission.OO_ManagerView`. */
let user: PageUser;

/** The page as a user sees it: a session the org issued for the user; the manager permission comes with OO_Manager. */
const pageFor = (userId: string, managerView: boolean): PageUser => pageUser(org, userId, managerView);

beforeAll(async () => {
  org = new FakeOrg({ permissionSets: permissionSetsFromManifest() });
  accountId = seedOrg(org.store, recentSeed()).accounts.get('12347')!;
  users = seedUsers(org);
  // As the admin guide sets it up: a library reps and managers read, the settings naming it and
  // the integration user; the nightly prepare, as that user; the document it made, pinned.
  const { setting } = seedModelLibrary(org.store, users.integration, [users.rep, users.manager]);
  user = pageFor(users.rep, false);
  server = await serveLikeSalesforce(org, () => user);
  await prepareAndPinModel(org, server.apiUrl, users.integration, setting);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...server.chromiumArgs] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The Lightning page at `origin` framing the widget; gives the page and the widget's frame once its page has loaded. */
async function openLightning(origin: string, query: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/lightning/r/Account/view?${query}`);
  const frameElement = await page.waitForSelector('iframe');
  const frame = (await frameElement.contentFrame())!;
  await frame.waitForLoadState();
  frame.page().on('pageerror', (e) => errors.push(e.message));
  return { page, frame, errors };
}

const hostRecord = (page: Page) => page.evaluate(() => (window as unknown as { host: HostRecord }).host);
/** The tallest frame the LWC gives in this test's 900 px window: 900 less the page's chrome (180). */
const WINDOW_CAP = 720;
const frameHeight = (page: Page) => page.$eval('iframe', (f) => f.getBoundingClientRect().height);

describe('the widget served like Salesforce, framed by a Lightning page', () => {
  it('loads the order for a rep, sized to its content; Accept and the record link ask the host to navigate', async () => {
    user = pageFor(users.rep, false);
    const { page, frame, errors } = await openLightning(server.lightningOrigin, `id=${accountId}`);
    await frame.getByTestId('order-total').waitFor({ timeout: 60_000 });
    expect(new URL(frame.url()).origin).toBe(server.visualforceOrigin);
    expect(frame.url()).toContain('/apex/OptimalOrder?');
    await expect.poll(async () => (await hostRecord(page)).accepted.some((m) => m.type === 'optimal-order:ready')).toBe(true);
    // The frame is as tall as the content says, within the window less the page's chrome (the LWC's
    // own frameHeight), so the long order scrolls inside it with its footer and Accept in view; every
    // message carries the nonce.
    await expect.poll(async () => (await hostRecord(page)).heights.at(-1)).toBeGreaterThan(WINDOW_CAP);
    await expect.poll(async () => frameHeight(page)).toBe(WINDOW_CAP);
    const frameBox = (await page.locator('iframe').boundingBox())!;
    const acceptBox = (await frame.getByRole('button', { name: 'Accept and create the opportunity' }).boundingBox())!;
    expect(acceptBox.y + acceptBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
    const record = await hostRecord(page);
    expect(record.received.every((m) => m.origin === server.visualforceOrigin && m.data.nonce === record.nonce)).toBe(true);
    expect(await frame.getByRole('tab', { name: 'Proposals (manager view)' }).count()).toBe(0); // no manager view for a rep
    await page.screenshot({ path: `${shots}sf-01-order-framed.png`, fullPage: true });

    // Accept: the host is told the Opportunity (it navigates to it); the link to it asks the host too.
    await frame.getByRole('button', { name: 'Accept and create the opportunity' }).click();
    await frame.getByTestId('saved').waitFor();
    const opportunityId = (await frame.getByTestId('saved').locator('a').getAttribute('data-opportunity'))!;
    expect(opportunityId).toMatch(/^006/);
    await expect.poll(async () => (await hostRecord(page)).accepted.filter((m) => m.type === 'optimal-order:saved').map((m) => m.opportunityId)).toEqual([opportunityId]);
    const link = frame.getByTestId('saved').locator('a');
    expect(await link.getAttribute('href')).toBe(`${server.lightningOrigin}/lightning/r/Opportunity/${opportunityId}/view`);
    await link.click();
    await expect.poll(async () => (await hostRecord(page)).accepted.filter((m) => m.type === 'optimal-order:navigate').map((m) => m.recordId)).toEqual([opportunityId]);
    expect(frame.url()).toContain('/apex/OptimalOrder?'); // the frame stayed on the page
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shrinks the frame when the content does (the campaigns tab before a target is picked), and a manager view’s record links ask the host too', async () => {
    user = pageFor(users.manager, true);
    const { page, frame, errors } = await openLightning(server.lightningOrigin, `id=${accountId}`);
    await frame.getByTestId('order-total').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await hostRecord(page)).heights.at(-1)).toBeGreaterThan(600);
    const orderHeight = (await hostRecord(page)).heights.at(-1)!;
    // Nothing picked yet: far shorter than the order.
    await frame.getByRole('tab', { name: 'Campaigns' }).click();
    await expect.poll(async () => (await hostRecord(page)).heights.at(-1)).toBeLessThan(Math.min(orderHeight, WINDOW_CAP) - 150);
    await expect.poll(async () => frameHeight(page)).toBe(Math.ceil((await hostRecord(page)).heights.at(-1)!));
    await frame.getByRole('tab', { name: 'Proposals (manager view)' }).click();
    await frame.getByTestId('logged-proposal').first().waitFor();
    await page.screenshot({ path: `${shots}sf-02-manager-framed.png`, fullPage: true });
    const opportunityId = (await frame.getByTestId('logged-proposal').first().locator('a').getAttribute('data-opportunity'))!;
    await frame.getByTestId('logged-proposal').first().locator('a').click();
    await expect.poll(async () => (await hostRecord(page)).accepted.filter((m) => m.type === 'optimal-order:navigate').map((m) => m.recordId)).toEqual([opportunityId]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores a message with another nonce, even from its own frame', async () => {
    user = pageFor(users.rep, false);
    const { page, frame } = await openLightning(server.lightningOrigin, `id=${accountId}`);
    await frame.getByTestId('order-total').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await hostRecord(page)).accepted.some((m) => m.type === 'optimal-order:ready')).toBe(true);
    const before = await hostRecord(page);
    const height = await frameHeight(page);
    await frame.evaluate(() => window.parent.postMessage({ type: 'optimal-order:height', height: 90, nonce: 'f'.repeat(32) }, '*'));
    await frame.evaluate(() => window.parent.postMessage({ type: 'optimal-order:navigate', recordId: '006000000000666AAA', nonce: 'f'.repeat(32) }, '*'));
    await expect.poll(async () => (await hostRecord(page)).received.length).toBe(before.received.length + 2);
    const after = await hostRecord(page);
    expect(after.accepted).toEqual(before.accepted);
    expect(after.navigations).toEqual([]);
    expect(await frameHeight(page)).toBe(height);
    await page.close();
  });

  it('posts nothing to a page whose origin is not the Lightning origin of its own Visualforce host', async () => {
    user = pageFor(users.rep, false);
    const { page, frame } = await openLightning(server.otherLightningOrigin, `id=${accountId}`);
    // The widget works in the frame (it says so on screen) but tells that page nothing.
    await frame.getByTestId('order-total').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${shots}sf-03-other-host.png`, fullPage: true });
    expect((await hostRecord(page)).received).toEqual([]);
    // Its record links are plain links then: no host would hear a navigate message. (The account was
    // accepted earlier today, in the first test: the widget shows that proposal's Opportunity.)
    const link = frame.getByTestId('accepted-today').locator('a');
    await link.waitFor();
    expect(await link.getAttribute('href')).not.toContain('lightning');
    expect((await hostRecord(page)).received).toEqual([]);
    await page.close();
  });

  it('tells a rep without the manager permission, in words, that the manager view is not theirs', async () => {
    user = pageFor(users.rep, false);
    const { page, frame } = await openLightning(server.lightningOrigin, 'view=manager');
    await expect(frame.getByTestId('no-manager-access').textContent({ timeout: 60_000 })).resolves.toMatch(/^You do not have access to the manager view\./);
    expect(await frame.getByTestId('kpi-proposals').count()).toBe(0);
    await page.screenshot({ path: `${shots}sf-04-no-manager-access.png`, fullPage: true });
    await page.close();
  });
});
