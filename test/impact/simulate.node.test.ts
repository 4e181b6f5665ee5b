/**
 * The loop on the shared Online Retail file (../shared/data, never copied into the repo): a planted
 * uplift comes back inside the 95 % interval about 95 % of the time over seeds (the seed re-draws
 * the control groups, the rep's outcomes and the planted orders). Two months and a quarter of the
 * accounts (by a stable hash of their id) keep it quick; the model is fitted once per month and
 * shared by the seeds (the fit does not depend on the seed). The full figures are in the README.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { SHARED_ORDERS } from '../../cli/sharedData.js';
import { habitualModel, simulateImpact, stableFraction, type FittedModel, type Model, type OrderHistory } from '../../engine/index.js';

let history: OrderHistory;
const fits = new Map<number, FittedModel>();
const model: Model = {
  name: 'habitual, fitted once per month',
  fit: (h, asOf) => fits.get(asOf) ?? fits.set(asOf, habitualModel().fit(h, asOf)).get(asOf)!,
};

beforeAll(async () => {
  ({ history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' }));
}, 120_000);

const run = (plantedUplift: number, seed: number) =>
  simulateImpact(history, { model, start: Date.UTC(2011, 6, 1), months: 2, k: 10, controlShare: 0.3, plantedUplift, seed, customers: (id) => stableFraction(id) < 0.25 });

describe('simulate on the shared data', () => {
  it('draws about the control share, proposes to the treated and logs feedback for the next month', () => {
    const r = run(0.1, 1);
    const [july, august] = r.months;
    expect(july!.control / (july!.control + july!.treated)).toBeCloseTo(0.3, 1);
    expect(july!.feedbackRecords).toBe(0);
    expect(august!.feedbackRecords).toBeGreaterThan(july!.treated);
    expect(r.impact.map((row) => row.proposals)).toEqual([july!.treated, august!.treated]);
    expect(r.impact[0]!.linesOrdered).toBeGreaterThan(0);
  }, 120_000);

  it('covers a planted uplift about 95 % of the time over seeds', () => {
    const seeds = 12;
    let covered = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const u = run(0.1, seed).uplift!;
      if (u.ci95[0] <= 0.1 && 0.1 <= u.ci95[1]) covered++;
    }
    // 11 or 12 of 12 expected; 9 or fewer would happen by chance about 2 % of the time at 95 % coverage
    expect(covered).toBeGreaterThanOrEqual(10);
  }, 300_000);

  it('finds no uplift where none is planted', () => {
    const u = run(0, 3).uplift!;
    expect(u.ci95[0]).toBeLessThanOrEqual(0);
    expect(u.ci95[1]).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
