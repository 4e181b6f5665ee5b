import { proposalHtml } from './proposalHtml.js';

/** The Spanish HTML proposal. */
export const proposalHtmlEs = proposalHtml({
  lang: 'es',
  title: 'Propuesta de pedido para {{customer.label}}',
  greeting: 'Estimado cliente{{#customer.name}}, {{.}}{{/customer.name}}:',
  intro: 'Tras nuestra conversación, le proponemos el siguiente pedido, basado en lo que suele pedir:',
  firstOrderIntro: 'Tras nuestra conversación, le proponemos un primer pedido con los productos que más piden nuestros clientes:',
  columns: { product: 'Producto', quantity: 'Cantidad', unitPrice: 'Precio unitario', total: 'Total', promotion: 'Promoción' },
  total: 'Total ({{lineCount}}, {{unitCount}})',
  validUntil: 'Estos precios son válidos hasta el {{validUntil}}.',
  offerDiscount: 'Estos precios incluyen un descuento del {{.}} en este pedido.',
  closing: 'Un cordial saludo,',
});
