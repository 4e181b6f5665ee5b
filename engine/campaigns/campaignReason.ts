import { formatAgo, formatPercent, translate } from '../i18n/index.js';
import type { KindEvidence } from './campaignKind.js';

/** The facts a reason is written from (names already resolved). */
export interface ReasonFacts {
  evidence: KindEvidence;
  /** Name of the account's product most bought with the target, if any; name of the cheaper variant for an up-sell. */
  because?: string;
  cheaper?: string;
  orders90: number;
}

/** Why an account is on the list, in words for the marketer, in `locale`. */
export function campaignReason(facts: ReasonFacts, locale: string): string {
  const { evidence } = facts;
  if (evidence.kind === 'reactivation') {
    return translate(locale, 'campaign.reactivation', { count: evidence.productOrders!, ago: formatAgo(Math.round(evidence.lapsedDays!), locale) });
  }
  if (evidence.kind === 'up-sell') return translate(locale, 'campaign.upSell', { cheaper: facts.cheaper ?? '', dearerBy: formatPercent(evidence.dearerBy!, locale, { maxDigits: 0 }) });
  const orders = translate(locale, 'campaign.orders', { count: facts.orders90 });
  return facts.because ? translate(locale, 'campaign.crossSell', { because: facts.because, orders }) : translate(locale, 'campaign.crossSellActive', { orders });
}
