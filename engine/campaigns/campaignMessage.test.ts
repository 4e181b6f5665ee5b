import { describe, expect, it } from 'vitest';
import { campaignMessage } from './campaignMessage.js';
import type { CampaignLine } from './CampaignRequest.js';

const line: CampaignLine = { productId: 'P1', customerId: 'C1', propensity: 0.2, kind: 'cross-sell', expectedValue: 3, reason: '', becauseProductId: 'P2', orders90: 2 };

describe('campaignMessage', () => {
  it('writes the account’s e-mail in its language, every value escaped', () => {
    const context = { customerName: 'Bob & <Sons>', productName: 'MUG "RED"', becauseName: 'MUG <BLUE>', promotion: { name: 'Summer', discountPercent: 10, validTo: '2011-08-31' } };
    const en = campaignMessage(line, context, 'en');
    expect(en).toMatch(/^Hello Bob &amp; &lt;Sons&gt;,/);
    expect(en).toContain('As you order MUG &lt;BLUE&gt;, we think MUG &quot;RED&quot; will sell well for you too.');
    expect(en).toContain('Until August 31, 2011, Summer: 10% off.');
    expect(en).not.toMatch(/<Sons>|<BLUE>/);
    const es = campaignMessage({ ...line, kind: 'reactivation' }, { ...context, productOrders: 5, promotion: undefined }, 'es');
    expect(es).toMatch(/^Hola, Bob &amp; &lt;Sons&gt;:/);
    expect(es).toContain('Lo pidió 5 veces');
    expect(es).not.toContain('Como usted pide'); // a reactivation has no "because"
  });

  it('refuses a template that would output a value raw', () => {
    expect(() => campaignMessage(line, { customerName: 'x', productName: 'y' }, 'en', 'Hi {{{customer}}}')).toThrow(/unescaped/);
  });
});
