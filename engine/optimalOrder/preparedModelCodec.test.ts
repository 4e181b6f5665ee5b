import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { ENGINE_VERSION } from '../version.js';
import { fitOptimalOrder } from './fitOptimalOrder.js';
import { MODEL_BOUNDS } from './checkPreparedModel.js';
import { decodePreparedModel, encodePreparedModel, MAX_MODEL_CHARS } from './preparedModelCodec.js';
import type { PreparedModel } from './PreparedModel.js';

const model = () => {
  const { history, asOf } = crossSellFixture();
  return fitOptimalOrder(history, asOf).prepare();
};

/** The model's text after `change` edits its JSON (typed arrays as their `{ $typed, length, base64 }`). */
function crafted(change: (json: Record<string, any>) => void): string {
  const json = JSON.parse(encodePreparedModel(model()));
  change(json);
  return JSON.stringify(json);
}

/** A typed array as the encoder writes it. */
const encoded = (tag: string, bytes: number[], length = bytes.length / (tag === 'f64' ? 8 : 4)) => ({ $typed: tag, length, base64: btoa(String.fromCharCode(...bytes)) });

describe('encodePreparedModel / decodePreparedModel', () => {
  it('reads back every array bit for bit, with its type, NaN included', () => {
    const m = model();
    expect(m.prices.value.some(Number.isNaN)).toBe(true); // levels without a price
    const back = decodePreparedModel(encodePreparedModel(m));
    expect(back).toEqual(m);
    expect(back.extension.items.products).toBeInstanceOf(Int32Array);
    expect(back.extension.items.ease).toBeInstanceOf(Float32Array);
    expect(Array.from(back.prices.value, Number.isNaN)).toEqual(Array.from(m.prices.value, Number.isNaN));
  });

  it('stores the item matrices by their upper triangles, under half their squares', () => {
    const m = model();
    const { size } = m.extension.items;
    expect(size).toBeGreaterThan(2);
    const items = JSON.parse(encodePreparedModel(m)).extension.items;
    expect(Object.keys(items).filter((k) => k === 'ease' || k === 'cosine' || k === 'together')).toEqual([]);
    for (const key of ['easeUpper', 'cosineUpper']) expect(items[key].length).toBe((size * (size - 1)) / 2);
    const squares = 2 * 4 * size * size; // the bytes of ease and cosine whole, Float32
    expect(items.easeUpper.base64.length + items.cosineUpper.base64.length).toBeLessThan(((squares / 2) * 4) / 3 + 8);
  });

  it('reads a model written before typed arrays declared their length', () => {
    const text = encodePreparedModel(model()).replace(/"length":\d+,/g, '');
    expect(text).not.toContain('"length"');
    expect(decodePreparedModel(text)).toEqual(model());
  });

  it('refuses text that is not a model, another format, another engine version, and inconsistent lengths, saying which', () => {
    const text = encodePreparedModel(model());
    expect(() => decodePreparedModel('<html>', 'file m.json')).toThrow(/file m.json is not a prepared model/);
    expect(() => decodePreparedModel(text.replace('optimal-order-prepared-model/2', 'optimal-order-prepared-model/1'))).toThrow(/format 'optimal-order-prepared-model\/1', expected 'optimal-order-prepared-model\/2'/);
    expect(() => decodePreparedModel(text.replace(`"engineVersion":"${ENGINE_VERSION}"`, '"engineVersion":"0.0.1"'))).toThrow(/prepared by engine 0.0.1, this is .*prepare it again/);
    const m = model();
    m.demand.pop();
    expect(() => decodePreparedModel(encodePreparedModel(m))).toThrow(/demand has \d+ entries, expected \d+/);
  });

  it('refuses text over the size cap before parsing it', () => {
    expect(() => decodePreparedModel(' '.repeat(MAX_MODEL_CHARS + 1), 'm.json')).toThrow('m.json is 67 MB of text, more than the 64 MiB a prepared model may be');
  });

  it.each<[string, (json: Record<string, any>) => void, RegExp]>([
    ['a base64 payload shorter than its declared length', (j) => (j.peerShares.length += 1), /peerShares declares \d+ entries, but its base64 decodes to \d+ bytes \(8 an entry\)/],
    ['a base64 payload that is not base64', (j) => (j.peerShares.base64 = '!!!!' + j.peerShares.base64.slice(4)), /peerShares is not base64 \(a character outside its alphabet\)/],
    ['a base64 payload cut short', (j) => (j.peerShares = { $typed: 'f64', base64: 'AAAA' }), /peerShares decodes to 3 bytes, not a whole number of 8-byte entries/],
    ['an unknown array type', (j) => (j.peerShares.$typed = 'f16'), /peerShares has unknown array type "f16"/],
    ['an absurd declared length', (j) => (j.peerShares.length = 1e15), /peerShares declares 1000000000000000 entries, but its base64 decodes to/],
    ['more product names than products', (j) => j.productNames.push('extra'), /productNames has \d+ entries, expected \d+/],
    ['a per-product array longer than the products', (j) => (j.habitual.trend = encoded('f64', new Array(8 * (j.productIds.length + 1)).fill(0))), /habitual\.trend has \d+ entries, expected \d+/],
    ['customers above the bound', (j) => (j.customers = 1e12), /customers is 1000000000000, not a whole number from 0 to 10000000/],
    ['an item model larger than the products', (j) => (j.extension.items.size = 1e6), /extension\.items\.size is 1000000, not a whole number from 0 to \d+/],
    ['an item matrix shorter than size × size', (j) => (j.extension.items.size -= 1), /extension\.items\.products has \d+ entries, expected \d+/],
    ["an EASE triangle of another size than the items'", (j) => (j.extension.items.easeUpper = encoded('f32', [0, 0, 0, 0])), /extension\.items\.easeUpper has 1 entries, expected \d+/],
    ['a cosine stored whole instead of by its triangle', (j) => (j.extension.items.cosineUpper = encoded('f32', new Array(4 * j.extension.items.size ** 2).fill(0))), /extension\.items\.cosineUpper has \d+ entries, expected \d+/],
    ['co-buyers of neither size', (j) => (j.extension.items.togetherUpper = encoded('f32', [0, 0, 0, 0])), /extension\.items\.togetherUpper has 1 entries, expected 0 or \d+/],
    ["an EASE diagonal that is not positive", (j) => (j.extension.items.easeDiagonal = encoded('f64', new Array(8 * j.extension.items.size).fill(0))), /extension\.items\.easeDiagonal\[0\] is 0, not a positive number/],
    ['item matrices stored whole (before triangles)', (j) => ((j.extension.items.ease = j.extension.items.easeUpper), delete j.extension.items.easeUpper), /extension\.items holds whole matrices, as models prepared before .*: prepare it again/],
    ['a missing EASE diagonal', (j) => delete j.extension.items.easeDiagonal, /extension\.items\.easeDiagonal is not a Float64Array/],
    [
      'a ranker with a NaN weight',
      (j) => (j.habitual.ranker = { mean: encoded('f64', [0, 0, 0, 0, 0, 0, 0, 0]), scale: encoded('f64', [0, 0, 0, 0, 0, 0, 0xf0, 0x3f]), weights: encoded('f64', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f]) }),
      /habitual\.ranker\.weights holds a value that is not a finite number/,
    ],
    ['a ranker whose weights do not match its features', (j) => (j.extension.calibrator = { mean: encoded('f64', [0, 0, 0, 0, 0, 0, 0, 0]), scale: encoded('f64', [0, 0, 0, 0, 0, 0, 0xf0, 0x3f]), weights: encoded('f64', [0, 0, 0, 0, 0, 0, 0, 0]) }), /extension\.calibrator\.weights has 1 entries, expected 2/],
    ['an unknown demand', (j) => (j.demand[0] = 'exploding'), /demand\[0\] is "exploding", not one of rising, falling, steady/],
    ['objects nested deeper than a model', (j) => (j.extra = JSON.parse('{"a":'.repeat(20) + '1' + '}'.repeat(20))), /extra(\.a)+ nests deeper than a prepared model does/],
  ])('refuses %s, naming the field', (_, change, message) => {
    expect(() => decodePreparedModel(crafted(change), 'm.json')).toThrow(message);
  });

  it('bounds counts far above the shared data', () => {
    expect(MODEL_BOUNDS).toEqual({ products: 1_000_000, customers: 10_000_000, items: 5_000, features: 1_000 });
    const m: PreparedModel = model();
    expect(m.productIds.length).toBeLessThan(MODEL_BOUNDS.products);
  });
});
