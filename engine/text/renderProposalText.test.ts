import { describe, expect, it } from 'vitest';
import type { ProposalTextInput } from './ProposalTextInput.js';
import { renderProposalText } from './renderProposalText.js';

const NBSP = '\u00a0';

const input: ProposalTextInput = {
  customer: { id: '12347', name: 'Kirkby Garden Centre' },
  lines: [
    { productId: '22375', productName: 'AIRLINE BAG VINTAGE JET SET BROWN', quantity: 4, unitPrice: 4.25, promotion: null },
    { productId: '23203', productName: 'JUMBO BAG VINTAGE DOILY', quantity: 1200, unitPrice: 1.785, promotion: { name: 'Summer bags', discountPercent: 15 } },
  ],
  validUntil: '2011-09-30',
  repName: 'Ana García',
  date: '2011-09-01',
};

describe('renderProposalText', () => {
  it('writes the English plain text', () => {
    expect(renderProposalText(input, { locale: 'en', format: 'text', currency: 'GBP' })).toBe(`Proposed order for Kirkby Garden Centre (12347)
September 1, 2011

Dear Kirkby Garden Centre,

Following our conversation, this is the order we propose, based on what you usually order:

- 4 × AIRLINE BAG VINTAGE JET SET BROWN (22375) at £4.25: £17.00
- 1,200 × JUMBO BAG VINTAGE DOILY (23203) at £1.785: £2,142.00, promotion Summer bags -15%

Total: £2,159.00 (2 lines, 1,204 units)

These prices are valid until September 30, 2011.

Kind regards,
Ana García
`);
  });

  it('writes the Spanish plain text, with Spanish numbers, money and dates', () => {
    expect(renderProposalText(input, { locale: 'es', format: 'text', currency: 'GBP' })).toBe(`Propuesta de pedido para Kirkby Garden Centre (12347)
1 de septiembre de 2011

Estimado cliente, Kirkby Garden Centre:

Tras nuestra conversación, le proponemos el siguiente pedido, basado en lo que suele pedir:

- 4 × AIRLINE BAG VINTAGE JET SET BROWN (22375) a 4,25${NBSP}GBP: 17,00${NBSP}GBP
- 1200 × JUMBO BAG VINTAGE DOILY (23203) a 1,785${NBSP}GBP: 2142,00${NBSP}GBP, promoción Summer bags -15${NBSP}%

Total: 2159,00${NBSP}GBP (2 líneas, 1204 unidades)

Estos precios son válidos hasta el 30 de septiembre de 2011.

Un cordial saludo,
Ana García
`);
  });

  it('keeps the region for formats (en-GB dates) and shows the offer and singular counts', () => {
    const one = { ...input, lines: [{ ...input.lines[0]!, quantity: 1 }], offer: '10 % off your next order if you order this month.' };
    const text = renderProposalText(one, { locale: 'en-GB', format: 'text', currency: 'GBP' });
    expect(text).toContain('\n1 September 2011\n');
    expect(text).toContain('Total: £4.25 (1 line, 1 unit)\n\n10 % off your next order if you order this month.\n\nThese prices are valid until 30 September 2011.');
    expect(renderProposalText(one, { locale: 'es-MX', format: 'text', currency: 'EUR' })).toContain(`Total: EUR${NBSP}4.25 (1 línea, 1 unidad)`);
  });

  it('writes the HTML in both languages, with the lines in a table', () => {
    const en = renderProposalText(input, { locale: 'en', format: 'html', currency: 'GBP' });
    expect(en).toMatch(/^<article class="oo-proposal" lang="en">\n<h1>Proposed order for Kirkby Garden Centre \(12347\)<\/h1>/);
    expect(en).toContain(
      '<tr><td>JUMBO BAG VINTAGE DOILY <small>23203</small></td><td class="oo-num">1,200</td><td class="oo-num">£1.785</td><td class="oo-num">£2,142.00</td><td>Summer bags -15%</td></tr>',
    );
    expect(en).toContain('<tr><th scope="row" colspan="3">Total (2 lines, 1,204 units)</th><td class="oo-num">£2,159.00</td><td></td></tr>');
    expect(en).toContain('<p>These prices are valid until September 30, 2011.</p>\n<p>Kind regards,<br>Ana García</p>\n</article>\n');
    const es = renderProposalText(input, { locale: 'es', format: 'html', currency: 'GBP' });
    expect(es).toContain('<article class="oo-proposal" lang="es">');
    expect(es).toContain('<th scope="col">Precio unitario</th>');
    expect(es).toContain(`<td class="oo-num">2142,00${NBSP}GBP</td><td>Summer bags -15${NBSP}%</td>`);
    expect(es).toContain('<p>Estos precios son válidos hasta el 30 de septiembre de 2011.</p>');
  });

  it('says the client discount the prices include, and shows what a promotion actually takes off', () => {
    const withOffer = { ...input, lines: [{ ...input.lines[1]!, promotion: { name: 'Summer bags', discountPercent: 15, appliedPercent: 5.3 } }], offer: 'Come back!', offerDiscountPercent: 4.8 };
    const en = renderProposalText(withOffer, { locale: 'en', format: 'text', currency: 'GBP' });
    expect(en).toContain('promotion Summer bags -5.3%\n');
    expect(en).toContain('\n\nCome back!\n\nThese prices include a 4.8% discount on this order.\n\nThese prices are valid until');
    expect(en).not.toContain('-15%');
    expect(renderProposalText(withOffer, { locale: 'es', format: 'html', currency: 'GBP' })).toContain(`<p class="oo-offer">Estos precios incluyen un descuento del 4,8${NBSP}% en este pedido.</p>`);
    expect(renderProposalText({ ...withOffer, offerDiscountPercent: 0 }, { locale: 'en', format: 'text', currency: 'GBP' })).not.toContain('discount');
  });

  it('introduces a first order as one, in both languages and formats', () => {
    const first = { ...input, firstOrder: true };
    expect(renderProposalText(first, { locale: 'en', format: 'text', currency: 'GBP' })).toContain('here is a first order we propose, with the products our customers order most:');
    expect(renderProposalText(first, { locale: 'en', format: 'text', currency: 'GBP' })).not.toContain('what you usually order');
    expect(renderProposalText(first, { locale: 'es', format: 'html', currency: 'GBP' })).toContain('<p>Tras nuestra conversación, le proponemos un primer pedido con los productos que más piden nuestros clientes:</p>');
    expect(renderProposalText(input, { locale: 'es', format: 'html', currency: 'GBP' })).toContain('basado en lo que suele pedir');
  });

  it('says so when there are no lines', () => {
    expect(renderProposalText({ ...input, lines: [] }, { locale: 'es', format: 'text', currency: 'GBP' })).toContain('(sin líneas)\n\nTotal: 0,00\u00a0GBP (0 líneas, 0 unidades)');
  });
});

describe('escaping', () => {
  const hostile: ProposalTextInput = {
    customer: { id: 'C"1', name: `O'Brien & <b>Sons</b>` },
    lines: [{ productId: 'X<1>', productName: '<script>alert(1)</script> & "Co"', quantity: 2, unitPrice: 1, promotion: { name: '<img src=x onerror=alert(2)>', discountPercent: 5 } }],
    validUntil: '2011-09-30',
    repName: '<i>Rep</i>',
    offer: '<a href="javascript:alert(3)">offer</a>',
  };

  it('escapes every value in HTML, in both languages', () => {
    for (const locale of ['en', 'es']) {
      const html = renderProposalText(hostile, { locale, format: 'html', currency: 'GBP' });
      expect(html).toContain('O&#39;Brien &amp; &lt;b&gt;Sons&lt;/b&gt;');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
      expect(html).toContain('C&quot;1');
      expect(html).toContain('X&lt;1&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
      expect(html).toContain('&lt;i&gt;Rep&lt;/i&gt;');
      expect(html).toContain('&lt;a href=&quot;javascript:alert(3)&quot;&gt;offer&lt;/a&gt;');
      // The only tags are the template's own.
      const tags = [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
      expect(new Set(tags)).toEqual(new Set(['article', 'h1', 'p', 'table', 'thead', 'tr', 'th', 'tbody', 'td', 'small', 'tfoot', 'br']));
    }
  });

  it('does not escape plain text', () => {
    const text = renderProposalText(hostile, { locale: 'en', format: 'text', currency: 'GBP' });
    expect(text).toContain(`Dear O'Brien & <b>Sons</b>,`);
    expect(text).toContain('- 2 × <script>alert(1)</script> & "Co" (X<1>) at £1.00: £2.00, promotion <img src=x onerror=alert(2)> -5%');
    expect(text).not.toContain('&amp;');
  });

  it('refuses an HTML template that would output a value raw, and accepts a safe one', () => {
    const options = { locale: 'en', format: 'html', currency: 'GBP' } as const;
    expect(() => renderProposalText(hostile, { ...options, template: '<p>{{{customer.name}}}</p>' })).toThrow(/\{\{\{customer.name\}\}\} would output a value unescaped/);
    expect(() => renderProposalText(hostile, { ...options, template: '{{#lines}}{{&name}}{{/lines}}' })).toThrow(/UNSAFE|unescaped/);
    expect(renderProposalText(hostile, { ...options, template: '<p>{{customer.name}}</p>' })).toBe('<p>O&#39;Brien &amp; &lt;b&gt;Sons&lt;/b&gt;</p>');
    // Plain text has nothing to escape: a raw tag is the same as an escaped one there.
    expect(renderProposalText(hostile, { ...options, format: 'text', template: '{{{customer.name}}}' })).toBe(`O'Brien & <b>Sons</b>`);
  });
});
