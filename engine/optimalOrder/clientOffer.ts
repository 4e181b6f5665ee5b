import { translate } from '../i18n/index.js';
import type { ClientRule } from '../rules/index.js';
import type { ClientOffer } from './OptimalOrder.js';

/** Half the rounding step of `appliedPercent` (1 decimal): a discount given whole may round just below the rule's. */
const HALF_STEP = 0.05;

/** A line as the offer sees it: units, its price, and its price without the client rule's discount. */
export interface OfferLine {
  quantity: number;
  price: number;
  withoutClientDiscount: number;
}

/**
 * The client rule's offer for an order (see `ClientOffer`), or undefined when there is no rule or
 * it has neither offer text nor discount. The discount applied is measured on the lines as priced:
 * Σ quantity × (price without the discount − price) over Σ quantity × price without it. The
 * admin's text goes into the proposal only when the order gets the whole discount (or the rule has
 * none): floors that take part of it back would make "5 % off" a promise the prices do not keep.
 * `reason` says why the customer gets it (its segment's reason, or that it has no order yet).
 */
export function clientOffer(rule: ClientRule | undefined, reason: string, lines: readonly OfferLine[], locale: string): ClientOffer | undefined {
  if (!rule || (rule.offer === undefined && !rule.discountPercent)) return undefined;
  let full = 0;
  let saved = 0;
  for (const l of lines) {
    full += l.quantity * l.withoutClientDiscount;
    saved += l.quantity * (l.withoutClientDiscount - l.price);
  }
  const appliedPercent = full > 0 && saved > 0 ? Math.round((1000 * saved) / full) / 10 : 0;
  const discountPercent = rule.discountPercent ?? 0;
  return {
    rule: rule.name,
    appliesTo: rule.appliesTo,
    reason: translate(locale, `offer.${rule.appliesTo}`, { why: reason }),
    text: rule.offer ?? null,
    inProposal: rule.offer !== undefined && appliedPercent >= discountPercent - HALF_STEP,
    discountPercent,
    appliedPercent,
  };
}
