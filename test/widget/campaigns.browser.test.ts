/**
 * The Campaigns tab in a real Chromium, on the demo (issue 16): the manager picks a promotion, sees
 * the ranked accounts with reasons, the expected responses and revenue at a list size, creates the
 * Campaign after a confirmation naming the members, and the fake org holds it with a member per
 * listed account's primary contact carrying its propensity and message. A second creation adds
 * nobody. At 400 px nothing scrolls sideways; axe-core finds nothing; focus follows each step.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, startDemoServer } from './demoServer.js';

const shots = fileURLToPath(new URL('../artifacts/widget/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startDemoServer();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axeViolations(page: Page, state: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations.map((v) => `${state}: ${v}`);
}

type Row = Record<string, unknown>;
/** The demo org's records of an object, read in the page. */
const records = (page: Page, object: string) => page.evaluate((o) => [...(globalThis as unknown as { fakeOrg: { store: { records(o: string): Iterable<Row> } } }).fakeOrg.store.records(o)].map((r) => ({ ...r })), object);

describe('the Campaigns tab in Chromium', () => {
  it('a manager builds a campaign for a promotion and finds it, with its members, in the org; 400 px; axe passes', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 }, locale: 'en' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}index.html?lang=en`);
    await page.locator('#oo-account-search').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Campaigns' }).click();
    // The org's whole history is read once; then the day's promotions are offered.
    await page.locator('#oo-campaign-choice option').first().waitFor({ timeout: 120_000 });
    const promotion = await page.locator('#oo-campaign-choice option').first().getAttribute('value');
    await page.locator('#oo-campaign-search').fill(promotion!.slice(0, 4));
    await page.locator('#oo-campaign-choice').selectOption(promotion!);
    await page.getByRole('button', { name: 'Rank accounts' }).click();
    const heading = page.getByRole('heading', { name: /eligible accounts$/ });
    await heading.waitFor({ timeout: 120_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/eligible accounts$/);
    const eligible = Number((await heading.textContent())!.replace(/\D/g, ''));
    expect(eligible).toBeGreaterThan(12);
    await page.locator('#oo-campaign-size').fill('12');
    await page.locator('#oo-campaign-size').press('Tab');
    await expect.poll(() => page.getByTestId('campaign-accounts').textContent()).toBe('12');
    const lines = page.getByTestId('campaign-line');
    await expect(lines.count()).resolves.toBe(12);
    await expect(lines.first().textContent()).resolves.toMatch(/Propensity: \d+(\.\d)?% · Expected value: £/);
    expect(Number((await page.getByTestId('campaign-responses').textContent())!)).toBeGreaterThan(0);
    await expect(page.getByTestId('campaign-revenue').textContent()).resolves.toMatch(/^£[\d,]+\.\d\d$/);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
    await page.screenshot({ path: `${shots}campaigns-400.png`, fullPage: true });
    const violations = await axeViolations(page, 'ranked');

    await page.getByRole('button', { name: 'Create campaign' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.textContent()).resolves.toContain('with up to 12 members');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Yes, create it');
    violations.push(...(await axeViolations(page, 'confirm')));
    await dialog.getByRole('button', { name: 'Yes, create it' }).click();
    const result = page.getByTestId('campaign-result');
    await result.waitFor({ timeout: 60_000 });
    await expect(result.textContent()).resolves.toMatch(/^Campaign 701\w+ created: 12 members added, 0 already members\./);

    // In the org: the Campaign, and a member per listed account's contact, with the page's figures.
    const [campaign] = await records(page, 'Campaign');
    expect(campaign).toMatchObject({ IsActive: true, Name: expect.stringContaining(promotion!) });
    const members = (await records(page, 'CampaignMember')).filter((m) => m.CampaignId === campaign!.Id);
    expect(members).toHaveLength(12);
    const contacts = new Map((await records(page, 'Contact')).map((c) => [c.Id, c.AccountId]));
    const accountNames = new Map((await records(page, 'Account')).map((a) => [a.Id, a.Name]));
    const listed = await lines.locator('p.slds-text-title_bold').allTextContents();
    expect(new Set(members.map((m) => accountNames.get(contacts.get(m.ContactId))))).toEqual(new Set(listed));
    for (const m of members) {
      expect(m.OO_Propensity__c).toBeGreaterThan(0);
      expect(String(m.OO_Message__c)).toContain(String(accountNames.get(contacts.get(m.ContactId))));
    }

    // Again: nobody is added twice.
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, create it' }).click();
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toMatch(/updated: 0 members added, 12 already members\./);
    expect((await records(page, 'CampaignMember')).filter((m) => m.CampaignId === campaign!.Id)).toHaveLength(12);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
