import { describe, expect, it } from 'vitest';
import { COLOUR_LEXICON, MATERIAL_LEXICON, THEME_LEXICON, TYPE_LEXICON } from './attributeLexicon.js';
import { describeProduct } from './describeProduct.js';
import { priceBand } from './priceBand.js';

describe('describeProduct', () => {
  it('reads type, colour, theme, material and pack size from real descriptions', () => {
    expect(describeProduct('WHITE HANGING HEART T-LIGHT HOLDER')).toEqual({ type: 'candle holder', colour: 'white', theme: 'love', material: null, pack_size: null });
    expect(describeProduct('PACK OF 72 SKULL CAKE CASES')).toMatchObject({ type: 'baking', pack_size: 72 });
    expect(describeProduct('SET/20 RED RETROSPOT PAPER NAPKINS')).toEqual({ type: 'party', colour: 'red', theme: 'vintage', material: 'paper', pack_size: 20 });
    expect(describeProduct('CHRISTMAS RETROSPOT TREE WOOD')).toMatchObject({ theme: 'christmas', material: 'wood' });
  });
  it('takes the last product noun named, the longest phrase first', () => {
    expect(describeProduct('WOODEN BOX OF DOMINOES').type).toBe('toy');
    expect(describeProduct('CAKE STAND 3 TIER MAGIC GARDEN').type).toBe('tableware');
    expect(describeProduct('JUMBO BAG PINK VINTAGE PAISLEY').type).toBe('bag');
  });
  it('reads a leading count as a pack size, but not a size or a part', () => {
    expect(describeProduct('12 PENCILS TALL TUBE RED RETROSPOT').pack_size).toBe(12);
    expect(describeProduct('200 RED + WHITE BENDY STRAWS')).toMatchObject({ pack_size: 200, colour: 'red' });
    expect(describeProduct('3 TIER CAKE TIN RED AND CREAM').pack_size).toBeNull();
    expect(describeProduct('3D SHEET OF DOG STICKERS').pack_size).toBeNull();
    expect(describeProduct("50'S CHRISTMAS GIFT BAG LARGE").pack_size).toBeNull();
  });
  it('states nothing it cannot read', () => {
    expect(describeProduct('SPACE OWL')).toEqual({ type: null, colour: null, theme: null, material: null, pack_size: null });
  });
});

describe('attribute lexicons', () => {
  it('never let one phrase name two values of one attribute', () => {
    for (const lexicon of [TYPE_LEXICON, COLOUR_LEXICON, THEME_LEXICON, MATERIAL_LEXICON]) {
      const phrases = lexicon.flatMap(([, words]) => words);
      expect(new Set(phrases).size).toBe(phrases.length);
    }
  });
});

describe('priceBand', () => {
  it('puts each price in one band, lower bounds inclusive', () => {
    expect([0.42, 1, 2.49, 2.5, 7, 12, NaN].map(priceBand)).toEqual(['under 1', '1 to 2.50', '1 to 2.50', '2.50 to 5', '5 to 10', '10 and over', null]);
  });
});
