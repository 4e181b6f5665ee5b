import { formatNumber, formatPercent, resolveLocale, translate } from '../i18n/index.js';
import type { CompiledNeed } from './compileNeeds.js';
import type { Familiarity } from './familiarity.js';
import { satisfaction, shortfall } from './needSatisfaction.js';
import type { LocalText } from './Questionnaire.js';

/** Why a product is where it is: the needs it meets, those it misses (by how much), and a one-line reason. */
export interface ProductExplanation {
  pros: string[];
  cons: string[];
  reason: string;
}

/**
 * Explains product `p` against `needs` in the locale's language: a pro per need met (numbers with
 * the product's value), a con per need missed (a number by how much, over or under; a category
 * with the product's value; "not stated"; hard needs marked as a must), and a reason: how many
 * needs it meets and, when the history blend counts for it, why it is familiar.
 */
export function explainProduct(needs: readonly CompiledNeed[], p: number, familiar: Familiarity | null, localeTag: string): ProductExplanation {
  const locale = resolveLocale(localeTag);
  const pros: string[] = [];
  const cons: string[] = [];
  for (const need of needs) {
    const label = localText(need.label, locale);
    if (satisfaction(need, p) === 1) pros.push(pro(need, p, label, locale));
    else {
      const text = con(need, p, label, locale);
      cons.push(need.need.hard ? translate(locale, 'guide.must', { con: text }) : text);
    }
  }
  const met = pros.length;
  const fit =
    needs.length === 0 ? translate(locale, 'guide.nothingAsked') : met === needs.length ? translate(locale, 'guide.fitsAll', { count: met }) : translate(locale, 'guide.fitsSome', { met, count: needs.length });
  const why = familiar ? familiarReason(familiar, p, locale) : null;
  return { pros: [...new Set(pros)], cons, reason: why ? fit + translate(locale, 'reason.separator') + why : fit };
}

/** The option label in the locale's language, English when it has none. */
export function localText(text: LocalText, locale: string): string {
  return (locale === 'es' ? text.es : undefined) ?? text.en;
}

function pro(need: CompiledNeed, p: number, label: string, locale: string): string {
  const { column } = need;
  if (column.kind !== 'number') return translate(locale, 'guide.pro', { need: label });
  return translate(locale, 'guide.proValue', { need: label, value: formatNumber(column.values[p]!, locale, { maxDigits: 2 }) });
}

function con(need: CompiledNeed, p: number, label: string, locale: string): string {
  const { column } = need;
  const d = shortfall(need, p);
  if (column.kind === 'number') {
    const x = column.values[p]!;
    if (Number.isNaN(x)) return translate(locale, 'guide.notStated', { need: label });
    const over = need.need.atMost !== undefined && x > need.need.atMost;
    return translate(locale, over ? 'guide.over' : 'guide.under', { need: label, value: formatNumber(x, locale, { maxDigits: 2 }), by: formatNumber(d, locale, { maxDigits: 2 }) });
  }
  const code = column.codes[p]!;
  return code < 0 ? translate(locale, 'guide.notStated', { need: label }) : translate(locale, 'guide.isOther', { need: label, value: column.words[code]! });
}

/** Below this share of similar customers buying it, a product is not called familiar for their sake. */
const PEER_SHARE_WORTH_SAYING = 0.05;

function familiarReason(familiar: Familiarity, p: number, locale: string): string | null {
  const orders = familiar.ownOrders[p]!;
  if (orders > 0) return translate(locale, 'guide.ownOrders', { count: orders });
  const share = familiar.peerShare[p]!;
  if (share < PEER_SHARE_WORTH_SAYING) return null;
  return translate(locale, familiar.peersAreEveryone ? 'guide.everyone' : 'guide.peers', { share: formatPercent(share, locale, { maxDigits: 0 }) });
}
