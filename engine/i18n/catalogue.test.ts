import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.js';
import type { Message } from './Messages.js';
import { messagesEn } from './messagesEn.js';
import { messagesEs } from './messagesEs.js';

const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

describe('the catalogues', () => {
  it('have the same keys', () => {
    expect(Object.keys(messagesEs).sort()).toEqual(Object.keys(messagesEn).sort());
  });

  it('have, key by key, the same kind of message and the same placeholders', () => {
    for (const key of Object.keys(messagesEn) as (keyof typeof messagesEn)[]) {
      const en = messagesEn[key];
      const es = messagesEs[key];
      expect(typeof es, key).toBe(typeof en);
      expect(placeholders(es), key).toEqual(placeholders(en));
      if (typeof en !== 'string') expect(Object.keys(es).sort(), key).toEqual(['one', 'other']);
    }
  });

  it('is chosen by language, with region variants and unknown tags falling back', () => {
    expect(catalogue('es')).toBe(messagesEs);
    expect(catalogue('es-MX')).toBe(messagesEs);
    expect(catalogue('en-GB')).toBe(messagesEn);
    expect(catalogue('fr')).toBe(messagesEn);
  });
});
