import { useState } from 'preact/hooks';
import { formatDay, formatMoney, formatNumber } from '../../format.js';
import type { ImpactKey, Translate } from '../../i18n/index.js';
import type { ImpactProposalView } from '../../worker/EngineApi.js';

interface Props {
  proposals: readonly ImpactProposalView[];
  locale: string;
  currency: string;
  t: Translate;
  w: (key: ImpactKey, vars?: Record<string, string | number>) => string;
}

/** Proposals shown before "more": enough to find one, short enough for a record-page column. */
const SHOWN = 20;

/** The proposals of the months (newest first), each opening to its lines: proposed, kept, ordered and the value ordered. */
export function ProposalDrill({ proposals, locale, currency, t, w }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  if (!proposals.length) return <p class="slds-text-color_weak slds-m-top_small">{w('impact.none')}</p>;
  return (
    <ul class="slds-has-dividers_bottom-space oo-impact-proposals" data-testid="impact-proposals">
      {proposals.slice(0, SHOWN).map((p) => (
        <li key={p.id} class="slds-item" data-testid="impact-proposal">
          <div class="oo-impact-proposal__head">
            <span>
              {formatDay(p.day, locale)} · {p.account} · {p.rep} · {t(`status.${p.status}`)} · {formatMoney(p.capturedValue, locale, currency)}
            </span>
            <button type="button" class="slds-button slds-button_neutral" aria-expanded={open === p.id} aria-controls={`oo-lines-${p.id}`} onClick={() => setOpen(open === p.id ? null : p.id)}>
              {w(open === p.id ? 'impact.close' : 'impact.details')}
            </button>
          </div>
          {open === p.id && (
            <table id={`oo-lines-${p.id}`} class="slds-table slds-table_bordered slds-table_cell-buffer slds-max-medium-table_stacked oo-impact-table slds-m-top_x-small" data-testid="impact-lines">
              <caption class="slds-assistive-text">{w('impact.drill')}</caption>
              <thead>
                <tr>
                  <th scope="col">{w('impact.product')}</th>
                  <th scope="col">{w('impact.section')}</th>
                  <th scope="col" class="oo-number">{w('impact.proposedQty')}</th>
                  <th scope="col" class="oo-number">{w('impact.orderedQty')}</th>
                  <th scope="col" class="oo-number">{w('impact.orderedValue')}</th>
                </tr>
              </thead>
              <tbody>
                {p.lines.map((l, i) => (
                  <tr key={i}>
                    <th scope="row" data-label={w('impact.product')}>{l.removed ? <s>{l.product}</s> : l.product}</th>
                    <td data-label={w('impact.section')}>{w(`impact.section.${l.kind}`)}</td>
                    <td class="oo-number" data-label={w('impact.proposedQty')}>{formatNumber(l.proposedQuantity, locale)}</td>
                    <td class="oo-number" data-label={w('impact.orderedQty')}>{l.orderedQuantity === null ? '–' : formatNumber(l.orderedQuantity, locale)}</td>
                    <td class="oo-number" data-label={w('impact.orderedValue')}>{l.orderedValue === null ? '–' : formatMoney(l.orderedValue, locale, currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ul>
  );
}
