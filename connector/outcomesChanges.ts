import { matchOutcomes, type LaterOrderLine, type LineOutcomeResult, type ProposedLine } from '../engine/index.js';
import type { OutcomeLogProposal } from './outcomesLog.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import type { OrgOrderLine } from './SalesforcePort.js';

const P = PACKAGE_OBJECTS.proposal;
const L = PACKAGE_OBJECTS.proposalLine;

/** One record to update: its object, id, and only the outcome fields whose value changed. */
export interface OutcomeUpdate {
  object: string;
  id: string;
  fields: Record<string, boolean | number>;
}

/** What the outcome step works out: the records to update, and every line's outcome (for feedback). */
export interface OutcomeChanges {
  updates: OutcomeUpdate[];
  /** Each logged line's outcome by its record id, whether it changed or not. */
  lineOutcomes: Map<string, LineOutcomeResult>;
}

/**
 * The outcome fields to write, compared with what the log holds (`matchOutcomes` over the log and
 * the accounts' order lines, `horizonDays` the engine setting's horizon): values rounded as the
 * fields store them (2 decimals; conversion in percent points), a line never ordered left blank
 * rather than written as 0, and a proposal's figures written once even when 0. Only records with a
 * changed field are returned, with only those fields, so a second run over the same log and orders
 * returns nothing.
 */
export function outcomeChanges(log: readonly OutcomeLogProposal[], orderLines: readonly OrgOrderLine[], horizonDays: number): OutcomeChanges {
  const proposed: ProposedLine[] = [];
  const lineIds: string[] = [];
  for (const p of log) {
    const proposedAt = Date.parse(p.createdDate);
    for (const l of p.lines) {
      proposed.push({ proposalId: p.id, accountId: p.accountId, productId: l.productId, proposedAt });
      lineIds.push(l.id);
    }
  }
  const matched = matchOutcomes(proposed, laterLines(log, orderLines), horizonDays);
  const lineOutcomes = new Map(lineIds.map((id, i) => [id, matched.lines[i]!] as const));
  const updates: OutcomeUpdate[] = [];
  for (const p of log) {
    for (const l of p.lines) {
      const o = lineOutcomes.get(l.id)!;
      const fields = changed([
        [L.ordered, o.ordered, l.ordered],
        [L.orderedQuantity, round2(o.orderedQuantity), l.orderedQuantity ?? 0],
        [L.orderedValue, round2(o.orderedValue), l.orderedValue ?? 0],
      ]);
      if (fields) updates.push({ object: L.object, id: l.id, fields });
    }
    const c = matched.proposals.get(p.id);
    const fields = changed([
      [P.linesOrdered, c?.linesOrdered ?? 0, p.linesOrdered],
      [P.conversion, round2(100 * (c?.conversion ?? 0)), p.conversion],
      [P.orderedValue, round2(c?.orderedValue ?? 0), p.orderedValue],
    ]);
    if (fields) updates.push({ object: P.object, id: p.id, fields });
  }
  return { updates, lineOutcomes };
}

/** The order lines of the logged accounts, as `matchOutcomes` reads them (the order's day, quantity × unit price). */
function laterLines(log: readonly OutcomeLogProposal[], orderLines: readonly OrgOrderLine[]): LaterOrderLine[] {
  const accounts = new Set(log.map((p) => p.accountId));
  const out: LaterOrderLine[] = [];
  for (const l of orderLines) {
    if (!accounts.has(l.accountId) || l.productId === '') continue;
    out.push({ accountId: l.accountId, productId: l.productId, orderedAt: Date.parse(`${l.orderDate.slice(0, 10)}T00:00:00Z`), quantity: l.quantity, value: l.quantity * (l.unitPrice ?? 0) });
  }
  return out;
}

/** The fields whose new value differs from the stored one (null: never written), or null when none does. */
function changed(fields: [string, boolean | number, boolean | number | null][]): Record<string, boolean | number> | null {
  const out: Record<string, boolean | number> = {};
  for (const [name, value, stored] of fields) if (value !== stored) out[name] = value;
  return Object.keys(out).length ? out : null;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
