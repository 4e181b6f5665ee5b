import type { Remote } from 'comlink';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { campaignTranslator } from '../../i18n/campaignMessages.js';
import { formatInputNumber, parseLocaleNumber } from '../../i18n/index.js';
import type { CampaignChoices, CampaignTargetView, CampaignView, EngineApi } from '../../worker/EngineApi.js';
import { CampaignCreate } from './CampaignCreate.js';
import { CampaignList } from './CampaignList.js';
import { CampaignTargetPicker } from './CampaignTargetPicker.js';

interface Props {
  engine: Remote<EngineApi>;
  locale: string;
  currency: string;
  /** `YYYY-MM-DD`: the campaign's day (the widget's today). */
  today: string;
}

/** The list size offered first: a list a team can work in a campaign. */
const DEFAULT_SIZE = 100;

/**
 * The manager's Campaigns tab (issue 16): pick a product, a group or a promotion, see the accounts
 * likeliest to buy it ranked with reasons and expected value, the expected responses and revenue
 * at the chosen list size, and create the Salesforce Campaign from the list.
 */
export function CampaignsView({ engine, locale, currency, today }: Props) {
  const w = useMemo(() => campaignTranslator(locale), [locale]);
  const [choices, setChoices] = useState<CampaignChoices | null>(null);
  const [target, setTarget] = useState<CampaignTargetView | null>(null);
  const [view, setView] = useState<CampaignView | null>(null);
  const [busy, setBusy] = useState(false);
  const [size, setSize] = useState(DEFAULT_SIZE);
  const [error, setError] = useState<string | null>(null);
  const results = useRef<HTMLHeadingElement>(null);
  useEffect(() => void engine.campaignChoices(today).then(setChoices, (e: Error) => setError(e.message)), [today]);
  const rank = () => {
    if (!target) return;
    setBusy(true);
    setError(null);
    engine.rankCampaign(target, today, locale).then(
      (v) => (setView(v), setBusy(false), setTimeout(() => results.current?.focus())),
      (e: Error) => (setError(e.message), setBusy(false)),
    );
  };
  const lines = view ? view.lines.slice(0, Math.max(0, size)) : [];
  return (
    <article class="slds-card oo-card" aria-labelledby="oo-campaigns-title">
      <div class="slds-card__header">
        <h1 id="oo-campaigns-title" class="slds-card__header-title slds-text-heading_medium">{w('campaign.title')}</h1>
      </div>
      <div class="slds-card__body slds-card__body_inner">
        <p>{w('campaign.intro')}</p>
        {!choices && !error && <p role="status">{w('campaign.loading')}</p>}
        {error && <div class="slds-notify slds-notify_alert slds-alert_error slds-m-top_small" role="alert">{error}</div>}
        {choices && (
          <>
            <p class="slds-text-color_weak" role="status">{w('campaign.accountsRead', { count: choices.accounts })}</p>
            <CampaignTargetPicker w={w} locale={locale} choices={choices} onPick={(t) => (setTarget(t), setView(null))} />
            <button type="button" class="slds-button slds-button_brand slds-m-top_x-small" disabled={!target || busy} onClick={rank}>{w('campaign.rank')}</button>
            {busy && <p role="status">{w('campaign.ranking')}</p>}
          </>
        )}
        {view && (
          <div class="slds-m-top_medium">
            <h2 ref={results} tabIndex={-1} class="slds-text-heading_small">{w('campaign.eligible', { count: view.lines.length })}</h2>
            <label class="slds-form-element__label" for="oo-campaign-size">{w('campaign.size')}</label>
            <input id="oo-campaign-size" class="slds-input oo-campaign-size" inputMode="numeric" value={formatInputNumber(size, locale)} onChange={(e) => setSize(sizeFrom(e.currentTarget.value, locale, size))} />
            <CampaignList w={w} locale={locale} currency={currency} lines={lines} />
            <CampaignCreate key={view.key} w={w} accounts={lines.length} defaultName={view.name} create={(name) => engine.createCampaign({ key: view.key, name, lines })} />
          </div>
        )}
      </div>
    </article>
  );
}

/** The list size typed, a whole number ≥ 0; what was there when it is not a number. */
function sizeFrom(text: string, locale: string, before: number): number {
  const n = parseLocaleNumber(text, locale);
  return Number.isFinite(n) ? Math.max(0, Math.round(n)) : before;
}
