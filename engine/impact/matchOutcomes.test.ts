import { describe, expect, it } from 'vitest';
import { matchOutcomes, type LaterOrderLine, type ProposedLine } from './matchOutcomes.js';

const day = (d: string) => Date.parse(`${d}T10:00:00Z`);
const line = (proposalId: string, accountId: string, productId: string, d: string): ProposedLine => ({ proposalId, accountId, productId, proposedAt: day(d) });
const order = (accountId: string, productId: string, d: string, quantity: number, price: number): LaterOrderLine => ({ accountId, productId, orderedAt: day(d), quantity, value: quantity * price });

describe('matchOutcomes', () => {
  const proposed = [line('P1', 'A', 'x', '2026-03-02'), line('P1', 'A', 'y', '2026-03-02'), line('P1', 'A', 'z', '2026-03-02'), line('P2', 'B', 'x', '2026-03-05')];
  const orders = [
    order('A', 'x', '2026-03-02', 6, 2), // same day: counts
    order('A', 'x', '2026-03-20', 4, 2.5), // a second order within the horizon adds up
    order('A', 'w', '2026-03-10', 1, 100), // not proposed: only the account's total
    order('A', 'y', '2026-04-30', 3, 1), // after the 30-day horizon
    order('A', 'z', '2026-03-01', 3, 1), // before the proposal
    order('C', 'x', '2026-03-06', 9, 1), // another account
  ];

  it('gives each proposed line the quantity and value ordered within the horizon', () => {
    const { lines } = matchOutcomes(proposed, orders, 30);
    expect(lines).toEqual([
      { ordered: true, orderedQuantity: 10, orderedValue: 22 },
      { ordered: false, orderedQuantity: 0, orderedValue: 0 },
      { ordered: false, orderedQuantity: 0, orderedValue: 0 },
      { ordered: false, orderedQuantity: 0, orderedValue: 0 },
    ]);
  });

  it("gives each proposal its conversion and the account's ordered value", () => {
    const { proposals } = matchOutcomes(proposed, orders, 30);
    expect(proposals.get('P1')).toEqual({ proposalId: 'P1', lines: 3, linesOrdered: 1, conversion: 1 / 3, orderedValue: 22, accountOrderedValue: 122 });
    expect(proposals.get('P2')).toMatchObject({ lines: 1, linesOrdered: 0, conversion: 0, accountOrderedValue: 0 });
  });

  it('counts an order once, for the latest proposal before it', () => {
    const two = [line('P1', 'A', 'x', '2026-03-02'), line('P3', 'A', 'x', '2026-03-15')];
    const { lines } = matchOutcomes(two, orders, 30);
    expect(lines[0]).toEqual({ ordered: true, orderedQuantity: 6, orderedValue: 12 });
    expect(lines[1]).toEqual({ ordered: true, orderedQuantity: 4, orderedValue: 10 });
  });

  it('is idempotent: the same inputs give the same outputs', () => {
    expect(matchOutcomes(proposed, orders, 30)).toEqual(matchOutcomes([...proposed], [...orders].reverse(), 30));
  });

  it('refuses a horizon that is not a positive number of days', () => {
    expect(() => matchOutcomes(proposed, orders, 0)).toThrow(/horizon/);
  });
});
