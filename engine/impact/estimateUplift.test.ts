import { describe, expect, it } from 'vitest';
import { estimateUplift, type UpliftUnit } from './estimateUplift.js';
import { mulberry32 as random } from './mulberry32.js';

function normal(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/**
 * Skewed, persistent revenue as in B2B: each account has a lognormal level; the pre-period and the
 * period revenue are that level times independent noise; treated accounts get `effect` more.
 */
function synthetic(n: number, controlShare: number, effect: number, seed: number): UpliftUnit[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const level = Math.exp(1.2 * normal(r));
    const treated = r() >= controlShare;
    const before = level * Math.exp(0.4 * normal(r) - 0.08);
    const revenue = level * Math.exp(0.4 * normal(r) - 0.08) * (treated ? 1 + effect : 1);
    return { accountId: `A${i}`, treated, revenue, covariates: [before], usualRevenue: before };
  });
}

describe('estimateUplift', () => {
  it('gives the exact ratio of means without covariates', () => {
    const units: UpliftUnit[] = [1, 2, 3].flatMap((v, i) => [
      { accountId: `c${i}`, treated: false, revenue: v, covariates: [], usualRevenue: 1 },
      { accountId: `t${i}`, treated: true, revenue: 2 * v, covariates: [], usualRevenue: 1 },
    ]);
    const e = estimateUplift(units)!;
    expect(e.estimate).toBeCloseTo(1, 12);
    // delta method by hand: Var = sT²/(nT·mC²) + mT²·sC²/(nC·mC⁴), population variances, × g/(g−1)
    const varT = (2 * 2 * 2) / 3 / 3; // treated 2, 4, 6: variance 8/3, over nT = 3
    const varC = 2 / 3 / 3;
    const expected = (varT / 4 + (16 * varC) / 16) * (6 / 5);
    expect(e.standardError).toBeCloseTo(Math.sqrt(expected), 12);
  });

  it('sums the influence of one account over its periods (clustered)', () => {
    const once: UpliftUnit[] = [1, 5, 2, 8].map((v, i) => ({ accountId: `a${i}`, treated: i % 2 === 0, revenue: v, covariates: [], usualRevenue: 1 }));
    const twice = [...once, ...once.map((u) => ({ ...u }))];
    // the same accounts seen twice with the same figures carry no more information
    expect(estimateUplift(twice)!.standardError).toBeCloseTo(estimateUplift(once)!.standardError, 12);
  });

  it('recovers a known effect, with a narrower interval than the plain difference', () => {
    const units = synthetic(4000, 0.3, 0.1, 7);
    const e = estimateUplift(units)!;
    const plain = estimateUplift(units.map((u) => ({ ...u, covariates: [] })))!;
    expect(e.ci95[0]).toBeLessThan(0.1);
    expect(e.ci95[1]).toBeGreaterThan(0.1);
    expect(e.varianceExplained).toBeGreaterThan(0.5);
    expect(e.standardError).toBeLessThan(plain.standardError * 0.7);
  });

  it('covers the true effect about 95 % of the time', () => {
    for (const effect of [0, 0.1]) {
      let covered = 0;
      const runs = 200;
      for (let s = 0; s < runs; s++) {
        const e = estimateUplift(synthetic(1000, 0.3, effect, 1000 + s))!;
        if (e.ci95[0] <= effect && effect <= e.ci95[1]) covered++;
      }
      // 95 % ± about 3 binomial standard errors over 200 runs
      expect(covered / runs).toBeGreaterThan(0.9);
      expect(covered / runs).toBeLessThan(0.99);
    }
  });

  it('says how many more units give 80 % power for the effect observed', () => {
    // the first pilot (by seed) whose observed effect is not significant yet and asks for a testable size
    let seed = 11;
    let pilot = estimateUplift(synthetic(4000, 0.3, 0.03, seed))!;
    while (pilot.significant || !(pilot.moreNeeded! > 2000 && pilot.moreNeeded! < 15_000)) pilot = estimateUplift(synthetic(4000, 0.3, 0.03, ++seed))!;
    expect(seed).toBeLessThan(40);
    // at the size it asks for, an effect of the size observed is found about 80 % of the time
    const n = 4000 + pilot.moreNeeded!;
    let found = 0;
    const runs = 100;
    for (let s = 0; s < runs; s++) if (estimateUplift(synthetic(n, 0.3, pilot.estimate, 5000 + s))!.significant) found++;
    expect(found / runs).toBeGreaterThan(0.68);
    expect(found / runs).toBeLessThan(0.92);
  });

  it('balanced: recovers an effect that is the same share for every account, with a narrower interval', () => {
    const units = synthetic(4000, 0.3, 0.1, 7);
    const e = estimateUplift(units, { weighting: 'balanced' })!;
    expect(e.ci95[0]).toBeLessThan(0.1);
    expect(e.ci95[1]).toBeGreaterThan(0.1);
    expect(e.standardError).toBeLessThan(estimateUplift(units)!.standardError);
  });

  it('balanced: weighs each account by its usual revenue, floored', () => {
    const pair = (id: string, size: number, control: number, treated: number): UpliftUnit[] => [
      { accountId: id, treated: false, revenue: control, covariates: [], usualRevenue: size },
      { accountId: id, treated: true, revenue: treated, covariates: [], usualRevenue: size },
    ];
    // a large account without effect, a mid one doubling, three tiny ones without effect
    const units = [...pair('l', 100, 100, 100), ...pair('m', 10, 10, 20), ...pair('t1', 1, 1, 1), ...pair('t2', 1, 1, 1), ...pair('t3', 1, 1, 1)];
    expect(estimateUplift(units)!.estimate).toBeCloseTo(10 / 113, 12);
    // sizes floored at their 75th percentile (10): l counts 1 → 1, m 1 → 2, each tiny one 0.1 → 0.1
    expect(estimateUplift(units, { weighting: 'balanced' })!.estimate).toBeCloseTo(1 / 2.3, 12);
  });

  it('is null without a control group', () => {
    expect(estimateUplift(synthetic(100, 0, 0.1, 1))).toBeNull();
  });
});
