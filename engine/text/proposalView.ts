import { formatDay, formatMoney, formatNumber, formatPercent, roundMoney, translate } from '../i18n/index.js';
import type { ProposalTextInput } from './ProposalTextInput.js';

/** Decimals a unit price may show: B2B unit prices go below a penny (0.085), and the line total must be quantity × what is shown. */
const UNIT_PRICE_DIGITS = 4;

/**
 * What a proposal template sees: every value already formatted for the locale, as strings.
 * Templates may use exactly these names (a test keeps the en and es templates to the same set).
 */
export interface ProposalView {
  customer: { id: string; name: string | null; label: string };
  lines: {
    productId: string;
    name: string;
    quantity: string;
    unitPrice: string;
    lineTotal: string;
    promotion: { name: string; discount: string } | null;
  }[];
  /** Σ line totals, each rounded to the currency's unit first, so the total is the sum of what is shown. */
  total: string;
  /** "3 lines" / "3 líneas", "36 units" / "36 unidades". */
  lineCount: string;
  unitCount: string;
  validUntil: string;
  repName: string;
  date: string | null;
  offer: string | null;
  /** The client rule's discount the prices include, formatted ("5%"); null when none is given. */
  offerDiscount: string | null;
  /** A first order: the templates introduce it as such. */
  firstOrder: boolean;
}

/** The template view of a proposal in a locale and currency. */
export function proposalView(input: ProposalTextInput, locale: string, currency: string): ProposalView {
  let total = 0;
  let units = 0;
  const lines = input.lines.map((l) => {
    const lineTotal = roundMoney(l.quantity * l.unitPrice, currency);
    total += lineTotal;
    units += l.quantity;
    return {
      productId: l.productId,
      name: l.productName || l.productId,
      quantity: formatNumber(l.quantity, locale),
      unitPrice: formatMoney(l.unitPrice, locale, currency, { maxDigits: UNIT_PRICE_DIGITS }),
      lineTotal: formatMoney(lineTotal, locale, currency),
      promotion: l.promotion ? { name: l.promotion.name, discount: formatPercent(-(l.promotion.appliedPercent ?? l.promotion.discountPercent) / 100, locale, { signed: true }) } : null,
    };
  });
  return {
    // The label stands in for the name when the source has none (the Online Retail data has none).
    customer: { id: input.customer.id, name: input.customer.name || null, label: input.customer.name ? `${input.customer.name} (${input.customer.id})` : input.customer.id },
    lines,
    total: formatMoney(roundMoney(total, currency), locale, currency),
    lineCount: translate(locale, 'proposal.lineCount', { count: lines.length }),
    unitCount: translate(locale, 'proposal.unitCount', { count: units }),
    validUntil: formatDay(input.validUntil, locale),
    repName: input.repName,
    date: input.date ? formatDay(input.date, locale) : null,
    offer: input.offer || null,
    offerDiscount: input.offerDiscountPercent && input.offerDiscountPercent > 0 ? formatPercent(input.offerDiscountPercent / 100, locale) : null,
    firstOrder: input.firstOrder === true,
  };
}
