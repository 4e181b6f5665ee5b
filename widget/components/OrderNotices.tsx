import { formatMoney, formatPercent } from '../format.js';
import type { Translate } from '../i18n/index.js';
import type { AcceptedToday as Accepted, AccountPage, IgnoredRecord } from '../worker/EngineApi.js';

/** The client rule's offer (win-back, welcome) in front of the rep, with why this customer gets it and the discount the prices actually include. */
export function OfferBanner({ offer, t, locale }: { offer: NonNullable<AccountPage['offer']>; t: Translate; locale: string }) {
  return (
    <div class="slds-box slds-m-top_small oo-offer" role="note" data-testid="offer">
      <h2 class="slds-text-title_bold">{t('offer.title', { rule: offer.rule })}</h2>
      {offer.text && <p class="slds-m-top_xx-small">{offer.text}</p>}
      <p class="slds-text-body_small oo-weak">{offer.reason}</p>
      {offer.appliedPercent > 0 && <p class="slds-text-body_small">{t('offer.discount', { percent: formatPercent(offer.appliedPercent / 100, locale) })}</p>}
    </div>
  );
}

/** "1 rule ignored": the rep is told whom to ask; the details (record, field, why, where) are there for the admin. */
export function IgnoredNotice({ ignored, t }: { ignored: readonly IgnoredRecord[]; t: Translate }) {
  return (
    <div class="slds-box slds-m-top_small oo-ignored" role="note" data-testid="ignored">
      <p>
        <strong>{t('ignored.rules', { count: ignored.length })}.</strong> {t('ignored.ask')}
      </p>
      <details class="slds-m-top_xx-small">
        <summary class="slds-text-body_small">{t('error.details')}</summary>
        <ul class="slds-list_dotted slds-text-body_small">
          {ignored.map((r, i) => (
            <li key={i}>
              {t('ignored.detail', { name: r.name, field: r.field, why: r.problem })} ({r.where})
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** An account accepted today: who accepted it and its Opportunity, instead of a second one. */
export function AcceptedToday({ accepted, t, locale, currency, recordUrl }: { accepted: Accepted; t: Translate; locale: string; currency: string; recordUrl: (id: string) => string }) {
  return (
    <div class="slds-box slds-m-top_small oo-accepted" role="status" data-testid="accepted-today">
      <p>
        <strong>{t('accept.by', { rep: accepted.acceptedBy.name || '—' })}</strong> {formatMoney(accepted.acceptedValue, locale, currency)}.{' '}
        {accepted.opportunityId && (
          <a href={recordUrl(accepted.opportunityId)} target="_top" data-opportunity={accepted.opportunityId}>
            {t('accept.open')}
          </a>
        )}
      </p>
      <p class="slds-text-body_small oo-weak">{t('accept.byNote')}</p>
    </div>
  );
}
