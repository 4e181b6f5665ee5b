import { impactTranslator } from '../../i18n/index.js';
import type { AccountPage } from '../../worker/EngineApi.js';
import { OrderHeader } from '../OrderHeader.js';
import type { Translate } from '../../i18n/index.js';

interface Props {
  page: AccountPage & { control: NonNullable<AccountPage['control']> };
  t: Translate;
  locale: string;
  currency: string;
}

/**
 * The page of an account in this month's comparison group: its header and, in words for the rep,
 * why no proposal is shown, and whether the visit was logged. No lines, no actions.
 */
export function ControlGroupNotice({ page, t, locale, currency }: Props) {
  const w = impactTranslator(locale);
  return (
    <article class="slds-card oo-card" data-testid="control-group">
      <OrderHeader facts={{ account: page.account }} t={t} locale={locale} currency={currency} />
      <div class="slds-card__body slds-card__body_inner">
        <div class="slds-notify slds-notify_alert slds-alert_offline oo-control" role="status">
          <h2 class="slds-text-heading_small">{w('control.title')}</h2>
          <p>{w('control.body')}</p>
          <p class="slds-text-body_small">{w(page.control.logged ? 'control.logged' : 'control.notLogged')}</p>
        </div>
      </div>
    </article>
  );
}
