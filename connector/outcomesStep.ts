import { DAY_MS, formatDate, type LoggedProposalForFeedback } from '../engine/index.js';
import type { OrgClient } from './orgClient.js';
import { outcomeChanges } from './outcomesChanges.js';
import { readOutcomeLog, type OutcomeLogProposal } from './outcomesLog.js';
import { orderLinesSince } from './outcomesOrders.js';
import { writeOutcomes, type WrittenOutcomes } from './outcomesWrite.js';
import type { OrderObjects } from './OrgSchema.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import type { OrgOrderLine } from './SalesforcePort.js';

/**
 * How far back the outcome step reads the log: a year. Outcomes of older proposals no longer change
 * (their horizon has passed), and feedback forgets sooner (a rejected novelty returns after 90
 * days, an ignore counts for 182: `DEFAULT_FEEDBACK_SETTINGS`).
 */
export const OUTCOME_LOOKBACK_DAYS = 365;

/** How the outcome step runs. */
export interface OutcomesOptions {
  /** The engine setting's horizon in days: an order counts for a proposal at most this long after it. */
  horizonDays: number;
  /** Today (UTC ms): proposals made from `asOf − lookbackDays` on are read. */
  asOf: number;
  lookbackDays?: number;
  /** The org's order lines when the caller has read them already (`prepare`); else the logged accounts' orders since the oldest proposal are read. */
  orderLines?: readonly OrgOrderLine[];
  /** Above this many changed records, Bulk API 2.0 (default `OUTCOME_BULK_THRESHOLD`). */
  bulkThreshold?: number;
}

/** What the outcome step read, changed and wrote, and the log as feedback reads it. */
export interface OutcomesRun {
  proposals: number;
  lines: number;
  linesChanged: number;
  proposalsChanged: number;
  written: WrittenOutcomes;
  /** The log with the outcomes just worked out, products as Product2 ids (`feedbackFromProposals` reads it). */
  feedbackLog: LoggedProposalForFeedback[];
}

/**
 * The nightly outcome step: reads the proposal log (a year back) with its lines, the logged
 * accounts' orders since the oldest proposal (unless given), matches them (`matchOutcomes`) and
 * writes only the values that changed, so a second run over the same orders writes nothing.
 */
export async function runOutcomes(client: OrgClient, orders: OrderObjects, options: OutcomesOptions): Promise<OutcomesRun> {
  const since = options.asOf - (options.lookbackDays ?? OUTCOME_LOOKBACK_DAYS) * DAY_MS;
  const log = await readOutcomeLog(client, new Date(since));
  const accounts = [...new Set(log.map((p) => p.accountId))];
  const oldest = log.reduce((m, p) => Math.min(m, Date.parse(p.createdDate)), Infinity);
  const orderLines = options.orderLines ?? (accounts.length ? await orderLinesSince(client, orders, accounts, formatDate(Math.floor(oldest / DAY_MS) * DAY_MS)) : []);
  const { updates, lineOutcomes } = outcomeChanges(log, orderLines, options.horizonDays);
  const written = await writeOutcomes(client, updates, options.bulkThreshold);
  return {
    proposals: log.length,
    lines: log.reduce((n, p) => n + p.lines.length, 0),
    linesChanged: updates.filter((u) => u.object === PACKAGE_OBJECTS.proposalLine.object).length,
    proposalsChanged: updates.filter((u) => u.object === PACKAGE_OBJECTS.proposal.object).length,
    written,
    feedbackLog: log.map((p) => feedbackProposal(p, lineOutcomes)),
  };
}

/** A logged proposal as feedback reads it, with each line's fresh outcome. */
function feedbackProposal(p: OutcomeLogProposal, outcomes: ReadonlyMap<string, { ordered: boolean; orderedQuantity: number }>): LoggedProposalForFeedback {
  return {
    accountId: p.accountId,
    time: Date.parse(p.createdDate),
    status: p.status,
    lines: p.lines.map((l) => {
      const o = outcomes.get(l.id);
      return { productId: l.productId, kind: l.kind, proposedQuantity: l.proposedQuantity, quantity: l.quantity, outcome: l.outcome, ...(l.rejectionReason ? { rejectionReason: l.rejectionReason } : {}), ordered: o?.ordered ?? false, orderedQuantity: o?.orderedQuantity ?? 0 };
    }),
  };
}
