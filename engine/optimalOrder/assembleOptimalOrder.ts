import { renderReasons, type Reason } from '../explain/index.js';
import type { QuantityNote } from '../quantity/index.js';
import { clientKindOf, type BusinessRules } from '../rules/index.js';
import type { Segment } from '../segments/index.js';
import { clientOffer } from './clientOffer.js';
import type { LinePrice } from './LinePrice.js';
import type { LineKind, OptimalOrder, OptimalOrderLine } from './OptimalOrder.js';

/** A line before rules, prices and ranking: what a model proposes. */
export interface CandidateLine {
  productId: string;
  probability: number;
  quantity: number;
  /** Why a model proposes it (may be a getter: only the lines kept are explained). */
  readonly reason: Reason;
  /** What the quantity guard noticed (rounded to a multiple, unusual), told after the reason. */
  quantityNotes?: readonly QuantityNote[];
}

/** Everything one customer's optimal order is assembled from. */
export interface AssemblyInput {
  customerId: string;
  segment: Segment;
  /** Products the customer has ordered before (must-sell only adds the others). */
  bought: ReadonlySet<string>;
  habitual: readonly CandidateLine[];
  development: readonly CandidateLine[];
  extension: readonly CandidateLine[];
  /** The recommended unit price of a line, with its steps, its promotion (only one that lowers the price) and its last price (`linePricer`). */
  price: (productId: string, kind: LineKind, quantity: number) => LinePrice;
  /** Why the customer gets its client rule's offer, in words (its segment's reason); the offer is left out without it. */
  offerReason?: string;
  /** Validated rules (see `parseRules`). */
  rules: BusinessRules;
  /** Habitual lines at most. */
  k: number;
  /** BCP 47 tag of the reasons' language (default English). */
  locale?: string;
}

/**
 * No-overwhelming defaults when the rules set none: a novelty must have at least a 15 % chance of
 * being in the next order and be worth at least 2 (currency units) in expectation, and a proposal
 * holds at most 3. On the dev protocol this puts a novelty in about a quarter of the proposals, and
 * about one in five of those shown is ordered (`optimal-order evaluate`; decisions/0009).
 */
export const DEFAULT_NOVELTY = { minProbability: 0.15, minExpectedValue: 2, maxPerProposal: 3 } as const;


/**
 * Assembles one customer's optimal order under the rules: excluded products removed; habitual
 * lines (top `k`); novelties (development, then extension) kept only when their probability and
 * expected value pass the thresholds, at most N per proposal (the client rule may lower N); the
 * segment's must-sell products the customer has never bought added as extension lines, outside the
 * thresholds (an admin asked for them); each line priced, with a promotion only when it lowers
 * the price; each section ranked by expected value, product priorities applied as weights; the
 * client rule's offer with the discount it actually gives over the lines kept (`clientOffer`).
 */
export function assembleOptimalOrder(input: AssemblyInput): OptimalOrder {
  const { rules } = input;
  const excluded = new Set((rules.excludedProducts ?? []).flatMap((r) => r.productIds));
  const weight = new Map((rules.productPriorities ?? []).map((r) => [r.productId, r.weight] as const));
  const novelty = { ...DEFAULT_NOVELTY, ...rules.novelty };
  const clientRule = (rules.clientRules ?? []).find((r) => r.appliesTo === clientKindOf(input.segment));
  const maxNovelties = clientRule?.maxNovelties ?? novelty.maxPerProposal;
  const used = new Set<string>();

  const locale = input.locale ?? 'en';
  /** A candidate priced and valued; its reason is rendered by `explain`, for the lines kept only. */
  const price = (c: CandidateLine, kind: LineKind): Priced => {
    const quantity = Math.max(1, Math.round(c.quantity));
    const { price: quote, promotion, lastPrice, netDiscount, withoutClientDiscount } = input.price(c.productId, kind, quantity);
    const w = weight.get(c.productId) ?? 1;
    return {
      candidate: c,
      priority: w > 1,
      withoutClientDiscount,
      line: {
        productId: c.productId,
        kind,
        probability: round(c.probability, 2),
        quantity,
        price: quote,
        promotion,
        lastPrice,
        netDiscount,
        expectedValue: round(c.probability * quantity * quote.value * w, 2),
        reason: '',
      },
    };
  };
  const explain = ({ candidate, priority, line }: Priced): OptimalOrderLine => {
    const notes = candidate.quantityNotes ?? [];
    const unusual = notes.find((n) => n.code === 'unusual-quantity');
    return {
      ...line,
      ...(unusual ? { unusualQuantity: unusual } : {}),
      reason: renderReasons([candidate.reason, ...notes, ...(priority ? [{ code: 'priority' } as const] : [])], locale),
    };
  };
  /** The candidates not excluded and not already in the order, marking them as in it. */
  const take = <T extends { productId: string }>(candidates: readonly T[]): T[] => {
    const out: T[] = [];
    for (const c of candidates) {
      if (excluded.has(c.productId) || used.has(c.productId)) continue;
      used.add(c.productId);
      out.push(c);
    }
    return out;
  };

  const habitual = take(input.habitual.slice(0, input.k)).map((c) => price(c, 'habitual'));
  const novelties = [
    ...take(input.development).map((c) => price(c, 'development')),
    ...take(input.extension).map((c) => price(c, 'extension')),
  ]
    .filter(({ line }) => line.probability >= novelty.minProbability && line.expectedValue >= novelty.minExpectedValue)
    .sort((a, b) => byValue(a.line, b.line))
    .slice(0, maxNovelties);
  const mustSellIds = (rules.mustSell ?? [])
    .filter((r) => r.segment === input.segment)
    .flatMap((r) => r.productIds.map((productId) => ({ productId, rule: r.name })))
    .filter(({ productId }) => !input.bought.has(productId));
  const mustSell = take(mustSellIds).map(({ productId, rule }) =>
    price({ productId, probability: 0, quantity: 1, reason: { code: 'must-sell', segment: input.segment, rule } }, 'extension'),
  );

  const section = (kind: LineKind) => [...habitual, ...novelties].filter((p) => p.line.kind === kind).map(explain).sort(byValue);
  const kept = [...habitual, ...novelties, ...mustSell].map((p) => ({ quantity: p.line.quantity, price: p.line.price.value, withoutClientDiscount: p.withoutClientDiscount }));
  const offer = input.offerReason === undefined ? undefined : clientOffer(clientRule, input.offerReason, kept, locale);
  return {
    customerId: input.customerId,
    segment: input.segment,
    items: [...section('habitual'), ...section('development'), ...section('extension'), ...mustSell.map(explain)],
    ...(offer ? { offer } : {}),
  };
}

/** A line priced and valued, before its reason is rendered. */
interface Priced {
  candidate: CandidateLine;
  priority: boolean;
  /** The unit price without the client rule's discount (see `LinePrice`). */
  withoutClientDiscount: number;
  line: OptimalOrderLine;
}

function byValue(a: OptimalOrderLine, b: OptimalOrderLine): number {
  return b.expectedValue - a.expectedValue || (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0);
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
