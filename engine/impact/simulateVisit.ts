import type { FeedbackLine, LoggedLine, LoggedProposalForFeedback, LoggedStatus } from '../feedback/index.js';
import { matchOutcomes, type LaterOrderLine } from './matchOutcomes.js';
import type { ImpactProposal } from './summarizeImpact.js';

/** A proposed line of the simulation: the engine's line and the product's mean unit price. */
export interface SimulatedLine extends FeedbackLine {
  price: number;
}

/** What `simulateVisit` needs: one treated account's proposal and its real orders of the period. */
export interface VisitInput {
  accountId: string;
  period: string;
  /** When the proposal is made (the period's start), UTC ms. */
  time: number;
  lines: readonly SimulatedLine[];
  /** The account's real order lines of the period. */
  orders: readonly LaterOrderLine[];
  plantedUplift: number;
  random: () => number;
}

/** One visit's results: the log entry (for feedback), the impact entry, and the period's revenue. */
export interface VisitResult {
  logged: LoggedProposalForFeedback;
  impact: ImpactProposal;
  revenue: number;
}

/** Chance that a proposed line is taken as a planted extra; its quantity is scaled to the planted value. */
const EXTRA_LINE_CHANCE = 0.5;

/** Days within which an order counts for the proposal: the period (a month at most). */
const HORIZON_DAYS = 31;

/**
 * One treated account's period. The customer orders what it really ordered plus planted extra
 * lines from the proposal: each priced line is taken with chance ½, at its quantity scaled so
 * that the extras' expected value is `plantedUplift` × the real revenue (so treated revenue rises
 * by that share in expectation; an account without orders gets none). The rep is optimistic, as in
 * `replay`: a proposal followed by orders is accepted, keeping what was ordered at the quantity
 * ordered and removing the rest as not needed; otherwise it is declined, not reached or to call
 * back (equally likely). Outcomes are matched as the nightly step matches them.
 */
export function simulateVisit(input: VisitInput): VisitResult {
  const real = input.orders.reduce((s, o) => s + o.value, 0);
  const orders = [...input.orders, ...plantedExtras(input, real)];
  const revenue = orders.reduce((s, o) => s + o.value, 0);
  const statuses: LoggedStatus[] = ['declined', 'not-reached', 'call-back'];
  const status: LoggedStatus = orders.length ? 'accepted' : statuses[Math.floor(input.random() * 3)]!;
  const proposalId = `${input.accountId}|${input.period}`;
  const matched = matchOutcomes(input.lines.map((l) => ({ proposalId, accountId: input.accountId, productId: l.productId, proposedAt: input.time })), orders, HORIZON_DAYS);
  const logged: LoggedLine[] = input.lines.map((l, i) => loggedLine(l, status, matched.lines[i]!.orderedQuantity));
  return {
    logged: { accountId: input.accountId, time: input.time, status, lines: logged },
    impact: {
      proposalId, accountId: input.accountId, repId: 'simulated', teamId: 'simulated', period: input.period, status,
      lines: input.lines.map((l, i) => ({
        kind: l.kind,
        proposedValue: valueOf(l.quantity, l.price),
        acceptedValue: status === 'accepted' && logged[i]!.outcome !== 'rejected' ? valueOf(logged[i]!.quantity, l.price) : 0,
        ordered: matched.lines[i]!.ordered,
        orderedValue: matched.lines[i]!.orderedValue,
      })),
    },
    revenue,
  };
}

function valueOf(quantity: number, price: number): number {
  return Number.isFinite(price) ? quantity * price : 0;
}

/** The planted extra order lines: expected value `plantedUplift` × `real`. One draw per priced line, planted or not. */
function plantedExtras(input: VisitInput, real: number): LaterOrderLine[] {
  const priced = input.lines.filter((l) => l.price > 0);
  const offered = priced.reduce((s, l) => s + l.quantity * l.price, 0);
  const draws = priced.map(() => input.random() < EXTRA_LINE_CHANCE);
  if (!(input.plantedUplift > 0 && real > 0 && offered > 0)) return [];
  const scale = (input.plantedUplift * real) / (EXTRA_LINE_CHANCE * offered);
  return priced.flatMap((l, i) =>
    draws[i] ? [{ accountId: input.accountId, productId: l.productId, orderedAt: input.time, quantity: l.quantity * scale, value: l.quantity * l.price * scale }] : [],
  );
}

function loggedLine(line: SimulatedLine, status: LoggedStatus, orderedQuantity: number): LoggedLine {
  const base = { productId: line.productId, kind: line.kind, proposedQuantity: line.quantity };
  const ordered = orderedQuantity > 0;
  const quantity = Math.max(1, Math.round(orderedQuantity));
  if (status === 'accepted' && ordered) {
    return { ...base, quantity, outcome: quantity === line.quantity ? 'accepted' : 'edited', ordered, orderedQuantity: quantity };
  }
  if (status === 'accepted' || status === 'declined') {
    return { ...base, quantity: 0, outcome: 'rejected', rejectionReason: 'not-needed', ordered: false, orderedQuantity: 0 };
  }
  return { ...base, quantity: line.quantity, outcome: 'accepted', ordered: false, orderedQuantity: 0 };
}
