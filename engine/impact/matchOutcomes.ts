import { EngineError } from '../EngineError.js';
import { DAY_MS } from '../prep/index.js';

/** One logged proposal line, as outcomes need it. */
export interface ProposedLine {
  proposalId: string;
  accountId: string;
  productId: string;
  /** When the proposal was made, UTC ms. */
  proposedAt: number;
}

/** One order line placed by an account (in Salesforce: an order or a won opportunity's line). */
export interface LaterOrderLine {
  accountId: string;
  productId: string;
  /** The order's date, UTC ms. */
  orderedAt: number;
  quantity: number;
  /** Quantity × unit price, in the account's currency. */
  value: number;
}

/** What followed one proposed line: the fields written on it (`OO_Ordered__c`, …). */
export interface LineOutcomeResult {
  ordered: boolean;
  orderedQuantity: number;
  orderedValue: number;
}

/** What followed one proposal: the fields written on it. */
export interface ProposalConversion {
  proposalId: string;
  lines: number;
  linesOrdered: number;
  /** linesOrdered / lines (0 for a proposal without lines). */
  conversion: number;
  /** The value ordered of the proposed products. */
  orderedValue: number;
  /** The value of everything the account ordered in the window, proposed or not. */
  accountOrderedValue: number;
}

/** `matchOutcomes`'s answer: one result per proposed line (same order as given) and one per proposal. */
export interface MatchedOutcomes {
  lines: LineOutcomeResult[];
  proposals: Map<string, ProposalConversion>;
}

/**
 * Matches proposed lines with the orders that followed. An order line belongs to the account's
 * latest proposal made on or before the order's UTC day and at most `horizonDays` days before it,
 * so an order is never counted for two proposals; it converts that proposal's line of the same
 * product. Pure: the same inputs give the same outputs, so writing them twice changes nothing.
 */
export function matchOutcomes(proposalLines: readonly ProposedLine[], laterOrderLines: readonly LaterOrderLine[], horizonDays: number): MatchedOutcomes {
  if (!(horizonDays > 0)) throw new EngineError('BAD_HORIZON', `the outcome horizon must be a positive number of days, got ${horizonDays}`);
  const proposalDays = proposalDaysByAccount(proposalLines);
  const totals = new Map<string, LineOutcomeResult>();
  const accountValue = new Map<string, number>();
  for (const order of laterOrderLines) {
    const proposalId = owningProposal(proposalDays.get(order.accountId), dayOf(order.orderedAt), horizonDays);
    if (proposalId === null) continue;
    accountValue.set(proposalId, (accountValue.get(proposalId) ?? 0) + order.value);
    const key = `${proposalId}\u0000${order.productId}`;
    const t = totals.get(key) ?? { ordered: true, orderedQuantity: 0, orderedValue: 0 };
    t.orderedQuantity += order.quantity;
    t.orderedValue += order.value;
    totals.set(key, t);
  }
  const lines = proposalLines.map((l) => ({ ...(totals.get(`${l.proposalId}\u0000${l.productId}`) ?? NOT_ORDERED) }));
  return { lines, proposals: conversions(proposalLines, lines, accountValue) };
}

const NOT_ORDERED: LineOutcomeResult = { ordered: false, orderedQuantity: 0, orderedValue: 0 };

function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** Each account's proposals as (day, id), sorted by day then id, so ties are broken the same way every run. */
function proposalDaysByAccount(lines: readonly ProposedLine[]): Map<string, { day: number; id: string }[]> {
  const seen = new Set<string>();
  const out = new Map<string, { day: number; id: string }[]>();
  for (const l of lines) {
    if (seen.has(l.proposalId)) continue;
    seen.add(l.proposalId);
    const list = out.get(l.accountId) ?? [];
    list.push({ day: dayOf(l.proposedAt), id: l.proposalId });
    out.set(l.accountId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

/** The latest proposal on or before `day` whose horizon still covers it, or null. */
function owningProposal(proposals: { day: number; id: string }[] | undefined, day: number, horizonDays: number): string | null {
  if (!proposals) return null;
  for (let i = proposals.length - 1; i >= 0; i--) {
    const p = proposals[i]!;
    if (p.day > day) continue;
    return day - p.day < horizonDays ? p.id : null;
  }
  return null;
}

function conversions(proposalLines: readonly ProposedLine[], lines: LineOutcomeResult[], accountValue: Map<string, number>): Map<string, ProposalConversion> {
  const out = new Map<string, ProposalConversion>();
  proposalLines.forEach((l, i) => {
    const c = out.get(l.proposalId) ?? { proposalId: l.proposalId, lines: 0, linesOrdered: 0, conversion: 0, orderedValue: 0, accountOrderedValue: accountValue.get(l.proposalId) ?? 0 };
    c.lines++;
    if (lines[i]!.ordered) c.linesOrdered++;
    c.orderedValue += lines[i]!.orderedValue;
    c.conversion = c.linesOrdered / c.lines;
    out.set(l.proposalId, c);
  });
  return out;
}
