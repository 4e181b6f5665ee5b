import type { CustomerRhythm } from './customerRhythm.js';
import type { Segment } from './Segment.js';
import type { SegmentSettings } from './SegmentSettings.js';

/**
 * How many days past its last order a customer may go and still be `active`: its typical interval
 * plus a slack that widens with the spread of its own gaps,
 * `max(minAllowanceDays, interval + max(minSlack × interval, spreadSlack × spread))`;
 * `null` without a rhythm.
 */
export function allowanceDays(rhythm: CustomerRhythm, settings: SegmentSettings): number | null {
  if (rhythm.intervalDays === null || rhythm.orderDays < settings.minOrderDays) return null;
  const slack = Math.max(settings.minSlack * rhythm.intervalDays, settings.spreadSlack * rhythm.spreadDays);
  return Math.max(settings.minAllowanceDays, rhythm.intervalDays + slack);
}

/**
 * A customer's segment against its own rhythm: without one (fewer order days than `minOrderDays`),
 * `one-time` for a single order day more than `newCustomerDays` ago, else `new`; `active` while the days since its last order are within its allowance;
 * `lapsed` beyond `lapsedFactor` allowances; `at-risk` between.
 */
export function segmentOf(rhythm: CustomerRhythm, settings: SegmentSettings): Segment {
  const allowance = allowanceDays(rhythm, settings);
  if (allowance === null) return rhythm.orderDays === 1 && rhythm.recencyDays > settings.newCustomerDays ? 'one-time' : 'new';
  if (rhythm.recencyDays <= allowance) return 'active';
  return rhythm.recencyDays <= settings.lapsedFactor * allowance ? 'at-risk' : 'lapsed';
}
