import { describe, expect, it } from 'vitest';
import { lastPurchases, sliceHistory } from '../../prep/index.js';
import { crossSellFixture } from '../fixtures/crossSellFixture.js';
import { extensionModel } from './extensionModel.js';
import { firstOrderQuantities } from './firstOrderQuantities.js';

const fixture = crossSellFixture();
const { history, asOf, target } = fixture;
const id = (p: number) => history.productIds[p];

describe('extensionModel', () => {
  it('suggests the product similar customers buy with the target’s, not the most popular one', () => {
    const fitted = extensionModel().fit(history, asOf);
    const top = fitted.recommend(target, 2);
    expect(id(top[0]!.product)).toBe('B');
    expect(fitted.evidence(target, top[0]!.product)).toEqual({ because: [history.productIndex.get('A')], recentBuyers: 14 });
    // 14 = the 12 late customers and the two pair customers whose last order is 89 and 90 days back.
  });

  it('never suggests what the customer bought, and only for customers of the history', () => {
    const fitted = extensionModel().fit(history, asOf);
    const past = sliceHistory(history, { before: asOf });
    for (let c = 0; c < past.customerIds.length; c++) {
      const own = lastPurchases(past, c);
      for (const r of fitted.recommend(c, 10)) {
        expect(own.has(r.product)).toBe(false);
        expect(r.probability).toBeGreaterThanOrEqual(0);
        expect(r.probability).toBeLessThanOrEqual(1);
        expect(r.quantity).toBeGreaterThan(0);
      }
    }
    expect(fitted.recommend(-1, 3)).toEqual([]);
    expect(fitted.recommend(past.customerIds.length, 3)).toEqual([]);
  });

  it('without enough history to calibrate, keeps EASE’s order with half the co-purchase confidence as probability', () => {
    const fitted = extensionModel().fit(history, asOf);
    expect(fitted.calibrator).toBeNull();
    const [b, other] = fitted.recommend(target, 2);
    // Of the 25 customers who bought A before as-of, 24 bought B (12 pair, 12 late); nobody bought C or D with A.
    expect(b!.probability).toBeCloseTo(0.5 * (24 / 25), 6);
    expect(other!.probability).toBe(0);
  });

  it('learns a calibrator when the cut-off one horizon back has labels, and uses only the past', () => {
    const model = extensionModel({ minTrainingRows: 1 });
    const fitted = model.fit(history, asOf);
    expect(fitted.calibrator).not.toBeNull();
    const onPast = model.fit(sliceHistory(history, { before: asOf }), asOf);
    for (let c = 0; c < 10; c++) expect(onPast.recommend(c, 5)).toEqual(fitted.recommend(c, 5));
    // The late customers bought A, then A with B inside the calibration window: B is learnt as likely.
    expect(id(fitted.recommend(target, 1)[0]!.product)).toBe('B');
  });

  it('proposes the quantity customers take the first time they buy the product', () => {
    const q = firstOrderQuantities(sliceHistory(history, { before: asOf }));
    // B: first bought in 6s by the 12 pair customers, in 4s by the 12 late ones: median 5.
    expect(q[history.productIndex.get('B')!]).toBe(5);
  });
});
