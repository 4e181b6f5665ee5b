import { DAY_MS } from '../prep/index.js';
import type { FeedbackRecord } from './FeedbackRecord.js';
import { DEFAULT_FEEDBACK_SETTINGS, type FeedbackSettings } from './FeedbackSettings.js';

/** What the customer did after a proposal: ordered the product, ordered without it, or has not ordered yet. */
export type Outcome = 'ordered' | 'not-ordered' | 'pending';

/**
 * Feedback indexed by customer and product, answering the three questions a proposal asks:
 * is this line suppressed (a novelty rejected lately)? how much less likely is it (a habitual line
 * proposed and ignored)? which quantities did the rep accept? Only feedback before `asOf` counts.
 * A habitual line is *ignored* when the customer has ordered since the proposal without it; a
 * rejected one counts too unless the customer ordered it anyway. `outcomeAfter` tells what happened
 * between the proposal's time and `asOf`.
 */
export class FeedbackIndex {
  private readonly byKey = new Map<string, FeedbackRecord[]>();

  constructor(
    records: readonly FeedbackRecord[],
    private readonly asOf: number,
    private readonly outcomeAfter: (customerId: string, productId: string, time: number) => Outcome,
    private readonly settings: FeedbackSettings = DEFAULT_FEEDBACK_SETTINGS,
  ) {
    for (const r of records) {
      if (r.time >= asOf) continue;
      const key = keyOf(r.customerId, r.productId);
      const list = this.byKey.get(key);
      if (list) list.push(r);
      else this.byKey.set(key, [r]);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => a.time - b.time);
  }

  /** Whether a novelty for this product was rejected within the cool-down. */
  suppressed(customerId: string, productId: string): boolean {
    const cooldown = this.settings.rejectedNoveltyCooldownDays * DAY_MS;
    return (this.byKey.get(keyOf(customerId, productId)) ?? []).some(
      (r) => r.action === 'rejected' && r.kind !== 'habitual' && this.asOf - r.time < cooldown,
    );
  }

  /** The factor (≤ 1) on a habitual line's probability: one `ignoredHabitualFactor` per recent ignore. */
  habitualFactor(customerId: string, productId: string): number {
    const memory = this.settings.ignoreMemoryDays * DAY_MS;
    let ignores = 0;
    for (const r of this.byKey.get(keyOf(customerId, productId)) ?? []) {
      if (r.kind !== 'habitual' || this.asOf - r.time >= memory) continue;
      const outcome = this.outcomeAfter(customerId, productId, r.time);
      if (outcome === 'not-ordered' || (r.action === 'rejected' && outcome === 'pending')) ignores++;
    }
    const counted = ignores >= this.settings.ignoresBeforePenalty ? ignores : 0;
    return Math.pow(this.settings.ignoredHabitualFactor, counted);
  }

  /** Quantities the rep accepted (as edited) for this product, oldest first. */
  acceptedQuantities(customerId: string, productId: string): number[] {
    return (this.byKey.get(keyOf(customerId, productId)) ?? [])
      .filter((r) => (r.action === 'accepted' || r.action === 'edited') && r.acceptedQuantity !== undefined)
      .map((r) => r.acceptedQuantity!);
  }
}

function keyOf(customerId: string, productId: string): string {
  return `${customerId}\u0000${productId}`;
}
