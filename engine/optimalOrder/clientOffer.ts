import { translate } from '../i18n/index.js';
import type { ClientRule } from '../rules/index.js';
import type { ClientOffer } from './OptimalOrder.js';

/** A line as the offer sees it: units, its price, and its price without the client rule's discount. */
export interface OfferLine {
  quantity: number;
  price: number;
  withoutClientDiscount: number;
}

/**
 * The client rule's offer for an order (see `ClientOffer`), or undefined when there is no rule or
 * it has neither offer text nor discount. The discount applied is measured on the lines as priced:
 * Σ quantity × (price without the discount − price) over Σ quantity × price without it. A rule
 * whose discount no line gets keeps its banner (the rep sees it was absorbed) but loses its text,
 * so the proposal never promises it. `reason` says why the customer gets it (its segment's reason,
 * or that it has no order yet).
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
  const promised = rule.discountPercent && appliedPercent === 0;
  return {
    rule: rule.name,
    appliesTo: rule.appliesTo,
    reason: translate(locale, `offer.${rule.appliesTo}`, { why: reason }),
    text: rule.offer === undefined || promised ? null : rule.offer,
    discountPercent: rule.discountPercent ?? 0,
    appliedPercent,
  };
}
