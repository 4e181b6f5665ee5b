import { formatDay, formatMoney, formatNumber, formatPercent } from '../format.js';
import { segmentLabel, type Translate } from '../i18n/index.js';

/** What the header shows; only the account is known before the order arrives. */
export interface HeaderFacts {
  account: { name: string; accountNumber: string | null; country: string | null };
  segment?: { code: string; reason: string } | null;
  lastOrderDate?: string | null;
  usualOrderValue?: number | null;
  usualLines?: number | null;
  orders?: number;
  /** The proposal's value as edited, for "covers 78 % of the usual £306". */
  proposalValue?: number;
}

/** The account's header: name, segment badge (translated) with its reason, last and usual order, and how much of the usual order the proposal covers. */
export function OrderHeader({ facts, t, locale, currency }: { facts: HeaderFacts; t: Translate; locale: string; currency: string }) {
  const money = (v: number) => formatMoney(v, locale, currency);
  const { account, segment } = facts;
  const usual = facts.usualOrderValue ?? null;
  return (
    <div class="slds-card__header oo-header">
      <h1 class="slds-card__header-title slds-text-heading_medium">{account.name}</h1>
      <p class="slds-text-body_small oo-weak">{[account.accountNumber, account.country].filter(Boolean).join(' · ')}</p>
      {facts.orders !== undefined && (
        <dl class="oo-figures slds-m-top_x-small">
          <div>
            <dt class="oo-weak">{t('header.segment')}</dt>
            <dd data-testid="segment">
              <span class={`slds-badge oo-segment oo-segment_${segment?.code ?? 'new'}`}>{segmentLabel(t, segment?.code ?? 'new')}</span> {segment?.reason}
            </dd>
          </div>
          <div>
            <dt class="oo-weak">{t('header.lastOrder')}</dt>
            <dd>{facts.lastOrderDate ? formatDay(facts.lastOrderDate, locale) : t('header.never')}</dd>
          </div>
          <div>
            <dt class="oo-weak">{t('header.usualOrder')}</dt>
            <dd>
              {usual === null ? '—' : money(usual)}
              {facts.usualLines ? <span class="oo-weak"> · {t('header.usualLines', { count: facts.usualLines })}</span> : null}
            </dd>
          </div>
          <div>
            <dt class="oo-weak">{t('header.orders')}</dt>
            <dd>{formatNumber(facts.orders, locale)}</dd>
          </div>
        </dl>
      )}
      {usual !== null && usual > 0 && facts.proposalValue !== undefined && (
        <p class="slds-m-top_x-small" data-testid="coverage">
          {t('header.covers', { percent: formatPercent(facts.proposalValue / usual, locale, { maxDigits: 0 }), value: money(usual) })}
        </p>
      )}
    </div>
  );
}

/** Placeholder rows while the order is proposed: the layout holds, nothing jumps when it arrives. */
export function LineSkeleton({ t }: { t: Translate }) {
  return (
    <div class="slds-card__body slds-card__body_inner" role="status" aria-live="polite" data-testid="skeleton">
      <p class="slds-assistive-text">{t('lines.loading')}</p>
      {[0, 1, 2, 3, 4].map((i) => (
        <div key={i} class="oo-skeleton" aria-hidden="true">
          <span class="oo-skeleton__bar" style={{ width: `${60 - i * 7}%` }} />
          <span class="oo-skeleton__bar oo-skeleton__bar_short" />
        </div>
      ))}
    </div>
  );
}
