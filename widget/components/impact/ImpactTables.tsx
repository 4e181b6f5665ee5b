import { formatMoney, formatNumber, formatPercent } from '../../format.js';
import type { ImpactKey } from '../../i18n/index.js';
import type { ImpactRow, ImpactView } from '../../worker/EngineApi.js';

type W = (key: ImpactKey, vars?: Record<string, string | number>) => string;
interface Common {
  locale: string;
  currency: string;
  w: W;
}

const SECTIONS = ['habitual', 'development', 'extension'] as const;

/** Lines, lines ordered, conversion and value captured per section (habitual, development, extension): stacked as cards in a narrow column. */
export function SectionTable({ row, locale, currency, w }: Common & { row: ImpactRow }) {
  return (
    <table class="slds-table slds-table_bordered slds-table_cell-buffer slds-max-medium-table_stacked oo-impact-table slds-m-top_small" data-testid="impact-sections">
      <caption class="slds-assistive-text">{w('impact.section')}</caption>
      <thead>
        <tr>
          <th scope="col">{w('impact.section')}</th>
          <th scope="col" class="oo-number">{w('impact.lines')}</th>
          <th scope="col" class="oo-number">{w('impact.conversion')}</th>
          <th scope="col" class="oo-number">{w('impact.captured')}</th>
        </tr>
      </thead>
      <tbody>
        {SECTIONS.map((s) => {
          const f = row.bySection[s];
          return (
            <tr key={s} data-section={s}>
              <th scope="row" data-label={w('impact.section')}>{w(`impact.section.${s}`)}</th>
              <td class="oo-number" data-label={w('impact.lines')}>{formatNumber(f.linesOrdered, locale)} / {formatNumber(f.lines, locale)}</td>
              <td class="oo-number" data-label={w('impact.conversion')}>{formatPercent(f.conversion, locale)}</td>
              <td class="oo-number" data-label={w('impact.captured')}>{formatMoney(f.capturedValue, locale, currency)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The reps side by side over the months: proposals, accepted, conversion of proposed lines, value captured; stacked in a narrow column. */
export function RepTable({ view, locale, currency, w }: Common & { view: ImpactView }) {
  const names = new Map(view.reps.map((r) => [r.id, r.name] as const));
  const rows = [...view.byRep].sort((a, b) => b.capturedValue - a.capturedValue);
  return (
    <table class="slds-table slds-table_bordered slds-table_cell-buffer slds-max-medium-table_stacked oo-impact-table slds-m-top_small" data-testid="impact-reps">
      <caption class="slds-assistive-text">{w('impact.byRep')}</caption>
      <thead>
        <tr>
          <th scope="col">{w('impact.rep')}</th>
          <th scope="col" class="oo-number">{w('impact.proposals')}</th>
          <th scope="col" class="oo-number">{w('impact.accepted')}</th>
          <th scope="col" class="oo-number">{w('impact.conversion')}</th>
          <th scope="col" class="oo-number">{w('impact.captured')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.group} data-testid="impact-rep">
            <th scope="row" data-label={w('impact.rep')}>{names.get(r.group) || r.group}</th>
            <td class="oo-number" data-label={w('impact.proposals')}>{formatNumber(r.proposals, locale)}</td>
            <td class="oo-number" data-label={w('impact.accepted')}>{formatNumber(r.byStatus.accepted, locale)}</td>
            <td class="oo-number" data-label={w('impact.conversion')}>{formatPercent(r.conversion, locale)}</td>
            <td class="oo-number" data-label={w('impact.captured')}>{formatMoney(r.capturedValue, locale, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
