/**
 * The manager view's impact in a real Chromium, on the demo: the fake org is given a month of
 * proposals with outcomes by two reps (one named like a spreadsheet formula), comparison-group
 * visits, and extra orders for treated and control accounts; the manager view shows the outcomes,
 * the conversion, the sections, the per-rep table, the trend (chart and table), the uplift with
 * its interval and verdict, a proposal's lines, and exports a CSV whose content is checked. At
 * 400 px nothing scrolls sideways; axe-core finds nothing. Screenshots go to test/artifacts/widget/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { controlGroup } from '../../engine/index.js';
import { axeViolations, resize, SHOTS as shots, sidewaysScroll } from './pageChecks.js';
import { useDemoInChromium } from './useDemoInChromium.js';

const SHARE = 0.4;
const demo = useDemoInChromium();

/** One seeded proposal: its account, month day, rep, status, and lines [section, ordered value or null]. */
interface Seeded {
  account: string;
  day: string;
  rep: 'first' | 'evil';
  status: string;
  lines: [string, number | null][];
}

/**
 * Seeds the demo's fake org in the page (as its system): the control share, two reps (the second
 * named `=Evil Rep`, with the first as manager), the proposals with lines and outcome fields dated
 * their day, comparison-group visits, and an extra order for each account in `extra`.
 */
function seed(page: Page, proposals: Seeded[], control: string[], extra: { account: string; value: number }[], share: number) {
  return page.evaluate(
    ({ proposals, control, extra, share }) => {
      type Store = { userId: string; now: () => number; create(o: string, f: Record<string, unknown>, x?: unknown): { Id: string }; update(o: string, id: string, f: Record<string, unknown>): unknown; records(o: string): Iterable<Record<string, unknown>> };
      const org = (globalThis as unknown as { fakeOrg: { store: Store; runAs(name: string): string } }).fakeOrg;
      const { store } = org;
      const admin = store.userId;
      const clock = store.now;
      const setting = [...store.records('OO_EngineSetting__mdt')][0]!;
      store.update('OO_EngineSetting__mdt', String(setting.Id), { OO_ControlShare__c: share });
      const product = [...store.records('Product2')][0]!;
      const entry = [...store.records('PricebookEntry')].find((e) => e.Product2Id === product.Id)!;
      const pricebook = String(entry.Pricebook2Id);
      const reps = { first: org.runAs('Fiona First'), evil: org.runAs('=Evil Rep') };
      store.userId = admin;
      store.update('User', reps.evil, { ManagerId: reps.first });
      let n = 0;
      for (const p of proposals) {
        (store as unknown as { now: () => number }).now = () => Date.parse(`${p.day}T10:00:00Z`);
        store.userId = reps[p.rep];
        const log = store.create('OO_Proposal__c', { OO_ExternalId__c: `impact-test-${n++}`, OO_Account__c: p.account, OO_Status__c: p.status, OO_ProposedValue__c: p.lines.length * 20, OO_AcceptedValue__c: p.status === 'accepted' ? p.lines.length * 20 : 0 });
        for (const [kind, value] of p.lines) {
          store.create('OO_ProposalLine__c', { OO_Proposal__c: log.Id, OO_Product__c: product.Id, OO_Kind__c: kind, OO_Outcome__c: 'accepted', OO_ProposedQuantity__c: 2, OO_Quantity__c: 2, OO_ProposedPrice__c: 10, OO_Price__c: 10, OO_Probability__c: 50, OO_Ordered__c: value !== null, OO_OrderedQuantity__c: value === null ? 0 : 2, OO_OrderedValue__c: value ?? 0 });
        }
      }
      store.userId = admin;
      for (const account of control) {
        (store as unknown as { now: () => number }).now = () => Date.parse('2011-08-10T10:00:00Z');
        store.create('OO_Proposal__c', { OO_ExternalId__c: `control-test-${account}`, OO_Account__c: account, OO_Status__c: 'control', OO_ProposedValue__c: 0, OO_AcceptedValue__c: 0 });
      }
      (store as unknown as { now: () => number }).now = clock;
      for (const { account, value } of extra) {
        const order = store.create('Order', { AccountId: account, Pricebook2Id: pricebook, EffectiveDate: '2011-08-20', Status: 'Activated', Name: `extra-${account}` });
        store.create('OrderItem', { OrderId: order.Id, Product2Id: product.Id, PricebookEntryId: entry.Id, Quantity: 1, UnitPrice: value });
      }
      return reps;
    },
    { proposals, control, extra, share },
  );
}

describe('the manager view’s impact in Chromium', () => {
  it('shows outcomes, conversion, sections, the reps, the trend, the uplift with its interval, a proposal’s lines, and exports the CSV; fits 400 px; axe passes', async () => {
    const { page, errors } = await demo.open({ acceptDownloads: true });
    const accounts = await page.evaluate(() => [...(globalThis as unknown as { fakeOrg: { store: { records(o: string): Iterable<Record<string, unknown>> } } }).fakeOrg.store.records('Account')].map((a) => String(a.Id)));
    // August's groups as the worker draws them: the treated get proposals, the control ones a logged visit; a few of each order more.
    const treated = accounts.filter((id) => !controlGroup(id, '2011-08', SHARE));
    const control = accounts.filter((id) => controlGroup(id, '2011-08', SHARE));
    const proposals: Seeded[] = [
      { account: treated[0]!, day: '2011-07-12', rep: 'first', status: 'accepted', lines: [['habitual', 20], ['habitual', null], ['extension', 15]] },
      { account: treated[1]!, day: '2011-08-03', rep: 'first', status: 'declined', lines: [['habitual', null], ['development', null]] },
      { account: treated[2]!, day: '2011-08-04', rep: 'evil', status: 'accepted', lines: [['habitual', 30], ['development', 12.5], ['extension', null]] },
      { account: treated[3]!, day: '2011-08-05', rep: 'evil', status: 'not-reached', lines: [['habitual', null], ['habitual', null]] },
      { account: treated[4]!, day: '2011-08-06', rep: 'evil', status: 'call-back', lines: [] },
    ];
    const extra = [...treated.slice(0, 30).map((account) => ({ account, value: 60 })), ...control.slice(0, 10).map((account) => ({ account, value: 10 }))];
    await seed(page, proposals, control.slice(0, 5), extra, SHARE);

    await page.getByRole('tab', { name: 'Proposals (manager view)' }).click();
    const impact = page.getByTestId('impact');
    await impact.getByTestId('impact-proposal-count').waitFor({ timeout: 60_000 });
    await expect(impact.getByTestId('impact-proposal-count').textContent()).resolves.toBe('5');
    await expect(impact.getByTestId('impact-outcomes').textContent()).resolves.toBe('accepted: 2 · declined: 1 · not reached: 1 · call back: 1');
    // 4 of the 10 proposed lines were ordered, for £77.50.
    await expect(impact.getByTestId('impact-conversion').textContent()).resolves.toBe('40%');
    await expect(impact.getByTestId('impact-captured').textContent()).resolves.toBe('£77.50');
    await expect(impact.locator('[data-section="habitual"]').textContent()).resolves.toContain('2 / 6');
    await expect(impact.locator('[data-section="extension"]').textContent()).resolves.toContain('1 / 2');
    // The reps side by side: the one with more captured first.
    const reps = impact.getByTestId('impact-rep');
    await expect(reps.count()).resolves.toBe(2);
    await expect(reps.nth(0).textContent()).resolves.toContain('=Evil Rep');
    // The trend: a chart with a description, and its table (July, August).
    await expect(impact.getByTestId('impact-trend').getAttribute('aria-describedby')).resolves.toBe('oo-trend-description');
    await expect(impact.getByTestId('impact-trend-table').locator('tbody tr').allTextContents()).resolves.toEqual(['2011-07£35.0066.7%', '2011-08£42.5028.6%']);
    // The uplift of August (its comparison group was on), with its interval and the verdict.
    const uplift = impact.getByTestId('impact-uplift');
    await expect(uplift.getByTestId('uplift-estimate').textContent()).resolves.toMatch(/^[+-]?\d+(\.\d)?% \[[+-−]?\d+(\.\d)?%, [+-]?\d+(\.\d)?%\]$/);
    await expect(uplift.getByTestId('uplift-verdict').textContent()).resolves.toMatch(/difference is real|not yet significant|no difference/i);
    await expect(uplift.getByTestId('uplift-figures').textContent()).resolves.toMatch(/^[\d,]+ treated and [\d,]+ comparison accounts .*2011-08$/);
    // A team: the second rep's manager is the first rep.
    await impact.locator('#oo-impact-team').selectOption({ label: 'Fiona First' });
    await expect.poll(() => impact.getByTestId('impact-proposal-count').textContent()).toBe('3');
    await impact.locator('#oo-impact-team').selectOption('');
    await expect.poll(() => impact.getByTestId('impact-proposal-count').textContent()).toBe('5');
    // Drill into the newest proposal: its lines.
    await impact.getByTestId('impact-proposal').first().getByRole('button', { name: 'Lines' }).click();
    await expect(impact.getByTestId('impact-lines').locator('tbody tr').count()).resolves.toBe(0); // the call-back proposal has no lines
    await impact.getByTestId('impact-proposal').nth(2).getByRole('button', { name: 'Lines' }).click();
    await expect(impact.getByTestId('impact-lines').locator('tbody tr').count()).resolves.toBe(3);
    await page.screenshot({ path: `${shots}impact-1280.png`, fullPage: true });
    const violations = await axeViolations(page, 'impact 1280');

    // The CSV: a row per month and per rep, the formula-like name made text, the uplift last.
    const [download] = await Promise.all([page.waitForEvent('download'), impact.getByTestId('impact-export').click()]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(download.suggestedFilename()).toBe('optimal-order-impact-2011-04-2011-09.csv');
    expect(csv[0]).toMatch(/^table,month,rep,proposals,accepted,declined,not_reached,call_back,lines,lines_ordered,conversion,/);
    expect(csv.filter((l) => l.startsWith('month,')).map((l) => l.split(',').slice(0, 4).join(','))).toEqual(['month,2011-07,,1', 'month,2011-08,,4']);
    expect(csv).toContain(csv.find((l) => l.startsWith("rep,,'=Evil Rep,3,1,0,1,1,5,2,0.4,")));
    expect(csv.some((l) => l.startsWith('rep,,Fiona First,2,1,1,0,0,5,2,0.4,'))).toBe(true);
    expect(csv.some((l) => /^uplift,2011-08,,\d+,\d+,/.test(l))).toBe(true);

    // A record-page column: nothing scrolls sideways.
    await resize(page, 400);
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    await page.screenshot({ path: `${shots}impact-400.png`, fullPage: true });
    violations.push(...(await axeViolations(page, 'impact 400')));
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
