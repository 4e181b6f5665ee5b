import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatMoney, formatNumber, formatPercent } from '../../format.js';
import { impactTranslator, type Translate } from '../../i18n/index.js';
import type { ImpactView, ImpactViewFilter } from '../../worker/EngineApi.js';
import { impactCsv } from './impactCsv.js';
import { RepTable, SectionTable } from './ImpactTables.js';
import { ProposalDrill } from './ProposalDrill.js';
import { TrendChart } from './TrendChart.js';
import { UpliftCard } from './UpliftCard.js';
import './impact.css';

interface Props {
  t: Translate;
  locale: string;
  currency: string;
  /** The worker's `impact` (the locale bound). */
  load: (filter: ImpactViewFilter) => Promise<ImpactView>;
  /** `YYYY-MM-DD`, the widget's today: the default months are the six up to its month. */
  today: string;
}

/** Months shown by default, up to today's: a half-year of trend. */
const DEFAULT_MONTHS = 6;

/** `YYYY-MM` `n` months from `month`. */
function shift(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/**
 * The impact of the proposals for managers (issue 14): months, rep and team to choose; the
 * proposals and how they ended, the conversion of proposed lines into ordered lines and the value
 * captured, by section; the monthly trend; the reps side by side; the uplift against the
 * comparison group; each proposal's lines; a CSV of it all.
 */
export function ImpactPanel({ t, locale, currency, load, today }: Props) {
  const w = useMemo(() => impactTranslator(locale), [locale]);
  const [to, setTo] = useState(today.slice(0, 7));
  const [from, setFrom] = useState(shift(today.slice(0, 7), 1 - DEFAULT_MONTHS));
  const [repId, setRepId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [view, setView] = useState<ImpactView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setError(null);
    load({ from, to, ...(repId ? { repId } : {}), ...(teamId ? { teamId } : {}) }).then(
      (v) => current && setView(v),
      (e: Error) => current && setError(e.message),
    );
    return () => void (current = false);
  }, [from, to, repId, teamId]);
  const total = view?.total ?? null;
  const download = () => {
    if (!view) return;
    const url = URL.createObjectURL(new Blob([impactCsv(view)], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `optimal-order-impact-${from}-${to}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const select = (id: string, label: string, value: string, set: (v: string) => void, all: string, options: { id: string; name: string }[]) => (
    <div class="slds-col slds-form-element">
      <label class="slds-form-element__label" for={id}>{label}</label>
      <select id={id} class="slds-select" value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">{all}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.name || o.id}</option>)}
      </select>
    </div>
  );
  return (
    <section class="slds-m-top_large oo-impact" aria-labelledby="oo-impact-title" data-testid="impact">
      <h2 id="oo-impact-title" class="slds-text-heading_medium">{w('impact.title')}</h2>
      <div class="slds-grid slds-gutters slds-wrap oo-filters">
        <div class="slds-col slds-form-element">
          <label class="slds-form-element__label" for="oo-impact-from">{t('manager.from')}</label>
          <input id="oo-impact-from" class="slds-input" type="month" value={from} max={to} onInput={(e) => e.currentTarget.value && setFrom(e.currentTarget.value)} />
        </div>
        <div class="slds-col slds-form-element">
          <label class="slds-form-element__label" for="oo-impact-to">{t('manager.to')}</label>
          <input id="oo-impact-to" class="slds-input" type="month" value={to} min={from} onInput={(e) => e.currentTarget.value && setTo(e.currentTarget.value)} />
        </div>
        {select('oo-impact-rep', w('impact.rep'), repId, setRepId, t('manager.allReps'), view?.reps ?? [])}
        {select('oo-impact-team', w('impact.team'), teamId, setTeamId, w('impact.allTeams'), view?.teams ?? [])}
      </div>
      {error && <div class="slds-notify slds-notify_alert slds-alert_error slds-m-top_small" role="alert">{error}</div>}
      {!view && !error && <p class="slds-m-top_small" role="status">{w('impact.loading')}</p>}
      {view && (
        <div aria-live="polite">
          <dl class="slds-grid slds-wrap slds-gutters slds-m-top_medium oo-kpis">
            <div class="slds-col">
              <dt class="slds-text-title">{w('impact.proposals')}</dt>
              <dd class="slds-text-heading_medium" data-testid="impact-proposal-count">{formatNumber(total?.proposals ?? 0, locale)}</dd>
              <dd class="slds-text-body_small" data-testid="impact-outcomes">
                {(['accepted', 'declined', 'not-reached', 'call-back'] as const).map((k) => `${t(`status.${k}`)}: ${formatNumber(total?.byStatus[k] ?? 0, locale)}`).join(' · ')}
              </dd>
            </div>
            <div class="slds-col">
              <dt class="slds-text-title">{w('impact.conversion')}</dt>
              <dd class="slds-text-heading_medium" data-testid="impact-conversion">{formatPercent(total?.conversion ?? 0, locale)}</dd>
              <dd class="slds-text-body_small">{formatNumber(total?.linesOrdered ?? 0, locale)} / {formatNumber(total?.lines ?? 0, locale)}</dd>
            </div>
            <div class="slds-col">
              <dt class="slds-text-title">{w('impact.captured')}</dt>
              <dd class="slds-text-heading_medium" data-testid="impact-captured">{formatMoney(total?.capturedValue ?? 0, locale, currency)}</dd>
            </div>
          </dl>
          {total && <SectionTable row={total} locale={locale} currency={currency} w={w} />}
          <UpliftCard view={view} locale={locale} w={w} />
          <div class="slds-m-top_medium">
            <TrendChart rows={view.trend} locale={locale} currency={currency} title={w('impact.trend')} description={w('impact.trendDescription')} labels={{ month: w('impact.period'), captured: w('impact.captured'), conversion: w('impact.conversion') }} />
          </div>
          <h3 class="slds-text-heading_small slds-m-top_medium">{w('impact.byRep')}</h3>
          <RepTable view={view} locale={locale} currency={currency} w={w} />
          <h3 class="slds-text-heading_small slds-m-top_medium">{w('impact.recent')}</h3>
          <ProposalDrill proposals={view.proposals} locale={locale} currency={currency} t={t} w={w} />
          <button type="button" class="slds-button slds-button_neutral slds-m-top_medium" data-testid="impact-export" onClick={download}>{w('impact.export')}</button>
        </div>
      )}
    </section>
  );
}
