import { formatAgo, formatDuration, formatNumber, formatPercent, formatList, translate } from '../i18n/index.js';
import type { HabitualReason, Reason } from './Reason.js';
import { segmentLabel } from './segmentLabel.js';

/**
 * A reason in the locale's words (any BCP 47 tag; unknown languages get English):
 * `habitual` → "ordered in 5 of the last 6 orders, every ~30 days, last 34 days ago" /
 * "pedido en 5 de los últimos 6 pedidos, cada ~30 días, el último hace 34 días".
 */
export function renderReason(reason: Reason, locale: string): string {
  switch (reason.code) {
    case 'habitual':
      return habitual(reason, locale);
    case 'never-ordered':
      return translate(locale, 'reason.neverOrdered');
    case 'cross-sell': {
      const buyers = translate(locale, 'reason.recentBuyers', { count: reason.recentBuyers, within: formatDuration(reason.withinDays, locale) });
      if (reason.because.length === 0) return translate(locale, 'reason.crossSellSimilar', { buyers });
      const names = formatList(reason.because, locale);
      return translate(locale, 'reason.crossSell', { products: names, buyers });
    }
    case 'popular':
      return translate(locale, 'reason.popular', { buyers: translate(locale, 'reason.recentBuyers', { count: reason.recentBuyers, within: formatDuration(reason.withinDays, locale) }) });
    case 'premium-variant':
      return translate(locale, 'reason.premiumVariant', { of: reason.of, dearer: formatPercent(reason.dearerBy, locale, { maxDigits: 0 }) });
    case 'must-sell':
      return translate(locale, 'reason.mustSell', { segment: segmentLabel(reason.segment, locale), rule: reason.rule });
    case 'priority':
      return translate(locale, 'reason.priority');
    case 'development':
      return reason.measure === 'frequency'
        ? translate(locale, 'reason.developmentFrequency', { own: formatDuration(reason.own, locale), peers: formatDuration(reason.peers, locale) })
        : translate(locale, 'reason.developmentQuantity', { own: formatNumber(reason.own, locale, { maxDigits: 1 }), peers: formatNumber(reason.peers, locale, { maxDigits: 1 }) });
    case 'rounded-quantity':
      return translate(locale, reason.basis === 'customer' ? 'reason.roundedCustomer' : 'reason.roundedProduct', { multiple: reason.multiple });
    case 'unusual-quantity': {
      const units = (n: number) => formatNumber(n, locale, { maxDigits: 1 });
      const numbers = { median: units(reason.median), low: units(reason.low), high: units(reason.high) };
      return translate(locale, reason.basis === 'customer' ? 'reason.unusualCustomer' : 'reason.unusualProduct', numbers);
    }
  }
}

/** Several reasons of one line, in order, joined: "not ordered yet; similar customers order it; a priority product". */
export function renderReasons(reasons: readonly Reason[], locale: string): string {
  return reasons.map((r) => renderReason(r, locale)).join(translate(locale, 'reason.separator'));
}

function habitual(r: HabitualReason, locale: string): string {
  const parts = [
    r.recentWithProduct === 0
      ? translate(locale, 'reason.noneRecent', { with: r.ordersWithProduct, count: r.orders, recent: r.recentOrders })
      : r.recentOrders === r.orders
        ? translate(locale, 'reason.inAllOrders', { with: r.recentWithProduct, count: r.orders })
        : translate(locale, 'reason.inRecentOrders', { with: r.recentWithProduct, count: r.recentOrders }),
  ];
  if (r.everyDays !== null) parts.push(translate(locale, 'reason.every', { count: r.everyDays }));
  parts.push(translate(locale, 'reason.last', { ago: formatAgo(r.daysSinceLast, locale) }));
  return parts.join(', ');
}
