import type { Translate } from '../i18n/index.js';
import type { DraftLine } from '../ProposalDraft.js';
import { OrderLineRow } from './OrderLineRow.js';

interface Props {
  title: string;
  lines: DraftLine[];
  t: Translate;
  locale: string;
  currency: string;
  onChange: (key: string, change: Partial<DraftLine>) => void;
}

/** One section of the order (habitual, development, extension, added) as an SLDS table. */
export function OrderSection({ title, lines, t, locale, currency, onChange }: Props) {
  const id = `oo-section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section class="slds-m-top_medium" aria-labelledby={id}>
      <h2 id={id} class="slds-text-heading_small slds-m-bottom_x-small">
        {title} <span class="slds-badge">{lines.filter((l) => !l.removed).length}</span>
      </h2>
      {lines.length === 0 ? (
        <p class="slds-text-color_weak">{t('section.empty')}</p>
      ) : (
        <table class="slds-table slds-table_bordered slds-table_cell-buffer oo-table">
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
                <span class="slds-assistive-text">{t('line.remove', { product: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <OrderLineRow key={l.key} line={l} t={t} locale={locale} currency={currency} onChange={(change) => onChange(l.key, change)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
