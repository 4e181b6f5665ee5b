/**
 * The demo in a real Chromium: pick a customer, see its optimal order, edit a quantity, remove a
 * line with a reason, accept, and find the Opportunity, its line items and the proposal log in the
 * fake org. Each step leaves a screenshot in test/artifacts/widget/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, startDemoServer } from './demoServer.js';

const shots = fileURLToPath(new URL('../artifacts/widget/', import.meta.url));
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

/** The fake org's records, read in the page as an admin would query them. */
function query(page: Page, soql: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (q) => {
    // A session the page's org issues, as an admin's own session would be.
    const token = (globalThis as unknown as { fakeOrg: { issueSession(): string } }).fakeOrg.issueSession();
    const r = await fetch(`/services/data/v62.0/query?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${token}` } });
    return ((await r.json()) as { records: Record<string, unknown>[] }).records;
  }, soql);
}

async function openDemo(lang = 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: lang });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}index.html?lang=${lang}`);
  await page.locator('#oo-account-search').waitFor({ timeout: 60_000 });
  expect(errors).toEqual([]);
  return page;
}

async function pickAccount(page: Page, number: string) {
  await page.fill('#oo-account-search', number);
  await page.getByRole('button', { name: new RegExp(`Customer ${number}`) }).click();
  await page.getByTestId('order-total').waitFor({ timeout: 30_000 });
}

describe('the demo in Chromium', () => {
  it('shows an account’s optimal order; the rep edits, removes with a reason, accepts; the org holds the result', async () => {
    const page = await openDemo();
    // The shared data has no costs: as an admin would, give every product one (a pound) for the margin.
    await page.evaluate(() => {
      const { store } = (globalThis as unknown as { fakeOrg: { store: { records(o: string): Iterable<{ Id: string }>; update(o: string, id: string, v: object): void } } }).fakeOrg;
      for (const p of [...store.records('Product2')]) store.update('Product2', p.Id, { OO_UnitCost__c: 1 });
    });
    await page.screenshot({ path: `${shots}01-picker.png` });

    await pickAccount(page, '12347');
    const habitual = page.locator('section', { has: page.getByRole('heading', { name: /Habitual items/ }) }).locator('tr.oo-line');
    expect(await habitual.count()).toBeGreaterThan(3);
    await expect(page.getByTestId('segment').textContent()).resolves.toMatch(/orders every ~\d+/);
    await page.screenshot({ path: `${shots}02-order.png`, fullPage: true });

    // Edit the first line's quantity: its total and the order total follow.
    const first = habitual.nth(0);
    const firstProduct = (await first.getAttribute('data-product'))!;
    const totalBefore = await page.getByTestId('order-total').textContent();
    const marginBefore = await page.getByTestId('order-margin').textContent();
    expect(marginBefore).toMatch(/^Margin: £[\d,.]+ \(\d+(\.\d)?%\)$/);
    await first.getByLabel('Quantity', { exact: true }).fill('50');
    await expect.poll(() => page.getByTestId('order-total').textContent()).not.toBe(totalBefore);
    expect(await page.getByTestId('order-margin').textContent()).not.toBe(marginBefore);
    await page.screenshot({ path: `${shots}03-edited.png` });

    // Remove the second line, saying why.
    const second = habitual.nth(1);
    const removedProduct = (await second.getAttribute('data-product'))!;
    await second.getByRole('button', { name: /^Remove / }).click();
    await second.getByRole('combobox').selectOption('too-expensive');
    await second.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.locator(`tr.oo-line_removed[data-product="${removedProduct}"]`).textContent()).resolves.toContain('Removed: Too expensive');
    await page.screenshot({ path: `${shots}04-removed.png` });

    // Add a product from the price book.
    await page.fill('#oo-add-product', 'doormat');
    await page.getByRole('list', { name: 'Add a product' }).getByRole('button').first().click();
    const added = page.locator('section', { has: page.getByRole('heading', { name: /Added by you/ }) }).locator('tr.oo-line');
    await added.first().waitFor();
    const addedProduct = (await added.first().getAttribute('data-product'))!;

    // Accept, clicking twice: one Opportunity.
    const accept = page.getByRole('button', { name: 'Accept and create the opportunity' });
    await accept.dblclick();
    await page.getByTestId('saved').waitFor();
    await page.screenshot({ path: `${shots}05-accepted.png` });
    const opportunityId = (await page.getByTestId('saved').locator('a').getAttribute('data-opportunity'))!;
    expect(opportunityId).toMatch(/^006/);

    const opportunities = await query(page, 'SELECT Id, Name, StageName FROM Opportunity');
    expect(opportunities.map((o) => o.Id)).toEqual([opportunityId]);
    const items = await query(page, `SELECT Quantity, PricebookEntry.Product2.ProductCode FROM OpportunityLineItem WHERE OpportunityId = '${opportunityId}'`);
    const codeOf = (i: Record<string, unknown>) => (i.PricebookEntry as { Product2: { ProductCode: string } }).Product2.ProductCode;
    const codes = items.map(codeOf);
    expect(codes).toContain(firstProduct);
    expect(codes).not.toContain(removedProduct);
    expect(codes).toContain(addedProduct);
    expect(items.find((i) => codeOf(i) === firstProduct)!.Quantity).toBe(50);
    const log = await query(page, 'SELECT OO_Outcome__c, OO_RejectionReason__c, OO_Quantity__c, OO_Product__r.ProductCode FROM OO_ProposalLine__c');
    const outcome = (code: string) => log.find((l) => (l.OO_Product__r as { ProductCode: string }).ProductCode === code);
    expect(outcome(firstProduct)).toMatchObject({ OO_Outcome__c: 'edited', OO_Quantity__c: 50 });
    expect(outcome(removedProduct)).toMatchObject({ OO_Outcome__c: 'rejected', OO_RejectionReason__c: 'too-expensive' });

    // The manager view shows the proposal: accepted, its value, the reason the line was removed.
    await page.getByRole('tab', { name: 'Proposals (manager view)' }).click();
    await page.getByTestId('logged-proposal').first().waitFor();
    expect(await page.getByTestId('logged-proposal').count()).toBe(1);
    await expect(page.getByTestId('kpi-acceptance').textContent()).resolves.toBe('100%');
    await expect(page.getByTestId('reasons').textContent()).resolves.toBe('Too expensive: 1');
    expect(await page.getByTestId('logged-proposal').textContent()).toContain('Customer 12347');
    await page.screenshot({ path: `${shots}06-manager.png`, fullPage: true });
    // Back on the order with the keyboard (arrow keys move between tabs): the rep's edits are still there.
    await page.getByRole('tab', { name: 'Proposals (manager view)' }).press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Optimal order' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(habitual.nth(0).getByLabel('Quantity', { exact: true }).inputValue()).resolves.toBe('50');
    await page.close();
  });

  it('speaks Spanish, and keeps the rep’s edits when the org refuses the save, showing the org’s message', async () => {
    const page = await openDemo('es');
    await page.evaluate(() => {
      const org = (globalThis as unknown as { fakeOrg: { store: { validationRules: ((type: string) => string | null)[] } } }).fakeOrg;
      org.store.validationRules.push((type) => (type === 'Opportunity' ? 'Las oportunidades están cerradas este mes' : null));
    });
    await pickAccount(page, '12347');
    await expect(page.getByRole('heading', { name: /Artículos habituales/ }).count()).resolves.toBe(1);
    const line = page.locator('tr.oo-line').first();
    await line.getByLabel('Cantidad', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Aceptar y crear la oportunidad' }).click();
    await page.getByRole('alert').filter({ hasText: 'Las oportunidades están cerradas este mes' }).waitFor();
    await expect(line.getByLabel('Cantidad', { exact: true }).inputValue()).resolves.toBe('7');
    await page.screenshot({ path: `${shots}07-refused-es.png` });
    await page.close();
  });

  it('proposes an opening order to an account with no order yet, and says why', async () => {
    const page = await openDemo();
    await page.evaluate(() => {
      const { store } = (globalThis as unknown as { fakeOrg: { store: { create(o: string, v: object): unknown } } }).fakeOrg;
      store.create('Account', { Name: 'Customer NEW1', AccountNumber: 'NEW1', BillingCountry: 'Spain' });
    });
    await pickAccount(page, 'NEW1');
    await page.getByRole('note').filter({ hasText: 'A new customer' }).waitFor();
    const lines = page.locator('tr.oo-line');
    expect(await lines.count()).toBeGreaterThan(0);
    await expect(lines.first().locator('.oo-reason').textContent()).resolves.toMatch(/^popular with customers: [\d,]+ customers ordered it in/);
    await expect.poll(() => page.locator('#oo-proposal-text').inputValue()).toContain('here is a first order we propose');
    await page.screenshot({ path: `${shots}08-new-customer.png`, fullPage: true });
    await page.close();
  });
});
