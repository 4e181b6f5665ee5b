import type { PriceStep } from '../explain/index.js';
import { renderPriceSteps } from '../explain/index.js';
import { clientKindOf, type BusinessRules, type PriceCondition, type PriceRule } from '../rules/index.js';
import type { Segment } from '../segments/index.js';
import type { BasePrice } from './basePrice.js';
import type { PriceQuote } from './PriceQuote.js';
import type { Demand } from './productDemand.js';

/** What price rules' conditions look at: the line and its customer. */
export interface PriceContext {
  productId: string;
  segment: Segment;
  lineKind: 'habitual' | 'development' | 'extension';
  demand: Demand;
}

/** The promotion a line gets (see `bestPromotion`): its name and discount in percent. */
export interface PricePromotion {
  name: string;
  discountPercent: number;
}

/**
 * The recommended unit price of a line: the base price, then, every applied step recorded:
 * 1. `raise` and `lower` price rules whose condition holds, in the order the rules list them;
 * 2. the client rule's discount for the customer's kind (new, active, win-back);
 * 3. the line's promotion, if any;
 * 4. bounds last, so they hold whatever came before: the lowest applicable `max` (a ceiling), then
 *    the highest applicable `min` or `minMargin` (`percentOfBase` % of the base price: a floor).
 *    A floor wins over a ceiling: a margin is protected even against a promotion.
 * The value is rounded to cents at the end (floors rounded up and ceilings down first, so rounding
 * never crosses them). Steps read as a waterfall, each with the price after it, e.g.
 * ["median 2.10 over 14 orders", "-5% win-back = 2.00", "floor 2.05"] (2 decimals, no currency: the
 * UI formats money); `stepData` holds them as data, each percent step with its `after` price.
 * Never throws on validated rules: a rule naming an unknown product simply never applies.
 */
export function applyPriceRules(base: BasePrice, context: PriceContext, rules: BusinessRules, promotion: PricePromotion | null = null, locale = 'en'): PriceQuote {
  const steps: PriceStep[] = [base.step];
  let price = base.value;
  const applicable = (rules.priceRules ?? []).filter((r) => holds(r.when, context));
  const move = (percent: number) => toCents((price *= 1 + percent / 100));
  for (const r of applicable) {
    if (r.kind !== 'raise' && r.kind !== 'lower') continue;
    const percent = r.kind === 'raise' ? r.percent : -r.percent;
    steps.push({ code: 'adjust', percent, rule: r.name, after: move(percent) });
  }
  const client = (rules.clientRules ?? []).find((r) => r.appliesTo === clientKindOf(context.segment));
  if (client?.discountPercent) steps.push({ code: 'adjust', percent: -client.discountPercent, rule: client.name, after: move(-client.discountPercent) });
  if (promotion) steps.push({ code: 'promotion', percent: promotion.discountPercent, name: promotion.name, after: move(-promotion.discountPercent) });
  const { ceiling, floor } = bounds(applicable, base.value);
  if (price > ceiling) {
    price = ceiling;
    steps.push({ code: 'ceiling', price });
  }
  if (price < floor) {
    price = floor;
    steps.push({ code: 'floor', price });
  }
  let rendered: string[] | undefined;
  return {
    value: toCents(price),
    // Rendered on first read: most quotes are for candidates the order drops.
    get steps(): string[] {
      return (rendered ??= renderPriceSteps(steps, locale));
    },
    stepData: steps,
    ...(floor > -Infinity ? { floor } : {}),
  };
}

/**
 * The lowest applicable `max` (rounded down to cents) and the highest applicable `min` or
 * `minMargin` (rounded up), so rounding the price never crosses them; ±Infinity when none.
 */
function bounds(applicable: readonly PriceRule[], base: number): { ceiling: number; floor: number } {
  let ceiling = Infinity;
  let floor = -Infinity;
  for (const r of applicable) {
    if (r.kind === 'max') ceiling = Math.min(ceiling, r.value);
    if (r.kind === 'min') floor = Math.max(floor, r.value);
    if (r.kind === 'minMargin') floor = Math.max(floor, (base * r.percentOfBase) / 100);
  }
  return { ceiling: Math.floor(ceiling * 100 + 1e-9) / 100, floor: Math.ceil(floor * 100 - 1e-9) / 100 };
}

/** To cents, as the final price is rounded. */
function toCents(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Whether every part of a rule's condition holds for the line (no condition: always). */
function holds(when: PriceCondition | undefined, c: PriceContext): boolean {
  return (
    when === undefined ||
    ((when.segments === undefined || when.segments.includes(c.segment)) &&
      (when.productIds === undefined || when.productIds.includes(c.productId)) &&
      (when.demand === undefined || when.demand === c.demand) &&
      (when.lineKinds === undefined || when.lineKinds.includes(c.lineKind)))
  );
}
