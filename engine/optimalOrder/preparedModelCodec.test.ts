import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { ENGINE_VERSION } from '../version.js';
import { fitOptimalOrder } from './fitOptimalOrder.js';
import { decodePreparedModel, encodePreparedModel } from './preparedModelCodec.js';

const model = () => {
  const { history, asOf } = crossSellFixture();
  return fitOptimalOrder(history, asOf).prepare();
};

describe('encodePreparedModel / decodePreparedModel', () => {
  it('reads back every array bit for bit, with its type, NaN included', () => {
    const m = model();
    expect(m.prices.value.some(Number.isNaN)).toBe(true); // levels without a price
    const back = decodePreparedModel(encodePreparedModel(m));
    expect(back).toEqual(m);
    expect(back.habitual.neighbourVectors.col).toBeInstanceOf(Int32Array);
    expect(back.extension.items.ease).toBeInstanceOf(Float32Array);
    expect(Array.from(back.prices.value, Number.isNaN)).toEqual(Array.from(m.prices.value, Number.isNaN));
  });

  it('refuses text that is not a model, another format, another engine version, and inconsistent lengths, saying which', () => {
    const text = encodePreparedModel(model());
    expect(() => decodePreparedModel('<html>', 'file m.json')).toThrow(/file m.json is not a prepared model/);
    expect(() => decodePreparedModel(text.replace('optimal-order-prepared-model/1', 'optimal-order-prepared-model/0'))).toThrow(/format 'optimal-order-prepared-model\/0'/);
    expect(() => decodePreparedModel(text.replace(`"engineVersion":"${ENGINE_VERSION}"`, '"engineVersion":"0.0.1"'))).toThrow(/prepared by engine 0.0.1, this is .*prepare it again/);
    const m = model();
    m.demand.pop();
    expect(() => decodePreparedModel(encodePreparedModel(m))).toThrow(/demand has \d+ entries for \d+ products/);
  });
});
