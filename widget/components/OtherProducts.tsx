import { useState } from 'preact/hooks';
import { formatMoney } from '../format.js';
import type { Translate } from '../i18n/index.js';
import type { PageLine } from '../worker/EngineApi.js';
import { Sparkline } from './Sparkline.js';

/** "Show every product ever bought": the account's other products, behind a toggle, each one click from the order. */
export function OtherProducts({ products, t, locale, currency, locked, onAdd }: { products: readonly PageLine[]; t: Translate; locale: string; currency: string; locked: boolean; onAdd: (line: PageLine) => void }) {
  const [open, setOpen] = useState(false);
  if (products.length === 0) return null;
  return (
    <section class="slds-m-top_medium" aria-label={t('lines.showAll', { count: products.length })}>
      <button type="button" class="slds-button" aria-expanded={open} aria-controls="oo-other-products" onClick={() => setOpen((o) => !o)} data-testid="show-all">
        {open ? t('lines.hideAll') : t('lines.showAll', { count: products.length })}
      </button>
      {open && (
        <table id="oo-other-products" class="slds-table slds-table_bordered slds-table_cell-buffer slds-max-medium-table_stacked oo-table slds-m-top_x-small">
          <thead class="slds-assistive-text">
            <tr>
              <th scope="col">{t('col.product')}</th>
              <th scope="col">{t('col.price')}</th>
              <th scope="col">{t('add.label')}</th>
            </tr>
          </thead>
          <tbody>
            {products.map((p) => (
              <tr key={p.productId} class="oo-other" data-product={p.productId}>
                <th scope="row" class="oo-product" data-label={t('col.product')}>
                  <div class="slds-text-title_bold">{p.name}</div>
                  <div class="slds-text-body_small oo-weak">{p.productId} · {t('line.notProposed')}</div>
                  <Sparkline values={p.history} label={t('line.history', { count: p.history.length })} />
                </th>
                <td class="oo-number" data-label={t('col.price')}>
                  {formatMoney(p.price.value, locale, currency, { maxDigits: 3 })}
                </td>
                <td class="oo-actions">
                  {!locked && (
                    <button type="button" class="slds-button slds-button_neutral" aria-label={t('line.add', { product: p.name })} onClick={() => onAdd(p)}>
                      +
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
