import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { DAY_MS, HistoryBuilder, lastPurchases, parseDateTime } from '../prep/index.js';
import { developmentCandidates } from './developmentCandidates.js';
import { fitParts } from './fitOptimalOrder.js';
import { habitualCandidates } from './habitualCandidates.js';
import { noveltyCandidates } from './noveltyCandidates.js';
import { proposalSetup } from './ProposalSetup.js';
import { proposeOrder } from './proposeOrder.js';

describe('the candidate-line steps', () => {
  const { history, asOf, target } = crossSellFixture();
  const parts = fitParts(history, asOf);
  const own = lastPurchases(parts.past, target);

  it('habitualCandidates: only what the customer bought, allowed by the rules, sized to its orders', () => {
    const h = habitualCandidates(proposalSetup(parts, {}), target, own);
    expect(h.lines.map((l) => [l.productId, l.kind])).toEqual([['A', 'habitual']]);
    expect(h.count).toBe(1);
    expect(h.sizes).toEqual([1, 1]);
    expect(h.lines[0]!.reason).toMatchObject({ code: 'habitual' });
    const excluded = proposalSetup(parts, { rules: { excludedProducts: [{ name: 'gone', productIds: ['A'] }] } });
    expect(habitualCandidates(excluded, target, own).lines).toEqual([]);
  });

  it('noveltyCandidates: never-bought products, a dearer variant of a bought one as development', () => {
    const lines = noveltyCandidates(proposalSetup(parts, {}), target, own);
    expect(lines.every((l) => !own.has(l.product))).toBe(true);
    expect(lines.find((l) => l.productId === 'B')).toMatchObject({ kind: 'extension', reason: { code: 'cross-sell', because: ['A'] } });
    const premium = crossSellFixture({ a: '85099B', b: '85099F', priceOfB: 2.5 });
    const premiumParts = fitParts(premium.history, premium.asOf);
    const variant = noveltyCandidates(proposalSetup(premiumParts, {}), premium.target, lastPurchases(premiumParts.past, premium.target));
    expect(variant.find((l) => l.productId === '85099F')).toMatchObject({ kind: 'development', reason: { code: 'premium-variant', of: '85099B' } });
  });

  it('proposeOrder: the steps assembled, nothing for a customer without an order', () => {
    const order = proposeOrder(proposalSetup(parts, {}), target)!;
    expect(order.items.map((l) => l.productId)).toEqual(['A', 'B']);
    expect(order.usual).toMatchObject({ lines: 1 });
    expect(proposeOrder(proposalSetup(parts, {}), history.customerIds.length + 5)).toBeNull();
  });
});

describe('developmentCandidates', () => {
  const asOf = parseDateTime('2024-07-01');
  const b = new HistoryBuilder();
  // Ten peers order X and Y in each of 4 orders; the target orders Y six times, X once.
  for (let c = 0; c < 10; c++) {
    for (let o = 0; o < 4; o++) for (const productId of ['X', 'Y']) b.add({ customerId: `P${c}`, orderId: `P${c}-${o}`, orderTime: asOf - (100 - 20 * o + c) * DAY_MS, productId, quantity: 2, unitPrice: 1 });
  }
  for (let o = 0; o < 6; o++) b.add({ customerId: 'T', orderId: `T-${o}`, orderTime: asOf - (90 - 15 * o) * DAY_MS, productId: 'Y', quantity: 2, unitPrice: 1 });
  b.add({ customerId: 'T', orderId: 'T-0', orderTime: asOf - 90 * DAY_MS, productId: 'X', quantity: 2, unitPrice: 1 });
  const history = b.build();
  const parts = fitParts(history, asOf);
  const t = history.customerIndex.get('T')!;

  it('makes a product below the order’s cut that peers order far more often a development line, unless a rep rejected it', () => {
    const s = proposalSetup(parts, { k: 1 });
    const habitual = habitualCandidates(s, t, lastPurchases(parts.past, t));
    expect(habitual.lines.slice(0, habitual.count).map((l) => l.productId)).toEqual(['Y']);
    const lines = developmentCandidates(s, t, habitual);
    expect(lines.map((l) => [l.productId, l.kind])).toEqual([['X', 'development']]);
    expect(lines[0]!.reason).toMatchObject({ code: 'development' });
    const rejected = proposalSetup(parts, { k: 1, feedback: [{ customerId: 'T', productId: 'X', time: asOf - 10 * DAY_MS, action: 'rejected', kind: 'development', proposedQuantity: 2, rejectionReason: 'not-needed' }] });
    expect(developmentCandidates(rejected, t, habitualCandidates(rejected, t, lastPurchases(parts.past, t)))).toEqual([]);
  });
});
