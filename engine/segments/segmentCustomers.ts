import { renderSegmentReason } from '../explain/index.js';
import type { OrderHistory } from '../prep/index.js';
import { customerRhythm } from './customerRhythm.js';
import type { CustomerSegment } from './Segment.js';
import { allowanceDays, segmentOf } from './segmentOf.js';
import { DEFAULT_SEGMENT_SETTINGS, type SegmentSettings } from './SegmentSettings.js';
import { valueAtStake } from './valueAtStake.js';

/**
 * The segment of every customer with an order before `asOf`, in customer index order, decided
 * from its own rhythm (see `segmentOf`), with its recency, frequency, monetary value, stability,
 * value at stake and an English reason. Orders on or after `asOf` are ignored.
 */
export function segmentCustomers(past: OrderHistory, asOf: number, options: Partial<SegmentSettings> = {}): CustomerSegment[] {
  const settings: SegmentSettings = { ...DEFAULT_SEGMENT_SETTINGS, ...options };
  const out: CustomerSegment[] = [];
  for (let c = 0; c < past.customerIds.length; c++) {
    const rhythm = customerRhythm(past, c, asOf);
    if (rhythm === null) continue;
    const segment = segmentOf(rhythm, settings);
    const orderValue = rhythm.monetary / rhythm.orderDays;
    const lost = segment === 'at-risk' || segment === 'lapsed';
    const s: CustomerSegment = {
      customer: c,
      customerId: past.customerIds[c]!,
      segment,
      recencyDays: rhythm.recencyDays,
      orders: rhythm.orders,
      orderDays: rhythm.orderDays,
      intervalDays: rhythm.intervalDays,
      allowanceDays: allowanceDays(rhythm, settings),
      monetary: rhythm.monetary,
      orderValue,
      stability: rhythm.stability,
      valueAtStake: lost ? valueAtStake(orderValue, rhythm.intervalDays, settings.horizonDays, settings.minPaceDays) : 0,
      reason: '',
    };
    s.reason = renderSegmentReason(s, 'en');
    out.push(s);
  }
  return out;
}
