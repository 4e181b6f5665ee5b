import { formatMoney, formatNumber, formatPercent, translate } from '../i18n/index.js';
import type { PriceStep } from './PriceStep.js';

/** Options of `renderPriceStep`. */
export interface PriceStepOptions {
  /** ISO 4217 code: prices as money ("£2.10"); without it, plain 2-decimal numbers ("2.10"). */
  currency?: string;
}

/**
 * A price step in the locale's words: "median 2.10 over 14 orders" / "mediana 2,10 en 14 pedidos",
 * "-5% win-back", "floor 1.95" / "mínimo 1,95", "promotion Summer -10%".
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
      return translate(locale, 'price.adjust', { percent: percent(step.percent), rule: step.rule });
    case 'floor':
      return translate(locale, 'price.floor', { price: price(step.price) });
    case 'ceiling':
      return translate(locale, 'price.ceiling', { price: price(step.price) });
    case 'promotion':
      return translate(locale, 'price.promotion', { name: step.name, percent: percent(-step.percent) });
  }
}

/** Every step of a price, rendered in order: what `PriceQuote.steps` holds. */
export function renderPriceSteps(steps: readonly PriceStep[], locale: string, options: PriceStepOptions = {}): string[] {
  return steps.map((s) => renderPriceStep(s, locale, options));
}
