import type { OptimalOrder } from '../optimalOrder/index.js';
import { clientKindOf, type BusinessRules } from '../rules/index.js';
import type { ProposalTextInput } from './ProposalTextInput.js';

/** What the proposal text needs beyond the order: names, the rep, dates, the rules for the offer. */
export interface ProposalTextContext {
  customerName: string;
  /** A product's name; empty when unknown (the id stands in). */
  productName: (productId: string) => string;
  repName: string;
  /** `YYYY-MM-DD`. */
  validUntil: string;
  date?: string;
  /**
   * The rules the order was made under: for an order without `offer` (made before orders carried
   * it), the client rule of its segment gives the offer text, unless that rule has a discount
   * (whether the prices include it is then unknown, and the text would promise it).
   */
  rules?: BusinessRules;
}

/**
 * The proposal text's input from an optimal order: every line in the order shown, at its
 * recommended price (promotion included), with its promotion (the engine keeps only one that
 * lowers the price; the text shows what it takes off), and the client rule's offer the order
 * carries (`OptimalOrder.offer`): its text when the prices keep its promise (`inProposal`), and the
 * discount the prices actually include when above 0.
 */
export function proposalTextInputOf(order: OptimalOrder, context: ProposalTextContext): ProposalTextInput {
  const offer = offerOf(order, context.rules);
  return {
    customer: { id: order.customerId, name: context.customerName },
    lines: order.items.map((l) => ({
      productId: l.productId,
      productName: context.productName(l.productId),
      quantity: l.quantity,
      unitPrice: l.price.value,
      promotion: l.promotion,
    })),
    validUntil: context.validUntil,
    repName: context.repName,
    ...(context.date === undefined ? {} : { date: context.date }),
    ...(offer.text === null ? {} : { offer: offer.text }),
    ...(offer.appliedPercent > 0 ? { offerDiscountPercent: offer.appliedPercent } : {}),
  };
}

/** The offer's text and the discount applied: the order's own, else (an order without one) a rule's text that promises no discount. */
function offerOf(order: OptimalOrder, rules: BusinessRules | undefined): { text: string | null; appliedPercent: number } {
  if (order.offer) return { text: order.offer.inProposal ? order.offer.text : null, appliedPercent: order.offer.appliedPercent };
  const rule = rules?.clientRules?.find((r) => r.appliesTo === clientKindOf(order.segment));
  return { text: rule?.offer !== undefined && !rule.discountPercent ? rule.offer : null, appliedPercent: 0 };
}
