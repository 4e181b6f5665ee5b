import { renderSegmentReason } from '../explain/index.js';
import { lastPurchases } from '../prep/index.js';
import { checkLineQuantity } from '../quantity/index.js';
import { assembleOptimalOrder, type CandidateLine } from './assembleOptimalOrder.js';
import { developmentCandidates } from './developmentCandidates.js';
import { habitualCandidates } from './habitualCandidates.js';
import { linePricer } from './linePricer.js';
import { noveltyCandidates } from './noveltyCandidates.js';
import type { LineKind, OptimalOrder } from './OptimalOrder.js';
import type { ProposalSetup } from './ProposalSetup.js';
import { usualOrder } from './usualOrder.js';

/**
 * Customer `c`'s optimal order (null without an order before as-of), in named steps: candidate
 * lines (`habitualCandidates`, `developmentCandidates`, `noveltyCandidates`), pricing with the
 * promotion choice (`linePricer`, shared with `newCustomerOrder`), then `assembleOptimalOrder`
 * (rules, thresholds, ranking, the client rule's offer) and the usual order it is measured against.
 */
export function proposeOrder(s: ProposalSetup, c: number): OptimalOrder | null {
  const { past, asOf, segments, book, demand } = s.parts;
  const segment = segments.get(c);
  if (!segment) return null;
  const own = lastPurchases(past, c);
  const habitual = habitualCandidates(s, c, own);
  const lines = [...habitual.lines.slice(0, habitual.count), ...developmentCandidates(s, c, habitual), ...noveltyCandidates(s, c, own)];
  for (const l of lines) checkLineQuantity(s.quantities, c, l);
  // A line needs a base price (the customer paid one, or enough customers did); the price itself is worked out for the lines priced.
  const candidates = (kind: LineKind): CandidateLine[] => lines.filter((l) => l.kind === kind && book.hasPrice(l.product, c));
  const order = assembleOptimalOrder({
    customerId: past.customerIds[c]!,
    segment: segment.segment,
    bought: new Set([...own.keys()].map((p) => past.productIds[p]!)),
    habitual: candidates('habitual'),
    development: candidates('development'),
    extension: candidates('extension'),
    price: linePricer({ book, customer: c, segment: segment.segment, demand, rules: s.rules, promotions: s.live, asOf, locale: s.locale }),
    offerReason: renderSegmentReason(segment, s.locale),
    rules: s.rules,
    k: habitual.count,
    locale: s.locale,
  });
  return { ...order, usual: usualOrder(habitual.sizes, segment.orderValue, order) };
}
