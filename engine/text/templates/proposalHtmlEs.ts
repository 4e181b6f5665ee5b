/**
 * The Spanish HTML proposal (Mustache; the variables are `ProposalView`'s). Only `{{name}}` tags:
 * every value is escaped, and `renderProposalText` refuses an HTML template with `{{{…}}}` or `{{&…}}`.
 */
export const proposalHtmlEs = `<article class="oo-proposal" lang="es">
<h1>Propuesta de pedido para {{customer.label}}</h1>
{{#date}}
<p class="oo-date">{{.}}</p>
{{/date}}
<p>Estimado cliente{{#customer.name}}, {{.}}{{/customer.name}}:</p>
<p>Tras nuestra conversación, le proponemos el siguiente pedido, basado en lo que suele pedir:</p>
<table>
<thead>
<tr><th scope="col">Producto</th><th scope="col">Cantidad</th><th scope="col">Precio unitario</th><th scope="col">Total</th><th scope="col">Promoción</th></tr>
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
<p>Estos precios son válidos hasta el {{validUntil}}.</p>
<p>Un cordial saludo,<br>{{repName}}</p>
</article>
`;
