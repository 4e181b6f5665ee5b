/**
 * What the commercial proposal text is made of, as the integrator fills it: plain values, no
 * formatting (the renderer formats numbers, money and dates for the locale) and no escaping (the
 * HTML output escapes every value).
 */
export interface ProposalTextInput {
  customer: {
    /** The account number the rep and the customer know it by. */
    id: string;
    name: string;
  };
  /** The lines in the order shown (habitual first, as the optimal order gives them). */
  lines: ProposalTextLine[];
  /** Last day the prices hold, `YYYY-MM-DD` (UTC). */
  validUntil: string;
  /** The rep who signs the proposal. */
  repName: string;
  /** The day of the proposal, `YYYY-MM-DD`; left out of the text when absent. */
  date?: string;
  /** A first order (the customer has none yet): the text does not speak of what it usually orders. */
  firstOrder?: boolean;
  /** The client rule's offer, as the admin wrote it (`ClientOffer.text`; shown as is, not translated). */
  offer?: string;
  /**
   * The client rule's discount the prices include, in percent (`ClientOffer.appliedPercent`): said
   * in words ("These prices include a 5% discount on this order") only when above 0.
   */
  offerDiscountPercent?: number;
}

/** One line of the proposal text. */
export interface ProposalTextLine {
  productId: string;
  /** The product's name; the id stands in when it is empty. */
  productName: string;
  /** Units, a whole number ≥ 1. */
  quantity: number;
  /** The unit price the customer pays, promotion already applied (the price's last step). */
  unitPrice: number;
  /**
   * The promotion the line has, shown beside it; `null` or absent when none. The text shows
   * `appliedPercent` (what it takes off this line's price) when given, else `discountPercent`.
   */
  promotion?: { name: string; discountPercent: number; appliedPercent?: number } | null;
}
