import { DAY_MS } from '../prep/index.js';
import type { FeedbackRecord } from './FeedbackRecord.js';
import { DEFAULT_FEEDBACK_SETTINGS, type FeedbackSettings } from './FeedbackSettings.js';

/** A feedback record as an account's insight holds it: the account is the insight's own. */
export type InsightFeedback = Omit<FeedbackRecord, 'customerId'>;

/**
 * The most feedback records one insight holds: about 60 characters each as stored, so 200 add at
 * most 12 KB to an insight of 1.4 KB (median) to 15 KB, inside the 32,000 characters Bulk API 2.0
 * writes in a field. The newest are kept.
 */
export const MAX_INSIGHT_FEEDBACK = 200;

/**
 * The part of one account's feedback its later views can still use, for its insight: records before
 * `asOf` within the longer of the rejected-novelty cool-down and the ignore memory, plus the last two
 * accepted quantities of each product whatever their age (quantities move toward them), oldest
 * first, at most `max` (the newest). What `FeedbackIndex` would ignore is not stored.
 */
export function insightFeedback(records: readonly FeedbackRecord[], asOf: number, settings: FeedbackSettings = DEFAULT_FEEDBACK_SETTINGS, max = MAX_INSIGHT_FEEDBACK): InsightFeedback[] {
  const window = Math.max(settings.rejectedNoveltyCooldownDays, settings.ignoreMemoryDays) * DAY_MS;
  const sorted = records.filter((r) => r.time < asOf).sort((a, b) => a.time - b.time);
  const lastAccepted = new Map<string, FeedbackRecord[]>();
  for (const r of sorted) {
    if (r.action === 'rejected' || r.acceptedQuantity === undefined) continue;
    const list = lastAccepted.get(r.productId) ?? [];
    list.push(r);
    lastAccepted.set(r.productId, list.slice(-2));
  }
  const kept = new Set([...lastAccepted.values()].flat());
  const out: InsightFeedback[] = [];
  for (const r of sorted) {
    if (asOf - r.time >= window && !kept.has(r)) continue;
    const { customerId: _account, ...rest } = r;
    out.push(rest);
  }
  return out.slice(-max);
}
