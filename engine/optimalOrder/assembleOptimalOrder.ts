import { renderReasons, type Reason } from '../explain/index.js';
import type { QuantityNote } from '../quantity/index.js';
import { clientKindOf, type BusinessRules, type ClientRule } from '../rules/index.js';
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
  const a = assembly(input);
  const habitual = take(a, input.habitual.slice(0, input.k)).map((c) => priceCandidate(a, c, 'habitual'));
  const novelties = noveltyLines(a);
  const mustSell = mustSellLines(a);
  const section = (kind: LineKind) => [...habitual, ...novelties].filter((p) => p.line.kind === kind).map((p) => explain(p, a.locale)).sort(byValue);
  const kept = [...habitual, ...novelties, ...mustSell].map((p) => ({ quantity: p.line.quantity, price: p.line.price.value, withoutClientDiscount: p.withoutClientDiscount }));
  const offer = input.offerReason === undefined ? undefined : clientOffer(a.clientRule, input.offerReason, kept, a.locale);
  return {
    customerId: input.customerId,
    segment: input.segment,
    items: [...section('habitual'), ...section('development'), ...section('extension'), ...mustSell.map((p) => explain(p, a.locale))],
    ...(offer ? { offer } : {}),
  };
}

/** What one assembly reads from the rules, once, and the products already in the order. */
interface Assembly {
  input: AssemblyInput;
  excluded: ReadonlySet<string>;
  /** Product priorities: a weight on the expected value. */
  weight: ReadonlyMap<string, number>;
  novelty: { minProbability: number; minExpectedValue: number; maxPerProposal: number };
  clientRule: ClientRule | undefined;
  maxNovelties: number;
  /** Products already in the order (a product is listed once). */
  used: Set<string>;
  locale: string;
}

function assembly(input: AssemblyInput): Assembly {
  const { rules } = input;
  const novelty = { ...DEFAULT_NOVELTY, ...rules.novelty };
  const clientRule = (rules.clientRules ?? []).find((r) => r.appliesTo === clientKindOf(input.segment));
  return {
    input,
    excluded: new Set((rules.excludedProducts ?? []).flatMap((r) => r.productIds)),
    weight: new Map((rules.productPriorities ?? []).map((r) => [r.productId, r.weight] as const)),
    novelty,
    clientRule,
    maxNovelties: clientRule?.maxNovelties ?? novelty.maxPerProposal,
    used: new Set(),
    locale: input.locale ?? 'en',
  };
}

/** The candidates not excluded and not already in the order, marking them as in it. */
function take<T extends { productId: string }>(a: Assembly, candidates: readonly T[]): T[] {
  const out: T[] = [];
  for (const c of candidates) {
    if (a.excluded.has(c.productId) || a.used.has(c.productId)) continue;
    a.used.add(c.productId);
    out.push(c);
  }
  return out;
}

/** A candidate priced (`AssemblyInput.price`) and valued; its reason is rendered by `explain`, for the lines kept only. */
function priceCandidate(a: Assembly, c: CandidateLine, kind: LineKind): Priced {
  const quantity = Math.max(1, Math.round(c.quantity));
  const { price, promotion, lastPrice, netDiscount, withoutClientDiscount } = a.input.price(c.productId, kind, quantity);
  const w = a.weight.get(c.productId) ?? 1;
  return {
    candidate: c,
    priority: w > 1,
    withoutClientDiscount,
    line: {
      productId: c.productId,
      kind,
      probability: round(c.probability, 2),
      quantity,
      price,
      promotion,
      lastPrice,
      netDiscount,
      expectedValue: round(c.probability * quantity * price.value * w, 2),
      reason: '',
    },
  };
}

/** Development, then extension candidates, priced; those past the thresholds, best first, at most N. */
function noveltyLines(a: Assembly): Priced[] {
  const { input, novelty } = a;
  return [...take(a, input.development).map((c) => priceCandidate(a, c, 'development')), ...take(a, input.extension).map((c) => priceCandidate(a, c, 'extension'))]
    .filter(({ line }) => line.probability >= novelty.minProbability && line.expectedValue >= novelty.minExpectedValue)
    .sort((x, y) => byValue(x.line, y.line))
    .slice(0, a.maxNovelties);
}

/** The segment's must-sell products the customer never bought, as extension lines of 1 unit. */
function mustSellLines(a: Assembly): Priced[] {
  const { input } = a;
  const ids = (input.rules.mustSell ?? [])
    .filter((r) => r.segment === input.segment)
    .flatMap((r) => r.productIds.map((productId) => ({ productId, rule: r.name })))
    .filter(({ productId }) => !input.bought.has(productId));
  return take(a, ids).map(({ productId, rule }) => priceCandidate(a, { productId, probability: 0, quantity: 1, reason: { code: 'must-sell', segment: input.segment, rule } }, 'extension'));
}

/** The line with its reason in words: the model's, the quantity guard's notes, the priority. */
function explain({ candidate, priority, line }: Priced, locale: string): OptimalOrderLine {
  const notes = candidate.quantityNotes ?? [];
  const unusual = notes.find((n) => n.code === 'unusual-quantity');
  return {
    ...line,
    ...(unusual ? { unusualQuantity: unusual } : {}),
    reason: renderReasons([candidate.reason, ...notes, ...(priority ? [{ code: 'priority' } as const] : [])], locale),
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
