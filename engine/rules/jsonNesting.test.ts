import { describe, expect, it } from 'vitest';
import { deepValuePath, findDeepNesting, MAX_JSON_DEPTH } from './jsonNesting.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('findDeepNesting', () => {
  it('accepts JSON up to the limit, however long, and ignores brackets inside strings', () => {
    expect(findDeepNesting(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findDeepNesting(`{"a":"${'['.repeat(1000)}","b":[1,2,{"c":"\\"["}]}`)).toBeNull();
  });

  it('finds the first bracket past the limit, with the path to it', () => {
    const text = `{"novelty":1,"clientRules":[{"name":"x"},{"appliesTo":${nested(100_000)}}]}`;
    const found = findDeepNesting(text);
    expect(found).not.toBeNull();
    // Three levels before appliesTo (the object, clientRules, its entry): the 33rd bracket is appliesTo's 30th.
    expect(found!.offset).toBe(text.indexOf('[[') + MAX_JSON_DEPTH - 3);
    expect(found!.path).toMatch(/^clientRules\[1\]\.appliesTo(\[0\])+\[?0?…$/);
  });

  it('survives text that is not JSON at all', () => {
    expect(findDeepNesting('"unclosed [[[[')).toBeNull();
    expect(findDeepNesting('}}}]]]')).toBeNull();
    expect(findDeepNesting('{'.repeat(40))?.path).toMatch(/^(\.)*/);
  });
});

describe('deepValuePath', () => {
  it('finds a value nested past the limit without recursing', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(deepValuePath({ priceRules: [{ when: { segments: ['new'] } }] })).toBeNull();
    expect(deepValuePath({ novelty: deep })).toMatch(/^novelty(\[0\])+\[?0?…$/);
  });
});
