/** The words of the HTML proposal in one language; Mustache tags allowed where a value goes. */
export interface ProposalHtmlWords {
  lang: string;
  title: string;
  greeting: string;
  intro: string;
  /** The intro of a first order (the customer has none yet). */
  firstOrderIntro: string;
  columns: { product: string; quantity: string; unitPrice: string; total: string; promotion: string };
  total: string;
  validUntil: string;
  closing: string;
  /** The client rule's discount the prices include; `{{.}}` is the percent. */
  offerDiscount: string;
}

/**
 * The HTML proposal template (Mustache; the variables are `ProposalView`'s) with one language's
 * words: one markup for every language. Only `{{name}}` tags: every value is escaped, and
 * `renderProposalText` refuses an HTML template with `{{{…}}}` or `{{&…}}`.
 */
export function proposalHtml(w: ProposalHtmlWords): string {
  const c = w.columns;
  return `<article class="oo-proposal" lang="${w.lang}">
<h1>${w.title}</h1>
{{#date}}
<p class="oo-date">{{.}}</p>
{{/date}}
<p>${w.greeting}</p>
<p>{{#firstOrder}}${w.firstOrderIntro}{{/firstOrder}}{{^firstOrder}}${w.intro}{{/firstOrder}}</p>
<table>
<thead>
<tr><th scope="col">${c.product}</th><th scope="col">${c.quantity}</th><th scope="col">${c.unitPrice}</th><th scope="col">${c.total}</th><th scope="col">${c.promotion}</th></tr>
</thead>
<tbody>
{{#lines}}
<tr><td>{{name}} <small>{{productId}}</small></td><td class="oo-num">{{quantity}}</td><td class="oo-num">{{unitPrice}}</td><td class="oo-num">{{lineTotal}}</td><td>{{#promotion}}{{name}} {{discount}}{{/promotion}}</td></tr>
{{/lines}}
</tbody>
<tfoot>
<tr><th scope="row" colspan="3">${w.total}</th><td class="oo-num">{{total}}</td><td></td></tr>
</tfoot>
</table>
{{#offer}}
<p class="oo-offer">{{.}}</p>
{{/offer}}
{{#offerDiscount}}
<p class="oo-offer">${w.offerDiscount}</p>
{{/offerDiscount}}
<p>${w.validUntil}</p>
<p>${w.closing}<br>{{repName}}</p>
</article>
`;
}
