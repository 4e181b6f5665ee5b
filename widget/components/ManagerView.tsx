import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ImpactView, ImpactViewFilter, ProposalLog, ProposalLogFilter } from '../worker/EngineApi.js';
import { ImpactPanel } from './impact/ImpactPanel.js';
import { formatDay, formatMoney, formatNumber, formatPercent } from '../format.js';
import type { Translate, UiKey } from '../i18n/index.js';

interface Props {
  t: Translate;
  locale: string;
  currency: string;
  load: (filter: ProposalLogFilter) => Promise<ProposalLog>;
  /** The account whose proposals to show by default (the record page's); none: the team's. */
  accountId?: string;
  /** The URL of a record (an Opportunity); inside a Lightning frame, a click on its link asks the host to open it (`App`). */
  recordUrl: (id: string) => string;
  /** `YYYY-MM-DD`, the widget's today (the demo's day in the demo): the default dates are the 30 days up to it. */
  today: string;
  /** The proposals' impact (issue 14: outcomes, conversion, uplift) by month; without it, no impact section. */
  impact?: (filter: ImpactViewFilter) => Promise<ImpactView>;
}

/** Days the manager view shows by default, up to today: a month of proposals. */
const DEFAULT_DAYS = 30;

/** The manager's view of logged proposals: acceptance rate, accepted value, top reasons for removed lines; by account, rep and dates. */
export function ManagerView({ t, locale, currency, load, accountId, recordUrl, today, impact }: Props) {
  const [onlyAccount, setOnlyAccount] = useState(accountId !== undefined);
  const [from, setFrom] = useState(() => new Date(Date.parse(`${today}T00:00:00Z`) - (DEFAULT_DAYS - 1) * 86_400_000).toISOString().slice(0, 10));
  const [to, setTo] = useState(today);
  const [repId, setRepId] = useState('');
  const [log, setLog] = useState<ProposalLog | null>(null);
  const [reps, setReps] = useState<{ id: string; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const filter: ProposalLogFilter = { ...(onlyAccount && accountId ? { accountId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(repId ? { repId } : {}) };
    load(filter).then(
      (l) => {
        if (!current) return;
        setLog(l);
        setError(null);
        // The rep list grows with what was seen, so a filtered view keeps its choices.
        setReps((known) => {
          const all = new Map(known.map((r) => [r.id, r.name] as const));
          for (const p of l.proposals) if (p.rep.id) all.set(p.rep.id, p.rep.name);
          return [...all].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, locale));
        });
      },
      (e: Error) => current && setError(e.message),
    );
    return () => void (current = false);
  }, [onlyAccount, from, to, repId]);
  const summary = useMemo(() => {
    const proposals = log?.proposals ?? [];
    // Counted over every proposal under the filter (byStatus), not only the ones listed.
    const by = log?.byStatus ?? { accepted: 0, declined: 0, 'not-reached': 0, 'call-back': 0 };
    const count = Object.values(by).reduce((a, b) => a + b, 0);
    const value = proposals.filter((p) => p.status === 'accepted').reduce((s, p) => s + p.acceptedValue, 0);
    return { count, by, rate: count ? by.accepted / count : 0, value };
  }, [log]);
  const reasonLabel = (reason: string) => {
    const key = `remove.${reason}` as UiKey;
    return ['not-needed', 'too-expensive', 'out-of-season', 'other'].includes(reason) ? t(key) : reason === 'unspecified' ? t('reason.unspecified') : reason;
  };
  return (
    <article class="slds-card oo-card" aria-labelledby="oo-manager-title">
      <div class="slds-card__header">
        <h1 id="oo-manager-title" class="slds-card__header-title slds-text-heading_medium">
          {t('manager.title')}
        </h1>
      </div>
      <div class="slds-card__body slds-card__body_inner">
        <div class="slds-grid slds-gutters slds-wrap oo-filters">
          {accountId && (
            <div class="slds-col slds-form-element">
              <div class="slds-checkbox">
                <input type="checkbox" id="oo-only-account" checked={onlyAccount} onChange={(e) => setOnlyAccount(e.currentTarget.checked)} />
                <label class="slds-checkbox__label" for="oo-only-account">
                  <span class="slds-checkbox_faux" />
                  <span class="slds-form-element__label">{t('manager.thisAccount')}</span>
                </label>
              </div>
            </div>
          )}
          <div class="slds-col slds-form-element">
            <label class="slds-form-element__label" for="oo-from">
              {t('manager.from')}
            </label>
            <input id="oo-from" class="slds-input" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
          </div>
          <div class="slds-col slds-form-element">
            <label class="slds-form-element__label" for="oo-to">
              {t('manager.to')}
            </label>
            <input id="oo-to" class="slds-input" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
          </div>
          <div class="slds-col slds-form-element">
            <label class="slds-form-element__label" for="oo-rep">
              {t('manager.rep')}
            </label>
            <select id="oo-rep" class="slds-select" value={repId} onChange={(e) => setRepId(e.currentTarget.value)}>
              <option value="">{t('manager.allReps')}</option>
              {reps.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {error && (
          <div class="slds-notify slds-notify_alert slds-alert_error slds-m-top_small" role="alert">
            {error}
          </div>
        )}
        <dl class="slds-grid slds-gutters slds-m-top_medium oo-kpis" aria-live="polite">
          <div class="slds-col">
            <dt class="slds-text-title">{t('manager.proposals')}</dt>
            <dd class="slds-text-heading_medium" data-testid="kpi-proposals">
              {formatNumber(summary.count, locale)}
            </dd>
            <dd class="slds-text-body_small" data-testid="kpi-statuses">
              {(['accepted', 'declined', 'not-reached', 'call-back'] as const).map((k) => `${t(`status.${k}`)}: ${formatNumber(summary.by[k], locale)}`).join(' · ')}
            </dd>
          </div>
          <div class="slds-col">
            <dt class="slds-text-title">{t('manager.acceptance')}</dt>
            <dd class="slds-text-heading_medium" data-testid="kpi-acceptance">
              {formatPercent(summary.rate, locale, { maxDigits: 0 })}
            </dd>
          </div>
          <div class="slds-col">
            <dt class="slds-text-title">{t('manager.acceptedValue')}</dt>
            <dd class="slds-text-heading_medium" data-testid="kpi-value">
              {formatMoney(summary.value, locale, currency)}
            </dd>
          </div>
        </dl>
        <h2 class="slds-text-heading_small slds-m-top_medium">{t('manager.reasons')}</h2>
        {log && log.rejectionReasons.length === 0 && <p class="slds-text-color_weak">{t('manager.noReasons')}</p>}
        <ol class="slds-list_ordered" data-testid="reasons">
          {log?.rejectionReasons.slice(0, 5).map((r) => (
            <li key={r.reason}>
              {reasonLabel(r.reason)}: {formatNumber(r.lines, locale)}
            </li>
          ))}
        </ol>
        {log && log.proposals.length === 0 && <p class="slds-m-top_medium slds-text-color_weak">{t('manager.none')}</p>}
        {log && log.proposals.length > 0 && (
          <table class="slds-table slds-table_bordered slds-table_cell-buffer slds-max-medium-table_stacked oo-impact-table slds-m-top_medium">
            <thead>
              <tr class="slds-line-height_reset">
                <th scope="col">{t('manager.date')}</th>
                <th scope="col">{t('manager.account')}</th>
                <th scope="col">{t('manager.rep')}</th>
                <th scope="col">{t('manager.status')}</th>
                <th scope="col" class="oo-number">
                  {t('manager.proposed')}
                </th>
                <th scope="col" class="oo-number">
                  {t('manager.accepted')}
                </th>
              </tr>
            </thead>
            <tbody>
              {log.proposals.map((p) => (
                <tr key={p.id} data-testid="logged-proposal">
                  <td data-label={t('manager.date')}>{formatDay(p.createdDate.slice(0, 10), locale)}</td>
                  <td data-label={t('manager.account')}>{p.account.name}</td>
                  <td data-label={t('manager.rep')}>{p.rep.name}</td>
                  <td data-label={t('manager.status')}>{p.opportunityId ? <a href={recordUrl(p.opportunityId)} target="_top" data-opportunity={p.opportunityId}>{t(`status.${p.status}`)}</a> : t(`status.${p.status}`)}</td>
                  <td class="oo-number" data-label={t('manager.proposed')}>{formatMoney(p.proposedValue, locale, currency)}</td>
                  <td class="oo-number" data-label={t('manager.accepted')}>{formatMoney(p.acceptedValue, locale, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {impact && <ImpactPanel t={t} locale={locale} currency={currency} load={impact} today={today} />}
      </div>
    </article>
  );
}
