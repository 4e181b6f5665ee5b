import type { CampaignLineView } from '../../worker/EngineApi.js';
import type { CampaignKey } from '../../i18n/campaignMessages.js';
import { formatMoney, formatNumber, formatPercent } from '../../format.js';

interface Props {
  w: (key: CampaignKey, vars?: Record<string, string | number>) => string;
  locale: string;
  currency: string;
  /** The list at the chosen size, best first. */
  lines: readonly CampaignLineView[];
}

/** Accounts shown as cards; the rest of the list is counted (it all goes into the campaign). */
const SHOWN = 50;

/** The expected responses and revenue of the list, then its accounts best first with product, propensity, kind, value and reason: cards that wrap in a 400 px column. */
export function CampaignList({ w, locale, currency, lines }: Props) {
  const responses = lines.reduce((s, l) => s + l.propensity, 0);
  const revenue = lines.reduce((s, l) => s + l.expectedValue, 0);
  return (
    <section aria-label={w('campaign.accounts')}>
      <dl class="slds-grid slds-wrap slds-gutters oo-kpis" aria-live="polite">
        <div class="slds-col">
          <dt class="slds-text-title">{w('campaign.accounts')}</dt>
          <dd class="slds-text-heading_medium" data-testid="campaign-accounts">{formatNumber(lines.length, locale)}</dd>
        </div>
        <div class="slds-col">
          <dt class="slds-text-title">{w('campaign.responses')}</dt>
          <dd class="slds-text-heading_medium" data-testid="campaign-responses">{formatNumber(Math.round(responses * 10) / 10, locale)}</dd>
        </div>
        <div class="slds-col">
          <dt class="slds-text-title">{w('campaign.revenue')}</dt>
          <dd class="slds-text-heading_medium" data-testid="campaign-revenue">{formatMoney(revenue, locale, currency)}</dd>
        </div>
      </dl>
      <ol class="oo-campaign-list">
        {lines.slice(0, SHOWN).map((l) => (
          <li key={l.accountId} class="slds-box slds-box_x-small slds-m-top_x-small" data-testid="campaign-line">
            <p class="slds-text-title_bold">{l.accountName}</p>
            <p>
              {w('campaign.product')}: {l.productName} · {w(`campaign.kind.${l.kind}`)}
            </p>
            <p>
              {w('campaign.propensity')}: {formatPercent(l.propensity, locale, { maxDigits: 1 })} · {w('campaign.expectedValue')}: {formatMoney(l.expectedValue, locale, currency)}
            </p>
            <p class="slds-text-color_weak">{l.reason}</p>
          </li>
        ))}
      </ol>
      {lines.length > SHOWN && <p class="slds-m-top_x-small">{w('campaign.more', { count: lines.length - SHOWN })}</p>}
    </section>
  );
}
