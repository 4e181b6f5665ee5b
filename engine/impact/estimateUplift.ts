import { solveLinear } from './solveLinear.js';

/** One account in one period: its group, its revenue in the period, and what it bought before it. */
export interface UpliftUnit {
  accountId: string;
  /** False for the period's control group. */
  treated: boolean;
  /** Revenue in the period. */
  revenue: number;
  /** Pre-period figures (e.g. revenue in the month, quarter and half-year before): known before the draw. */
  covariates: readonly number[];
  /** The account's usual revenue per period before this one (e.g. the mean of the last six months): its size. */
  usualRevenue: number;
}

/** Options of `estimateUplift`. */
export interface UpliftOptions {
  /**
   * `revenue` (default): the uplift of revenue per account, every unit of revenue alike, so the few
   * largest accounts weigh most. `balanced`: each unit's revenue and covariates divided by its
   * usual revenue (floored at the 75th percentile of the positive ones, so small and new accounts
   * do not weigh more than a typical active one): every account's relative change counts alike.
   * The two agree when the effect is the same share for every account; `balanced` is far less
   * noisy on skewed revenue.
   */
  weighting?: 'revenue' | 'balanced';
}

/** The percentile of positive usual revenues below which a unit's size is floored, in `balanced`. */
const SIZE_FLOOR_PERCENTILE = 0.75;

/** The uplift of revenue per account, treated against control, with its 95 % interval. */
export interface UpliftEstimate {
  /** Relative uplift: adjusted mean revenue of treated over control, minus 1 (0.062 = +6.2 %). */
  estimate: number;
  ci95: [number, number];
  standardError: number;
  /** Units (account-periods) in each group. */
  treated: number;
  control: number;
  /** Adjusted mean revenue per unit of each group. */
  meanTreated: number;
  meanControl: number;
  /** The plain difference of means, before adjustment, for comparison. */
  unadjusted: number;
  /** Share of the revenue's variance the pre-period covariates explain (what the adjustment removes). */
  varianceExplained: number;
  /** Whether the interval excludes 0. */
  significant: boolean;
  /**
   * Units more needed for an effect of the observed size to be significant with 80 % power,
   * from the observed variance; 0 when already significant, null when the effect observed is 0.
   */
  moreNeeded: number | null;
}

/** Two-sided 95 % and 80 % power normal quantiles. */
const Z95 = 1.959964;
const Z80 = 0.841621;

/**
 * The relative uplift of revenue per account, treated against control, with regression adjustment
 * (CUPED): each unit's revenue less β·(covariates − their mean), β fitted by least squares over all
 * units. Assignment is random and covariates predate it, so the estimate stays unbiased while the
 * skew and persistence of revenue per account no longer swamp it. The 95 % interval is the delta
 * method's for a ratio of means, with the variance summed by account (cluster-robust), since one
 * account appears in several periods. Null without units in both groups or a control mean ≤ 0.
 * See `UpliftOptions.weighting` for what "per account" weighs.
 */
export function estimateUplift(input: readonly UpliftUnit[], options: UpliftOptions = {}): UpliftEstimate | null {
  const units = options.weighting === 'balanced' ? balanced(input) : input;
  const treated = units.filter((u) => u.treated).length;
  const control = units.length - treated;
  if (treated === 0 || control === 0) return null;
  const { adjusted, varianceExplained } = adjustForCovariates(units);
  const mT = mean(adjusted, units, true);
  const mC = mean(adjusted, units, false);
  if (!(mC > 0)) return null;
  const estimate = mT / mC - 1;
  const standardError = Math.sqrt(clusteredRatioVariance(units, adjusted, mT, mC, treated, control));
  const significant = Math.abs(estimate) > Z95 * standardError;
  const rawT = mean(units.map((u) => u.revenue), units, true);
  const rawC = mean(units.map((u) => u.revenue), units, false);
  return {
    estimate,
    ci95: [estimate - Z95 * standardError, estimate + Z95 * standardError],
    standardError,
    treated,
    control,
    meanTreated: mT,
    meanControl: mC,
    unadjusted: rawC > 0 ? rawT / rawC - 1 : Number.NaN,
    varianceExplained,
    significant,
    moreNeeded: moreNeeded(estimate, standardError, units.length, significant),
  };
}

/** Revenue adjusted by the pooled least-squares fit on the centred covariates. */
function adjustForCovariates(units: readonly UpliftUnit[]): { adjusted: number[]; varianceExplained: number } {
  const p = units[0]!.covariates.length;
  const n = units.length;
  const meanX = Array.from({ length: p }, (_, j) => units.reduce((s, u) => s + u.covariates[j]!, 0) / n);
  const meanY = units.reduce((s, u) => s + u.revenue, 0) / n;
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (const u of units) {
    const y = u.revenue - meanY;
    for (let j = 0; j < p; j++) {
      const xj = u.covariates[j]! - meanX[j]!;
      xty[j]! += xj * y;
      for (let k = 0; k < p; k++) xtx[j]![k]! += xj * (u.covariates[k]! - meanX[k]!);
    }
  }
  const beta = p ? solveLinear(xtx, xty) : [];
  let before = 0;
  let after = 0;
  const adjusted = units.map((u) => {
    let fit = 0;
    for (let j = 0; j < p; j++) fit += beta[j]! * (u.covariates[j]! - meanX[j]!);
    before += (u.revenue - meanY) ** 2;
    after += (u.revenue - meanY - fit) ** 2;
    return u.revenue - fit;
  });
  return { adjusted, varianceExplained: before > 0 ? 1 - after / before : 0 };
}

function mean(values: readonly number[], units: readonly UpliftUnit[], treated: boolean): number {
  let sum = 0;
  let n = 0;
  units.forEach((u, i) => {
    if (u.treated !== treated) return;
    sum += values[i]!;
    n++;
  });
  return sum / n;
}

/** Var(mT/mC) by the delta method, each unit's influence summed within its account first. */
function clusteredRatioVariance(units: readonly UpliftUnit[], y: readonly number[], mT: number, mC: number, nT: number, nC: number): number {
  const byAccount = new Map<string, number>();
  units.forEach((u, i) => {
    const influence = u.treated ? (y[i]! - mT) / nT / mC : (-(y[i]! - mC) / nC) * (mT / (mC * mC));
    byAccount.set(u.accountId, (byAccount.get(u.accountId) ?? 0) + influence);
  });
  let variance = 0;
  for (const v of byAccount.values()) variance += v * v;
  const g = byAccount.size;
  return g > 1 ? (variance * g) / (g - 1) : variance;
}

/** Units more for |estimate| = (z95 + z80)·SE, the standard error shrinking as 1/√n. */
function moreNeeded(estimate: number, standardError: number, n: number, significant: boolean): number | null {
  if (significant) return 0;
  if (estimate === 0 || !(standardError > 0)) return null;
  const needed = n * ((standardError * (Z95 + Z80)) / Math.abs(estimate)) ** 2;
  return Math.max(0, Math.ceil(needed - n));
}

/** Units with revenue and revenue-like covariates divided by the unit's floored usual revenue. */
function balanced(units: readonly UpliftUnit[]): UpliftUnit[] {
  const sizes = units.map((u) => u.usualRevenue).filter((x) => x > 0).sort((a, b) => a - b);
  const floor = sizes.length ? sizes[Math.floor(SIZE_FLOOR_PERCENTILE * (sizes.length - 1))]! : 1;
  return units.map((u) => {
    const size = Math.max(u.usualRevenue, floor);
    return { ...u, revenue: u.revenue / size, covariates: u.covariates.map((x) => x / size), usualRevenue: u.usualRevenue / size };
  });
}
