import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/index.js';
import { templateTags } from '../templateTags.js';
import { PROPOSAL_TEMPLATES } from './index.js';

const VIEW_PATHS = new Set([
  'customer.id', 'customer.name', 'customer.label', 'lines', 'lines.productId', 'lines.name', 'lines.quantity', 'lines.unitPrice', 'lines.lineTotal',
  'lines.promotion', 'lines.promotion.name', 'lines.promotion.discount', 'total', 'lineCount', 'unitCount', 'validUntil', 'repName', 'date', 'offer', 'offerDiscount', 'firstOrder',
]);

describe('the proposal templates', () => {
  it('exist for every language and format, and escape every value in HTML', () => {
    for (const locale of LOCALES) {
      for (const format of ['text', 'html'] as const) {
        const tags = templateTags(PROPOSAL_TEMPLATES[locale][format]);
        expect(tags.length, `${locale} ${format}`).toBeGreaterThan(10);
        expect(tags.filter((t) => t.kind === '&' || t.kind === '>'), `${locale} ${format}`).toEqual([]);
      }
    }
  });

  it('use only the view names, and the same ones in every language', () => {
    for (const format of ['text', 'html'] as const) {
      const used = LOCALES.map((l) => [...new Set(templateTags(PROPOSAL_TEMPLATES[l][format]).map((t) => t.path))].sort());
      for (const paths of used) {
        expect(paths).toEqual(used[0]);
        for (const p of paths) expect(VIEW_PATHS.has(p), p).toBe(true);
      }
    }
    // The built-in templates show the id through `customer.label` ("name (id)", or the id alone).
    expect([...new Set(templateTags(PROPOSAL_TEMPLATES.en.html).map((t) => t.path))].sort()).toEqual([...VIEW_PATHS].filter((p) => p !== 'customer.id').sort());
  });
});
