import { useState } from 'preact/hooks';
import type { ProductSummary } from '../worker/EngineApi.js';
import { formatMoney } from '../format.js';
import type { Translate } from '../i18n/index.js';
import { useDebouncedSearch } from '../useDebouncedSearch.js';
import { describeError } from './describeError.js';

/** Search the price book and add a product to the order. */
export function AddProduct({ t, locale, currency, search, onAdd }: { t: Translate; locale: string; currency: string; search: (text: string) => Promise<ProductSummary[]>; onAdd: (p: ProductSummary) => void }) {
  const [text, setText] = useState('');
  const { found, error } = useDebouncedSearch(text, search);
  return (
    <div class="slds-form-element slds-m-top_medium">
      <label class="slds-form-element__label" for="oo-add-product">
        {t('add.label')}
      </label>
      <input id="oo-add-product" class="slds-input" type="search" autoComplete="off" placeholder={t('add.placeholder')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {error && <div class="slds-form-element__help slds-text-color_error" role="alert">{describeError(error, t).headline}</div>}
      {found && found.length > 0 && (
        <ul class="slds-has-dividers_bottom-space oo-results" aria-label={t('add.label')}>
          {found.map((p) => (
            <li key={p.id} class="slds-item">
              <button type="button" class="slds-button oo-result" onClick={() => (onAdd(p), setText(''))}>
                <span class="slds-text-title_bold">{p.name}</span>
                <span class="slds-text-body_small slds-m-left_x-small">
                  {p.productId} · {formatMoney(p.listPrice, locale, currency)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
