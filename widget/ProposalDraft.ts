import type { OptimalLineKind as LineKind, PriceQuote } from '../engine/index.js';
import type { PageLine } from './worker/EngineApi.js';

/** Why a rep removes a line: what managers see summed up. */
export const REMOVE_REASONS = ['not-needed', 'too-expensive', 'out-of-season', 'other'] as const;
export type RemoveReason = (typeof REMOVE_REASONS)[number];

/** Why a customer declines a proposal, as the rep logs it. */
export const DECLINE_REASONS = ['too-expensive', 'has-stock', 'competitor', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** How a proposal ends without an order: logged, no Opportunity. */
export const NO_ORDER_OUTCOMES = ['declined', 'not-reached', 'call-back'] as const;
export type NoOrderOutcome = (typeof NO_ORDER_OUTCOMES)[number];

/** One line as the rep is editing it. */
export interface DraftLine {
  key: string;
  productId: string;
  product2Id: string | null;
  name: string;
  kind: LineKind;
  /** What the engine proposed (an added line: what the rep first set). */
  proposedQuantity: number;
  proposedPrice: number;
  quantity: number;
  price: number;
  priceQuote: PriceQuote | null;
  probability: number;
  reason: string;
  promotion: PageLine['promotion'];
  history: number[];
  removed: RemoveReason | null;
  added: boolean;
  /** The org's unit cost, null when it keeps none. */
  unitCost: number | null;
  /** The unit price this customer last paid for it, null when never bought at a known price. */
  lastPrice: number | null;
  /** The proposed price's net discount against the usual price, in percent (negative: above it); null when unknown. */
  netDiscount: number | null;
  /** The engine found the proposed quantity unusual for this customer (or product): the usual range. */
  unusual: { low: number; high: number; median: number } | null;
}

/** The draft of an account's proposal: its lines, and the id that makes saving it idempotent. */
export interface ProposalDraft {
  proposalId: string;
  lines: DraftLine[];
}

/** A fresh draft of the engine's lines; one proposal id for its whole life (a retry or double click saves once). */
export function draftOf(lines: readonly PageLine[]): ProposalDraft {
  return {
    proposalId: `oo-${crypto.randomUUID()}`,
    lines: lines.map((l) => ({
      key: `${l.kind}:${l.productId}`,
      productId: l.productId,
      product2Id: l.product2Id,
      name: l.name,
      kind: l.kind,
      proposedQuantity: l.quantity,
      proposedPrice: l.price.value,
      quantity: l.quantity,
      price: l.price.value,
      priceQuote: l.price,
      probability: l.probability,
      reason: l.reason,
      promotion: l.promotion,
      history: l.history,
      removed: null,
      added: false,
      unitCost: l.unitCost,
      lastPrice: l.lastPrice ?? null,
      netDiscount: l.netDiscount ?? null,
      unusual: l.unusualQuantity ? { low: l.unusualQuantity.low, high: l.unusualQuantity.high, median: l.unusualQuantity.median } : null,
    })),
  };
}

/** What is wrong with a line as edited, if anything: a quantity that is not a positive whole number, a price below the rules' floor or negative. */
export function lineProblem(l: DraftLine): 'quantity' | 'floor' | 'price' | null {
  if (l.removed) return null;
  if (!(Number.isInteger(l.quantity) && l.quantity > 0)) return 'quantity';
  if (!(Number.isFinite(l.price) && l.price >= 0)) return 'price';
  if (l.priceQuote?.floor !== undefined && l.price < l.priceQuote.floor) return 'floor';
  return null;
}

/** A price moved further than this share from the proposed one is worth a second look (a typo, a wrong unit): warned, not blocked. */
export const PRICE_MOVE_WARNING = 0.3;

/**
 * How far a kept line's price moved from the proposed one, as a signed share (0.45: 45 % above),
 * when it moved more than `PRICE_MOVE_WARNING`; null otherwise (or without a proposed price).
 */
export function priceMove(l: DraftLine): number | null {
  if (l.removed || !(l.proposedPrice > 0) || !Number.isFinite(l.price)) return null;
  const move = (l.price - l.proposedPrice) / l.proposedPrice;
  return Math.abs(move) > PRICE_MOVE_WARNING ? move : null;
}

/** The order total of the lines kept. */
export function draftTotal(draft: ProposalDraft): number {
  return draft.lines.reduce((sum, l) => (l.removed ? sum : sum + l.quantity * l.price), 0);
}

/** The margin of the lines kept: value and share of their total; `unknown` lines (no cost) are left out of both. */
export function draftMargin(draft: ProposalDraft): { value: number; share: number | null; unknown: number } {
  let value = 0;
  let revenue = 0;
  let unknown = 0;
  for (const l of draft.lines) {
    if (l.removed) continue;
    if (l.unitCost === null) {
      unknown++;
      continue;
    }
    value += l.quantity * (l.price - l.unitCost);
    revenue += l.quantity * l.price;
  }
  return { value, share: revenue > 0 ? value / revenue : null, unknown };
}
