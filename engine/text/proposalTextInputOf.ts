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
  /** The rules the order was made under: the client rule of its segment gives the offer. */
  rules?: BusinessRules;
}

/**
 * The proposal text's input from an optimal order: every line in the order shown, at its
 * recommended price (promotion included: the price's last step), with its promotion, and the
 * offer of the client rule that applies to the customer's segment, if any.
 */
export function proposalTextInputOf(order: OptimalOrder, context: ProposalTextContext): ProposalTextInput {
  const clientRule = context.rules?.clientRules?.find((r) => r.appliesTo === clientKindOf(order.segment));
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
    ...(clientRule?.offer === undefined ? {} : { offer: clientRule.offer }),
  };
}
