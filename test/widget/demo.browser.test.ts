/**
 * The demo in a real Chromium: pick a customer, see its optimal order, edit a quantity, remove a
 * line with a reason, accept, and find the Opportunity, its line items and the proposal log in the
 * fake org; reopen it (accepted today); decline another with a reason; in a record-page column (400
 * and 600 px) nothing scrolls sideways; Spanish decimals; axe-core finds nothing in each state.
 * Each step leaves a screenshot in test/artifacts/widget/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, resize, SHOTS as shots, sidewaysScroll } from './pageChecks.js';
import { useDemoInChromium } from './useDemoInChromium.js';

const demo = useDemoInChromium();

/** The fake org's records, read in the page as an admin would query them. */
function query(page: Page, soql: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (q) => {
    // A session the page's org issues, as an admin's own session would be.
    const token = (globalThis as unknown as { fakeOrg: { issueSession(): string } }).fakeOrg.issueSession();
    const r = await fetch(`/services/data/v62.0/query?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${token}` } });
    return ((await r.json()) as { records: Record<string, unknown>[] }).records;
  }, soql);
}

/** The text of the element that has the focus (its accessible name when it has one). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return e ? (e.getAttribute('aria-label') ?? e.textContent ?? '').trim() : '';
  });
}

/** A new tab on the demo in `lang`, `width` px wide, that loaded without a page error. */
async function openDemo(lang = 'en', width = 1280): Promise<Page> {
  const { page, errors } = await demo.open({ lang, width });
  expect(errors).toEqual([]);
  return page;
}

async function pickAccount(page: Page, number: string) {
  await page.fill('#oo-account-search', number);
  await page.getByRole('button', { name: new RegExp(`Customer ${number}`) }).click();
  await page.getByTestId('order-total').waitFor({ timeout: 30_000 });
}

describe('the demo in Chromium', () => {
  it('shows an account’s optimal order; the rep edits, removes with a reason, accepts; the org holds the result; reopened, it shows that proposal', async () => {
    const page = await openDemo();
    const violations: string[] = [];
    // Every product has a unit cost in the demo org (seedDemoExamples): the margin shows.
    await page.screenshot({ path: `${shots}01-picker.png` });
    violations.push(...(await axeViolations(page, 'picker')));

    // The header appears before the order does, with a skeleton for the lines (a slow org makes it visible).
    await page.evaluate(() => void ((globalThis as unknown as { fakeOrg: { faults: { latencyMs?: number } } }).fakeOrg.faults.latencyMs = 800));
    await page.fill('#oo-account-search', '12347');
    await page.getByRole('button', { name: /Customer 12347/ }).click();
    await page.getByTestId('skeleton').waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Customer 12347' }).isVisible()).resolves.toBe(true);
    await page.evaluate(() => void ((globalThis as unknown as { fakeOrg: { faults: { latencyMs?: number } } }).fakeOrg.faults.latencyMs = 0));
    await page.getByTestId('order-total').waitFor({ timeout: 30_000 });

    const habitual = page.locator('section', { has: page.getByRole('heading', { name: /Habitual items/ }) }).locator('tr.oo-line');
    expect(await habitual.count()).toBeGreaterThan(3);
    await expect(page.getByTestId('segment').textContent()).resolves.toMatch(/orders every ~\d+/);
    await expect(page.getByTestId('coverage').textContent()).resolves.toMatch(/^The proposal covers \d+% of the usual £[\d,.]+$/);
    // Product cells are row headers; inputs are named with their product.
    const firstName = (await habitual.nth(0).getByRole('rowheader').locator('.oo-product-name').textContent())!;
    await expect(habitual.nth(0).getByRole('textbox', { name: `Quantity of ${firstName}` }).count()).resolves.toBe(1);
    await page.screenshot({ path: `${shots}02-order.png`, fullPage: true });
    violations.push(...(await axeViolations(page, 'order')));

    // Edit the first line's quantity: its total and the order total follow.
    const first = habitual.nth(0);
    const firstProduct = (await first.getAttribute('data-product'))!;
    const totalBefore = await page.getByTestId('order-total').textContent();
    const marginBefore = await page.getByTestId('order-margin').textContent();
    expect(marginBefore).toMatch(/^Margin: £[\d,.]+ \(\d+(\.\d)?%\)$/);
    await first.getByRole('textbox', { name: /^Quantity of / }).fill('50');
    await expect.poll(() => page.getByTestId('order-total').textContent()).not.toBe(totalBefore);
    expect(await page.getByTestId('order-margin').textContent()).not.toBe(marginBefore);
    // A price moved more than 30 % is warned (not blocked); back to normal, the warning goes.
    const price = first.getByRole('textbox', { name: /^Unit price of / });
    const proposedPrice = await price.inputValue();
    await price.fill(String(Number(proposedPrice) * 2));
    await expect(first.getByTestId('price-warning').textContent()).resolves.toMatch(/^This price is 100% above the proposed £/);
    await price.fill(proposedPrice);
    await expect(first.getByTestId('price-warning').count()).resolves.toBe(0);
    await page.screenshot({ path: `${shots}03-edited.png` });

    // Remove the second line, saying why: the focus goes to the reason, then to Restore; Restore gives it back to the quantity.
    const second = habitual.nth(1);
    const removedProduct = (await second.getAttribute('data-product'))!;
    await second.getByRole('button', { name: /^Remove / }).click();
    await expect.poll(() => focused(page)).toMatch(/^Why remove /);
    violations.push(...(await axeViolations(page, 'removing')));
    await page.getByRole('combobox', { name: /^Why remove / }).selectOption('too-expensive');
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    const removedRow = page.locator(`tr.oo-line_removed[data-product="${removedProduct}"]`);
    await expect(removedRow.textContent()).resolves.toContain('Removed: Too expensive');
    await expect.poll(() => focused(page)).toMatch(/^Restore: /);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^Quantity of /);
    await page.locator(`tr.oo-line[data-product="${removedProduct}"]`).getByRole('button', { name: /^Remove / }).click();
    await page.getByRole('combobox', { name: /^Why remove / }).selectOption('too-expensive');
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.screenshot({ path: `${shots}04-removed.png` });
    violations.push(...(await axeViolations(page, 'removed')));

    // Add a product from the price book.
    await page.fill('#oo-add-product', 'doormat');
    await page.getByRole('list', { name: 'Add a product' }).getByRole('button').first().click();
    const added = page.locator('section', { has: page.getByRole('heading', { name: /Added by you/ }) }).locator('tr.oo-line');
    await added.first().waitFor();
    const addedProduct = (await added.first().getAttribute('data-product'))!;

    // Accept, clicking twice: one Opportunity; the focus moves to what happened; the lines are locked.
    const accept = page.getByRole('button', { name: 'Accept and create the opportunity' });
    await accept.dblclick();
    await page.getByTestId('saved').waitFor();
    await expect.poll(() => focused(page)).toMatch(/^Opportunity created\. Accepted: the lines are locked\./);
    await expect(page.getByRole('textbox', { name: /^Quantity of / }).count()).resolves.toBe(0);
    await expect(accept.count()).resolves.toBe(0);
    await page.screenshot({ path: `${shots}05-accepted.png` });
    violations.push(...(await axeViolations(page, 'accepted')));
    const opportunityId = (await page.getByTestId('saved').locator('a').getAttribute('data-opportunity'))!;
    expect(opportunityId).toMatch(/^006/);

    const opportunities = await query(page, 'SELECT Id, Name, StageName FROM Opportunity');
    expect(opportunities.map((o) => o.Id)).toEqual([opportunityId]);
    expect(opportunities[0]!.Name).toContain('Customer 12347');
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

    // Reopened the same day (another account, then this one): that proposal, who accepted it and its Opportunity; nothing to accept again.
    await pickAccount(page, '12348');
    await pickAccount(page, '12347');
    const accepted = page.getByTestId('accepted-today');
    await accepted.waitFor();
    await expect(accepted.textContent()).resolves.toMatch(/^Accepted today by Demo Rep\./);
    await expect(accepted.locator('a').getAttribute('data-opportunity')).resolves.toBe(opportunityId);
    await expect(page.getByRole('button', { name: 'Accept and create the opportunity' }).count()).resolves.toBe(0);
    await expect(page.getByRole('textbox', { name: /^Quantity of / }).count()).resolves.toBe(0);
    await page.screenshot({ path: `${shots}06-reopened.png` });
    violations.push(...(await axeViolations(page, 'reopened')));

    // The manager view shows the proposal: accepted, its value, the reason the line was removed.
    await page.getByRole('tab', { name: 'Proposals (manager view)' }).click();
    await page.getByTestId('logged-proposal').first().waitFor();
    expect(await page.getByTestId('logged-proposal').count()).toBe(1);
    await expect(page.getByTestId('kpi-acceptance').textContent()).resolves.toBe('100%');
    await expect(page.getByTestId('reasons').textContent()).resolves.toBe('Too expensive: 1');
    expect(await page.getByTestId('logged-proposal').textContent()).toContain('Customer 12347');
    // One clock: the log is dated the demo's day, inside the default dates.
    await expect(page.locator('#oo-to').inputValue()).resolves.toBe('2011-09-01');
    expect(await page.getByTestId('logged-proposal').textContent()).toContain('September 1, 2011');
    await page.screenshot({ path: `${shots}07-manager.png`, fullPage: true });
    violations.push(...(await axeViolations(page, 'manager')));
    // Back on the order with the keyboard (arrow keys move between tabs, wrapping: order, guided selling, manager view).
    await page.getByRole('tab', { name: 'Proposals (manager view)' }).press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Optimal order' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('fits a record-page column at 400 and 600 px; the rep declines with a reason (logged, no Opportunity)', async () => {
    const page = await openDemo('en', 400);
    const violations: string[] = [];
    await pickAccount(page, '15061');
    expect(await sidewaysScroll(page)).toBe(0);
    // The win-back offer shows with its reason; the footer (total, Accept) is in view without scrolling.
    await expect(page.getByTestId('offer').textContent()).resolves.toMatch(/win-back.*to win the customer back/);
    const footer = await page.getByRole('region', { name: 'Order total and actions' }).boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(900);
    expect(footer!.x + footer!.width).toBeLessThanOrEqual(400);
    await page.screenshot({ path: `${shots}10-column-400.png` });
    violations.push(...(await axeViolations(page, 'order at 400 px')));
    // Every product ever bought, behind a toggle; one click adds one to the order.
    await page.getByTestId('show-all').click();
    const other = page.locator('tr.oo-other');
    expect(await other.count()).toBeGreaterThan(5);
    expect(await sidewaysScroll(page)).toBe(0);
    violations.push(...(await axeViolations(page, 'every product ever bought')));
    const otherProduct = (await other.first().getAttribute('data-product'))!;
    await other.first().getByRole('button', { name: /^Add .* to the order$/ }).click();
    await page.locator('section', { has: page.getByRole('heading', { name: /Added by you/ }) }).locator(`tr.oo-line[data-product="${otherProduct}"]`).waitFor();
    await page.getByTestId('show-all').click();
    // The removal reason fits too.
    await page.locator('tr.oo-line').first().getByRole('button', { name: /^Remove / }).click();
    expect(await sidewaysScroll(page)).toBe(0);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => focused(page)).toMatch(/^Remove /);

    // No order: declined needs a reason.
    await page.getByRole('button', { name: 'No order…' }).click();
    await page.getByRole('radio', { name: 'Declined by the customer' }).check();
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByRole('alert').filter({ hasText: 'Say why the customer declined.' }).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    violations.push(...(await axeViolations(page, 'declining')));
    await page.getByRole('combobox', { name: 'Why the customer declined' }).selectOption('competitor');
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByTestId('ended').waitFor();
    await expect.poll(() => focused(page)).toBe('Logged: declined (Buys from a competitor). No opportunity was created.');
    await expect(page.getByRole('button', { name: 'Accept and create the opportunity' }).count()).resolves.toBe(0);
    violations.push(...(await axeViolations(page, 'declined')));
    const logged = await query(page, 'SELECT OO_Status__c, OO_RejectionReason__c, OO_Opportunity__c FROM OO_Proposal__c');
    expect(logged).toEqual([expect.objectContaining({ OO_Status__c: 'declined', OO_RejectionReason__c: 'competitor', OO_Opportunity__c: null })]);
    expect(await query(page, 'SELECT Id FROM Opportunity')).toEqual([]);

    await resize(page, 600);
    expect(await sidewaysScroll(page)).toBe(0);
    await page.screenshot({ path: `${shots}11-column-600.png` });
    await resize(page, 1280);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}12-wide-1280.png` });
    // The manager counts it: 0 % accepted, 1 declined.
    await page.getByRole('tab', { name: 'Proposals (manager view)' }).click();
    await page.getByTestId('logged-proposal').first().waitFor();
    await expect(page.getByTestId('kpi-acceptance').textContent()).resolves.toBe('0%');
    await expect(page.getByTestId('kpi-statuses').textContent()).resolves.toContain('declined: 1');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('speaks Spanish: "11,5" is 11.5; keeps the rep’s edits when the org refuses the save, showing the org’s message', async () => {
    const page = await openDemo('es', 400);
    await page.evaluate(() => {
      const org = (globalThis as unknown as { fakeOrg: { store: { validationRules: ((type: string) => string | null)[] } } }).fakeOrg;
      org.store.validationRules.push((type) => (type === 'Opportunity' ? 'Las oportunidades están cerradas este mes' : null));
    });
    await pickAccount(page, '12347');
    await expect(page.getByRole('heading', { name: /Artículos habituales/ }).count()).resolves.toBe(1);
    await expect(page.getByTestId('segment').locator('.oo-segment').textContent()).resolves.toBe('activo');
    const line = page.locator('tr.oo-line').first();
    await line.getByRole('textbox', { name: /^Cantidad de / }).fill('7');
    await line.getByRole('textbox', { name: /^Precio unitario de / }).fill('11,5');
    // 7 × 11.5 = 80.50, written the Spanish way (never 7 × 115).
    await expect(line.locator('.oo-total').textContent()).resolves.toMatch(/^80,50\s(GBP|£)$/);
    await expect(page.getByText(/^\d+ líneas?$|\(\d+ líneas?\)/).count()).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Aceptar y crear la oportunidad' }).click();
    await page.getByRole('alert').filter({ hasText: 'Las oportunidades están cerradas este mes' }).waitFor();
    await expect(line.getByRole('textbox', { name: /^Cantidad de / }).inputValue()).resolves.toBe('7');
    await expect(line.getByRole('textbox', { name: /^Precio unitario de / }).inputValue()).resolves.toBe('11,5');
    await page.screenshot({ path: `${shots}13-refused-es-400.png` });
    expect(await axeViolations(page, 'refused, Spanish')).toEqual([]);
    await page.close();
  });

  it('proposes an opening order to an account with no order yet, and says why', async () => {
    const page = await openDemo();
    await page.evaluate(() => {
      const { store } = (globalThis as unknown as { fakeOrg: { store: { create(o: string, v: object): unknown } } }).fakeOrg;
      store.create('Account', { Name: 'Customer NEW1', AccountNumber: 'NEW1', BillingCountry: 'Spain' });
    });
    await pickAccount(page, 'NEW1');
    await page.getByRole('heading', { name: 'A new customer', exact: true }).waitFor();
    const lines = page.locator('tr.oo-line');
    expect(await lines.count()).toBeGreaterThan(0);
    await expect(lines.first().locator('.oo-reason').textContent()).resolves.toMatch(/^popular with customers: [\d,]+ customers ordered it in/);
    await expect.poll(() => page.locator('#oo-proposal-text').inputValue()).toContain('here is a first order we propose');
    await page.screenshot({ path: `${shots}08-new-customer.png`, fullPage: true });
    await page.close();
  });
});
