import type { BusinessRules } from '../rules/index.js';
import type { CustomerSegment } from './Segment.js';

/** One customer of the win-back list: its segment and the offer the `win-back` client rule gives. */
export interface WinBackEntry extends CustomerSegment {
  /** Name of the client rule the offer comes from; `null` when no rule applies to win-back. */
  rule: string | null;
  /** The rule's offer text; `null` when it has none. */
  offer: string | null;
  /** The rule's discount on every line, in percent; 0 when it has none. */
  discountPercent: number;
}

/**
 * The at-risk and lapsed customers, highest value at stake first (ties: higher monetary value,
 * then customer index), each with the offer of the first client rule that `appliesTo: 'win-back'`.
 * `rules` are already validated (`parseRules`); without them there is no offer.
 */
export function winBackList(segments: readonly CustomerSegment[], rules?: BusinessRules): WinBackEntry[] {
  const rule = (rules?.clientRules ?? []).find((r) => r.appliesTo === 'win-back');
  return segments
    .filter((s) => s.segment === 'at-risk' || s.segment === 'lapsed')
    .sort((a, b) => b.valueAtStake - a.valueAtStake || b.monetary - a.monetary || a.customer - b.customer)
    .map((s) => ({ ...s, rule: rule?.name ?? null, offer: rule?.offer ?? null, discountPercent: rule?.discountPercent ?? 0 }));
}
