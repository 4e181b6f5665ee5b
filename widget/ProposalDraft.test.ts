import { describe, expect, it } from 'vitest';
import { draftMargin, draftOf, draftTotal, lineProblem, priceMove } from './ProposalDraft.js';
import type { PageLine } from './worker/EngineApi.js';

const line = (productId: string, quantity: number, price: number, unitCost: number | null, floor?: number): PageLine => ({
  productId,
  kind: 'habitual',
  probability: 0.5,
  quantity,
  price: { value: price, steps: [`median ${price}`], ...(floor === undefined ? {} : { floor }) },
  promotion: null,
  expectedValue: 1,
  reason: 'ordered often',
  product2Id: `01t${productId}`,
  name: productId,
  history: [],
  unitCost,
});

describe('a proposal draft', () => {
  it('warns when a price moves more than 30 % from the proposal, either way, and not below', () => {
    const [l] = draftOf([line('A', 1, 10, null)]).lines;
    expect(priceMove({ ...l!, price: 13 })).toBeNull();
    expect(priceMove({ ...l!, price: 7 })).toBeNull();
    expect(priceMove({ ...l!, price: 13.5 })).toBeCloseTo(0.35);
    expect(priceMove({ ...l!, price: 1.15 })).toBeCloseTo(-0.885);
    expect(priceMove({ ...l!, price: 115, removed: 'other' })).toBeNull();
  });

  it('totals the lines kept and their margin, lines without a cost counted apart', () => {
    const draft = draftOf([line('A', 10, 2, 1.5), line('B', 2, 10, null), line('C', 1, 4, 1)]);
    expect(draftTotal(draft)).toBe(20 + 20 + 4);
    expect(draftMargin(draft)).toEqual({ value: 5 + 3, share: 8 / 24, unknown: 1 });
    draft.lines[2]!.removed = 'too-expensive';
    expect(draftTotal(draft)).toBe(40);
    expect(draftMargin(draft)).toEqual({ value: 5, share: 0.25, unknown: 1 });
    expect(draftMargin(draftOf([line('B', 2, 10, null)])).share).toBeNull();
  });

  it('flags a price under the rules’ floor, a quantity that is not a positive whole number, a negative price; not a removed line', () => {
    const draft = draftOf([line('A', 10, 2, null, 1.8)]);
    const a = draft.lines[0]!;
    expect(lineProblem(a)).toBeNull();
    expect(lineProblem({ ...a, price: 1.79 })).toBe('floor');
    expect(lineProblem({ ...a, quantity: 0 })).toBe('quantity');
    expect(lineProblem({ ...a, quantity: 1.5 })).toBe('quantity');
    expect(lineProblem({ ...a, price: -1 })).toBe('price');
    expect(lineProblem({ ...a, price: 1, removed: 'other' })).toBeNull();
  });

  it('gives each draft its own proposal id, once', () => {
    const a = draftOf([line('A', 1, 1, null)]);
    const b = draftOf([line('A', 1, 1, null)]);
    expect(a.proposalId).toMatch(/^oo-[0-9a-f-]{36}$/);
    expect(a.proposalId).not.toBe(b.proposalId);
  });
});
