/** The Spanish plain-text proposal (Mustache; the variables are `ProposalView`'s). */
export const proposalTextEs = `Propuesta de pedido para {{customer.label}}
{{#date}}
{{.}}
{{/date}}

Estimado cliente{{#customer.name}}, {{.}}{{/customer.name}}:

{{#firstOrder}}Tras nuestra conversación, le proponemos un primer pedido con los productos que más piden nuestros clientes:{{/firstOrder}}{{^firstOrder}}Tras nuestra conversación, le proponemos el siguiente pedido, basado en lo que suele pedir:{{/firstOrder}}

{{#lines}}
- {{quantity}} × {{name}} ({{productId}}) a {{unitPrice}}: {{lineTotal}}{{#promotion}}, promoción {{name}} {{discount}}{{/promotion}}
{{/lines}}
{{^lines}}
(sin líneas)
{{/lines}}

Total: {{total}} ({{lineCount}}, {{unitCount}})
{{#offer}}

{{.}}
{{/offer}}
{{#offerDiscount}}

Estos precios incluyen un descuento del {{.}} en este pedido.
{{/offerDiscount}}

Estos precios son válidos hasta el {{validUntil}}.

Un cordial saludo,
{{repName}}
`;
