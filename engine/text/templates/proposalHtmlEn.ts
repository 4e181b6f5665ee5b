/**
 * The English HTML proposal (Mustache; the variables are `ProposalView`'s). Only `{{name}}` tags:
 * every value is escaped, and `renderProposalText` refuses an HTML template with `{{{…}}}` or `{{&…}}`.
 */
export const proposalHtmlEn = `<article class="oo-proposal" lang="en">
<h1>Proposed order for {{customer.label}}</h1>
{{#date}}
<p class="oo-date">{{.}}</p>
{{/date}}
<p>Dear {{#customer.name}}{{.}}{{/customer.name}}{{^customer.name}}customer{{/customer.name}},</p>
<p>Following our conversation, this is the order we propose, based on what you usually order:</p>
<table>
<thead>
<tr><th scope="col">Product</th><th scope="col">Quantity</th><th scope="col">Unit price</th><th scope="col">Total</th><th scope="col">Promotion</th></tr>
</thead>
<tbody>
{{#lines}}
<tr><td>{{name}} <small>{{productId}}</small></td><td class="oo-num">{{quantity}}</td><td class="oo-num">{{unitPrice}}</td><td class="oo-num">{{lineTotal}}</td><td>{{#promotion}}{{name}} {{discount}}{{/promotion}}</td></tr>
{{/lines}}
</tbody>
<tfoot>
<tr><th scope="row" colspan="3">Total ({{lineCount}}, {{unitCount}})</th><td class="oo-num">{{total}}</td><td></td></tr>
</tfoot>
</table>
{{#offer}}
<p class="oo-offer">{{.}}</p>
{{/offer}}
<p>These prices are valid until {{validUntil}}.</p>
<p>Kind regards,<br>{{repName}}</p>
</article>
`;
