/** The English plain-text proposal (Mustache; the variables are `ProposalView`'s). */
export const proposalTextEn = `Proposed order for {{customer.label}}
{{#date}}
{{.}}
{{/date}}

Dear {{#customer.name}}{{.}}{{/customer.name}}{{^customer.name}}customer{{/customer.name}},

{{#firstOrder}}Following our conversation, here is a first order we propose, with the products our customers order most:{{/firstOrder}}{{^firstOrder}}Following our conversation, this is the order we propose, based on what you usually order:{{/firstOrder}}

{{#lines}}
- {{quantity}} × {{name}} ({{productId}}) at {{unitPrice}}: {{lineTotal}}{{#promotion}}, promotion {{name}} {{discount}}{{/promotion}}
{{/lines}}
{{^lines}}
(no lines)
{{/lines}}

Total: {{total}} ({{lineCount}}, {{unitCount}})
{{#offer}}

{{.}}
{{/offer}}
{{#offerDiscount}}

These prices include a {{.}} discount on this order.
{{/offerDiscount}}

These prices are valid until {{validUntil}}.

Kind regards,
{{repName}}
`;
