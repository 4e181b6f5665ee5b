import { describe, expect, it } from 'vitest';
import { formattingLocale } from './formattingLocale.js';
import { resolveLocale } from './resolveLocale.js';

describe('resolveLocale', () => {
  it('keeps the language of a region variant', () => {
    expect(resolveLocale('es-MX')).toBe('es');
    expect(resolveLocale('es_419')).toBe('es');
    expect(resolveLocale('EN-gb')).toBe('en');
  });

  it('falls back to English for unknown, empty or missing tags', () => {
    expect(resolveLocale('fr-FR')).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('estonian')).toBe('en');
  });

  it('takes the first supported language of a preference list', () => {
    expect(resolveLocale(['fr-CA', 'es-AR', 'en'])).toBe('es');
    expect(resolveLocale(['de', 'it'])).toBe('en');
  });
});

describe('formattingLocale', () => {
  it('keeps a supported region for Intl, and never mixes languages', () => {
    expect(formattingLocale('en-GB')).toBe('en-GB');
    expect(formattingLocale('es_MX')).toBe('es-MX');
    expect(formattingLocale('fr-FR')).toBe('en');
    expect(formattingLocale('not a tag!')).toBe('en');
  });
});
