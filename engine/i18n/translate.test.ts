import { describe, expect, it } from 'vitest';
import { pluralCategory } from './pluralCategory.js';
import { translate } from './translate.js';

describe('translate', () => {
  it('fills placeholders and picks plural forms with Intl.PluralRules', () => {
    expect(translate('en', 'proposal.lineCount', { count: 1 })).toBe('1 line');
    expect(translate('en', 'proposal.lineCount', { count: 0 })).toBe('0 lines');
    expect(translate('en', 'proposal.lineCount', { count: 3 })).toBe('3 lines');
    expect(translate('es', 'proposal.lineCount', { count: 1 })).toBe('1 línea');
    expect(translate('es', 'proposal.lineCount', { count: 0 })).toBe('0 líneas');
    expect(translate('es-MX', 'proposal.unitCount', { count: 2 })).toBe('2 unidades');
    expect(translate('en', 'reason.mustSell', { segment: 'new', rule: 'starter kit' })).toBe('must-sell for new customers (starter kit)');
  });

  it('formats numbers for the locale', () => {
    expect(translate('en', 'proposal.unitCount', { count: 12345 })).toBe('12,345 units');
    expect(translate('es', 'proposal.unitCount', { count: 12345 })).toBe('12.345 unidades');
    expect(translate('es', 'proposal.unitCount', { count: 1.5 })).toBe('1,5 unidades');
  });

  it('falls back to English for an unknown locale', () => {
    expect(translate('de-DE', 'reason.neverOrdered')).toBe('not ordered yet; similar customers order it');
  });

  it('refuses a missing parameter at compile time and at run time', () => {
    // @ts-expect-error: {rule} is missing
    expect(() => translate('en', 'reason.mustSell', { segment: 'new' })).toThrow(/reason.mustSell: no value for \{rule\}/);
    // @ts-expect-error: plural messages need a count
    expect(() => translate('en', 'proposal.lineCount')).toThrow(/need a number \{count\}/);
  });
});

describe('pluralCategory', () => {
  it('gives the CLDR category', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(1, 'es')).toBe('one');
    expect(pluralCategory(2, 'es')).toBe('other');
    expect(pluralCategory(0, 'en')).toBe('other');
  });
});
