import Mustache from 'mustache';
import { EngineError } from '../EngineError.js';
import { formatDay, formatPercent, resolveLocale } from '../i18n/index.js';
import { escapeHtml, templateTags } from '../text/index.js';
import type { CampaignLine } from './CampaignRequest.js';
import { CAMPAIGN_MESSAGE_TEMPLATES } from './messageTemplates.js';

/** Names and the promotion a campaign message is written with (the line holds ids only). */
export interface CampaignMessageContext {
  customerName: string;
  productName: string;
  /** Name of the line's `becauseProductId` / `cheaperProductId`, when it has one. */
  becauseName?: string;
  cheaperName?: string;
  /** Reactivation: orders that held the product. */
  productOrders?: number;
  promotion?: { name: string; discountPercent: number; validTo: string };
}

/**
 * One account's personal campaign e-mail, from the locale's template (or the admin's `template`):
 * every value HTML-escaped (the text may be pasted into an HTML e-mail), and a template with a raw
 * tag (`{{{x}}}`, `{{&x}}`) refused with `EngineError('UNSAFE_TEMPLATE')`.
 */
export function campaignMessage(line: CampaignLine, context: CampaignMessageContext, locale: string, template?: string): string {
  const text = template ?? CAMPAIGN_MESSAGE_TEMPLATES[resolveLocale(locale)];
  const raw = templateTags(text).find((t) => t.kind === '&');
  if (raw) throw new EngineError('UNSAFE_TEMPLATE', `campaign message template: {{{${raw.path}}}} would output a value unescaped; use {{${raw.path}}}`);
  const promotion = context.promotion;
  const view = {
    customer: context.customerName || line.customerId,
    product: context.productName || line.productId,
    because: line.kind === 'cross-sell' ? context.becauseName : undefined,
    cheaper: line.kind === 'up-sell' ? context.cheaperName : undefined,
    reactivation: line.kind === 'reactivation',
    productOrders: context.productOrders,
    promotion: promotion?.name,
    discount: promotion ? formatPercent(promotion.discountPercent / 100, locale, { maxDigits: 0 }) : undefined,
    validTo: promotion ? formatDay(promotion.validTo, locale) : undefined,
  };
  return Mustache.render(text, view, {}, { escape: escapeHtml });
}
