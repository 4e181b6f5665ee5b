import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../engine/index.js';
import { segmentLabel } from './segmentLabel.js';
import { translator } from './translator.js';
import { uiMessagesEn, type UiMessage } from './uiMessagesEn.js';
import { uiMessagesEs } from './uiMessagesEs.js';

describe('translator', () => {
  it('says "1 line" and "2 lines", in each language', () => {
    expect(translator('en').call(null, 'total.lines', { count: 1 })).toBe('1 line');
    expect(translator('en')('total.lines', { count: 2 })).toBe('2 lines');
    expect(translator('es-ES')('total.lines', { count: 1 })).toBe('1 línea');
    expect(translator('es')('ignored.rules', { count: 3 })).toBe('3 reglas ignoradas');
    expect(translator('en')('ignored.rules', { count: 1 })).toBe('1 rule ignored');
  });

  it('writes numbers in placeholders the locale’s way', () => {
    expect(translator('es')('total.lines', { count: 1234 })).toBe('1234 líneas');
    expect(translator('en')('total.lines', { count: 1234 })).toBe('1,234 lines');
  });

  it('has plural forms for every message that counts, in both catalogues', () => {
    const counting = (m: UiMessage) => (typeof m === 'string' ? m : Object.values(m).join(' ')).includes('{count}');
    for (const [catalogue, messages] of [['en', uiMessagesEn], ['es', uiMessagesEs]] as const) {
      for (const [key, m] of Object.entries(messages) as [string, UiMessage][]) {
        if (counting(m)) expect(typeof m, `${catalogue} ${key} counts but has no plural forms`).toBe('object');
        if (typeof m === 'object') expect(m.other, `${catalogue} ${key}`).toBeTruthy();
      }
    }
  });

  it('translates segment badges, and keeps the code of a segment it does not know', () => {
    expect(segmentLabel(translator('es'), 'at-risk')).toBe('en riesgo');
    expect(segmentLabel(translator('en'), 'at-risk')).toBe('at risk');
    expect(segmentLabel(translator('es'), 'one-time')).toBe('comprador de una vez');
    expect(segmentLabel(translator('en'), 'vip')).toBe('vip');
    // Every segment the engine gives has its own words in each language (a new one fails here until translated).
    for (const locale of ['en', 'es']) for (const s of SEGMENTS) expect(`segment.${s}` in (locale === 'en' ? uiMessagesEn : uiMessagesEs), `${locale} segment.${s}`).toBe(true);
  });
});
