import { formatMoney, formatNumber, formatPercent, translate } from '../i18n/index.js';
import type { PriceStep } from './PriceStep.js';

/** Options of `renderPriceStep`. */
export interface PriceStepOptions {
  /** ISO 4217 code: prices as money ("£2.10"); without it, plain 2-decimal numbers ("2.10"). */
  currency?: string;
}

/**
 * A price step in the locale's words, with the price after it when the step records it (a
 * waterfall): "median 2.10 over 14 orders" / "mediana 2,10 en 14 pedidos", "-5% win-back = 2.00",
 * "floor 1.95" / "mínimo 1,95", "promotion Summer -10% = 1.80".
 */
export function renderPriceStep(step: PriceStep, locale: string, { currency }: PriceStepOptions = {}): string {
  const price = (value: number) => (currency ? formatMoney(value, locale, currency) : formatNumber(value, locale, { digits: 2 }));
  const percent = (points: number) => formatPercent(points / 100, locale, { signed: true });
  switch (step.code) {
    case 'median': {
      const key = step.scope === 'customer' ? 'price.medianCustomer' : step.scope === 'segment' ? 'price.medianSegment' : 'price.medianEveryone';
      return translate(locale, key, { price: price(step.price), count: step.orders });
    }
    case 'adjust':
      return withAfter(translate(locale, 'price.adjust', { percent: percent(step.percent), rule: step.rule }), step.after, locale, price);
    case 'floor':
      return translate(locale, 'price.floor', { price: price(step.price) });
    case 'ceiling':
      return translate(locale, 'price.ceiling', { price: price(step.price) });
    case 'promotion':
      return withAfter(translate(locale, 'price.promotion', { name: step.name, percent: percent(-step.percent) }), step.after, locale, price);
  }
}

/** A step's words followed by the price after it, when known ("-5% win-back = 2.00"). */
function withAfter(step: string, after: number | undefined, locale: string, price: (value: number) => string): string {
  return after === undefined ? step : translate(locale, 'price.after', { step, price: price(after) });
}

/** Every step of a price, rendered in order: what `PriceQuote.steps` holds. */
export function renderPriceSteps(steps: readonly PriceStep[], locale: string, options: PriceStepOptions = {}): string[] {
  return steps.map((s) => renderPriceStep(s, locale, options));
}
