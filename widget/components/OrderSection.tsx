import type { Translate } from '../i18n/index.js';
import type { DraftLine } from '../ProposalDraft.js';
import { OrderLineRow } from './OrderLineRow.js';

interface Props {
  title: string;
  lines: DraftLine[];
  t: Translate;
  locale: string;
  currency: string;
  locked: boolean;
  onChange: (key: string, change: Partial<DraftLine>) => void;
}

/**
 * One section of the order (habitual, development, extension, added) as an SLDS table on the
 * column grid every section shares (`oo-table`: fixed layout, the same column widths), stacked as
 * cards in a record-page column (SLDS `slds-max-medium-table_stacked`, below 48 em).
 */
export function OrderSection({ title, lines, t, locale, currency, locked, onChange }: Props) {
  const id = `oo-section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section class="slds-m-top_medium" aria-labelledby={id}>
      <h2 id={id} class="slds-text-heading_small slds-m-bottom_x-small">
        {title} <span class="slds-badge">{lines.filter((l) => !l.removed).length}</span>
      </h2>
      {lines.length === 0 ? (
        <p class="oo-weak">{t('section.empty')}</p>
      ) : (
        <table class="slds-table slds-table_bordered slds-table_cell-buffer slds-max-medium-table_stacked oo-table">
          <OrderColumns t={t} />
          <tbody>
            {lines.map((l) => (
              <OrderLineRow key={l.key} line={l} t={t} locale={locale} currency={currency} locked={locked} onChange={(change) => onChange(l.key, change)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The shared column grid and its headers (hidden visually when stacked; each cell then carries its label). */
export function OrderColumns({ t }: { t: Translate }) {
  return (
    <>
      <colgroup>
        <col />
        <col class="oo-col_quantity" />
        <col class="oo-col_price" />
        <col class="oo-col_total" />
        <col class="oo-col_actions" />
      </colgroup>
      <thead>
        <tr class="slds-line-height_reset">
          <th scope="col">{t('col.product')}</th>
          <th scope="col" class="oo-number">
            {t('col.quantity')}
          </th>
          <th scope="col" class="oo-number">
            {t('col.price')}
          </th>
          <th scope="col" class="oo-number">
            {t('col.total')}
          </th>
          <th scope="col">
            <span class="slds-assistive-text">{t('remove.confirm')}</span>
          </th>
        </tr>
      </thead>
    </>
  );
}
