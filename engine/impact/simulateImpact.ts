import {
  addMonths, applyFeedback, feedbackFromProposals, FeedbackIndex, outcomeAfter,
  type FeedbackSettings, type LoggedProposalForFeedback,
} from '../feedback/index.js';
import type { Model } from '../models/index.js';
import { lastPurchases, sliceHistory, type OrderHistory } from '../prep/index.js';
import { meanPrices, orderLinesBetween, preperiodCovariates, revenueBetween } from './accountFigures.js';
import { controlGroup } from './controlGroup.js';
import { estimateUplift, type UpliftEstimate, type UpliftUnit } from './estimateUplift.js';
import { mulberry32 } from './mulberry32.js';
import { periodOf } from './periodOf.js';
import { simulateVisit, type SimulatedLine } from './simulateVisit.js';
import { summarizeImpact, type ImpactProposal, type ImpactRow } from './summarizeImpact.js';

/** Options of `simulateImpact`. */
export interface SimulationOptions {
  model: Model;
  /** First month's first day, UTC ms. */
  start: number;
  months: number;
  /** Lines per proposal. */
  k: number;
  /** Share of accounts in each period's control group. */
  controlShare: number;
  /** The relative revenue uplift planted on treated accounts (0.1 = +10 % in expectation). */
  plantedUplift: number;
  /** Draws the control groups, the rep's outcomes and the planted orders. */
  seed: number;
  feedbackSettings?: FeedbackSettings;
  /** False: proposals ignore the log (to measure what feedback does). Default true. */
  useFeedback?: boolean;
  /** Only customers this accepts take part (a quicker run). */
  customers?: (customerId: string) => boolean;
  onMonth?: (month: SimulatedMonth) => void;
}

/** One simulated month's counts. */
export interface SimulatedMonth {
  period: string;
  treated: number;
  control: number;
  /** Feedback records available at the month's start, from the log of earlier months. */
  feedbackRecords: number;
}

/** The loop's result: the impact table per month, and the uplift over all months. */
export interface SimulationResult {
  months: SimulatedMonth[];
  impact: ImpactRow[];
  /** The uplift with each account weighted by its usual revenue (the headline: see `estimateUplift`). */
  uplift: UpliftEstimate | null;
  /** The uplift of total revenue: every unit of revenue counts alike, so a few large accounts decide it. */
  revenueWeighted: UpliftEstimate | null;
  /** The units the uplift was estimated on: one per account and month. */
  units: UpliftUnit[];
}

/**
 * The loop on real history. Each month: the model is fitted on the past; each account with an
 * earlier order is drawn into the control group or not (`controlGroup`, salted by the seed);
 * a treated account gets a proposal shaped by the feedback of earlier months, its real orders of
 * the month plus planted extra lines (`simulateVisit`), outcomes, and a logged proposal whose
 * feedback the next months read. Control accounts order what they really ordered. The uplift
 * compares revenue per account and month, treated against control.
 */
export function simulateImpact(history: OrderHistory, options: SimulationOptions): SimulationResult {
  const log: LoggedProposalForFeedback[] = [];
  const impact: ImpactProposal[] = [];
  const units: UpliftUnit[] = [];
  const months: SimulatedMonth[] = [];
  const random = mulberry32(options.seed);
  for (let m = 0; m < options.months; m++) {
    const month = simulateMonth(history, options, addMonths(options.start, m), { log, impact, units, random });
    months.push(month);
    options.onMonth?.(month);
  }
  return { months, impact: summarizeImpact(impact, 'all'), uplift: estimateUplift(units, { weighting: 'balanced' }), revenueWeighted: estimateUplift(units), units };
}

interface LoopState {
  log: LoggedProposalForFeedback[];
  impact: ImpactProposal[];
  units: UpliftUnit[];
  random: () => number;
}

function simulateMonth(history: OrderHistory, options: SimulationOptions, start: number, state: LoopState): SimulatedMonth {
  const end = addMonths(start, 1);
  const period = periodOf(start);
  const past = sliceHistory(history, { before: start });
  const fitted = options.model.fit(history, start);
  const records = options.useFeedback === false ? [] : feedbackFromProposals(state.log);
  const feedback = new FeedbackIndex(records, start, outcomeAfter(past), options.feedbackSettings);
  const prices = meanPrices(past);
  const month: SimulatedMonth = { period, treated: 0, control: 0, feedbackRecords: records.length };
  for (let c = 0; c < history.customerIds.length; c++) {
    const id = history.customerIds[c]!;
    if (past.basketStart[c + 1] === past.basketStart[c] || (options.customers && !options.customers(id))) continue;
    const control = controlGroup(id, period, options.controlShare, String(options.seed));
    const covariates = preperiodCovariates(history, c, start);
    const usualRevenue = covariates[2]! / 6;
    if (control) {
      month.control++;
      state.units.push({ accountId: id, treated: false, revenue: revenueBetween(history, c, start, end), covariates, usualRevenue });
      continue;
    }
    month.treated++;
    const bought = lastPurchases(past, c);
    const lines: SimulatedLine[] = applyFeedback(id, fitted.recommend(c, options.k * 2).map((r) => ({
      productId: history.productIds[r.product]!,
      kind: bought.has(r.product) ? ('habitual' as const) : ('extension' as const),
      probability: r.probability,
      quantity: Math.max(1, Math.round(r.quantity)),
      price: prices[r.product]!,
    })), feedback).slice(0, options.k);
    const visit = simulateVisit({ accountId: id, period, time: start, lines, orders: orderLinesBetween(history, c, start, end), plantedUplift: options.plantedUplift, random: state.random });
    state.log.push(visit.logged);
    state.impact.push(visit.impact);
    state.units.push({ accountId: id, treated: true, revenue: visit.revenue, covariates, usualRevenue });
  }
  return month;
}
