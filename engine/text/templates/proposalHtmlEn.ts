import { proposalHtml } from './proposalHtml.js';

/** The English HTML proposal. */
export const proposalHtmlEn = proposalHtml({
  lang: 'en',
  title: 'Proposed order for {{customer.label}}',
  greeting: 'Dear {{#customer.name}}{{.}}{{/customer.name}}{{^customer.name}}customer{{/customer.name}},',
  intro: 'Following our conversation, this is the order we propose, based on what you usually order:',
  firstOrderIntro: 'Following our conversation, here is a first order we propose, with the products our customers order most:',
  columns: { product: 'Product', quantity: 'Quantity', unitPrice: 'Unit price', total: 'Total', promotion: 'Promotion' },
  total: 'Total ({{lineCount}}, {{unitCount}})',
  validUntil: 'These prices are valid until {{validUntil}}.',
  offerDiscount: 'These prices include a {{.}} discount on this order.',
  closing: 'Kind regards,',
});
