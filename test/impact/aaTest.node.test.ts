/**
 * An A/A test on the shared Online Retail file (../shared/data, never copied into the repo): with
 * nothing planted, a treated account's revenue is its real revenue, so over many draws of the
 * control group (one per salt) the uplift's 95 % interval must contain 0 about 95 % of the time and
 * its standard error must match the spread of the estimates. No model is fitted: quick.
 * Measured over 300 salts (Mar–Aug 2011, share 0.3, 15,035 account-months): balanced 95.3 %
 * coverage, spread 0.0412 against a mean standard error of 0.0416; revenue-weighted 95.0 %.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { SHARED_ORDERS } from '../../cli/sharedData.js';
import { addMonths, controlGroup, estimateUplift, periodOf, preperiodCovariates, revenueBetween, sliceHistory, type UpliftUnit } from '../../engine/index.js';

interface Base {
  id: string;
  period: string;
  revenue: number;
  covariates: number[];
}

const base: Base[] = [];

beforeAll(async () => {
  const { history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' });
  for (let m = 0; m < 6; m++) {
    const start = addMonths(Date.UTC(2011, 2, 1), m);
    const past = sliceHistory(history, { before: start });
    for (let c = 0; c < history.customerIds.length; c++) {
      if (past.basketStart[c + 1] === past.basketStart[c]) continue;
      base.push({ id: history.customerIds[c]!, period: periodOf(start), revenue: revenueBetween(history, c, start, addMonths(start, 1)), covariates: preperiodCovariates(history, c, start) });
    }
  }
}, 120_000);

describe('the uplift on the shared data, nothing planted (A/A)', () => {
  it('contains 0 about 95 % of the time over draws, its standard error matching the spread', () => {
    const draws = 100;
    const estimates: number[] = [];
    const errors: number[] = [];
    let covered = 0;
    for (let salt = 1; salt <= draws; salt++) {
      const units: UpliftUnit[] = base.map((b) => ({ accountId: b.id, treated: !controlGroup(b.id, b.period, 0.3, `aa${salt}`), revenue: b.revenue, covariates: b.covariates, usualRevenue: b.covariates[2]! / 6 }));
      const u = estimateUplift(units, { weighting: 'balanced' })!;
      estimates.push(u.estimate);
      errors.push(u.standardError);
      if (u.ci95[0] <= 0 && 0 <= u.ci95[1]) covered++;
    }
    // 95 of 100 expected; 90 or fewer happens by chance about 2 % of the time
    expect(covered).toBeGreaterThanOrEqual(91);
    const mean = estimates.reduce((a, b) => a + b) / draws;
    const spread = Math.sqrt(estimates.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws - 1));
    const meanError = errors.reduce((a, b) => a + b) / draws;
    // the spread of 100 estimates is known to about ±15 %
    expect(spread / meanError).toBeGreaterThan(0.75);
    expect(spread / meanError).toBeLessThan(1.3);
    expect(Math.abs(mean)).toBeLessThan(3 * (spread / Math.sqrt(draws)));
  }, 120_000);
});
