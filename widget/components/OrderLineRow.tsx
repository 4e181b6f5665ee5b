import { useState } from 'preact/hooks';
import { formatMoney, formatPercent } from '../format.js';
import type { Translate } from '../i18n/index.js';
import { lineProblem, REMOVE_REASONS, type DraftLine, type RemoveReason } from '../ProposalDraft.js';
import { Sparkline } from './Sparkline.js';

interface Props {
  line: DraftLine;
  t: Translate;
  locale: string;
  currency: string;
  onChange: (change: Partial<DraftLine>) => void;
}

/** One line of the order: product and reason, quantity and price to edit, promotion, price steps, and removal with a reason. */
export function OrderLineRow({ line, t, locale, currency, onChange }: Props) {
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState<RemoveReason>('not-needed');
  const problem = lineProblem(line);
  const money = (v: number) => formatMoney(v, locale, currency);
  const id = `oo-line-${line.key.replace(/[^\w-]/g, '_')}`;
  if (line.removed) {
    return (
      <tr class="oo-line oo-line_removed" data-product={line.productId}>
        <td colSpan={4}>
          <s>{line.name}</s>
          <span class="slds-m-left_small slds-text-color_weak">{t('line.removed', { reason: t(`remove.${line.removed}`) })}</span>
        </td>
        <td class="oo-actions">
          <button type="button" class="slds-button slds-button_neutral" onClick={() => onChange({ removed: null })}>
            {t('line.restore')}
          </button>
        </td>
      </tr>
    );
  }
  return (
    <tr class="oo-line" data-product={line.productId}>
      <td class="oo-product">
        <div class="slds-text-title_bold">{line.name}</div>
        <div class="slds-text-body_small slds-text-color_weak">{line.productId}</div>
        {line.kind === 'habitual' && <Sparkline values={line.history} label={t('line.history', { count: line.history.length })} />}
        <div class="slds-text-body_small oo-reason">{line.reason}</div>
        {line.promotion && (
          <span class="slds-badge slds-theme_success slds-m-top_xx-small">{t('line.promotion', { name: line.promotion.name, percent: formatPercent(line.promotion.discountPercent / 100, locale) })}</span>
        )}
      </td>
      <td class="oo-number">
        <label class="slds-assistive-text" for={`${id}-qty`}>
          {t('col.quantity')}
        </label>
        <input
          id={`${id}-qty`}
          class={`slds-input oo-input${problem === 'quantity' ? ' oo-input_invalid' : ''}`}
          type="number"
          min="1"
          step="1"
          value={line.quantity}
          aria-invalid={problem === 'quantity'}
          onInput={(e) => onChange({ quantity: Number(e.currentTarget.value) })}
        />
      </td>
      <td class="oo-number">
        <label class="slds-assistive-text" for={`${id}-price`}>
          {t('col.price')}
        </label>
        <input
          id={`${id}-price`}
          class={`slds-input oo-input${problem === 'floor' || problem === 'price' ? ' oo-input_invalid' : ''}`}
          type="number"
          min="0"
          step="0.01"
          value={line.price}
          aria-invalid={problem === 'floor' || problem === 'price'}
          aria-describedby={problem === 'floor' ? `${id}-floor` : undefined}
          onInput={(e) => onChange({ price: Number(e.currentTarget.value) })}
        />
        {problem === 'floor' && (
          <div id={`${id}-floor`} class="slds-form-element__help slds-text-color_error" role="alert">
            {t('line.belowFloor', { floor: money(line.priceQuote!.floor!) })}
          </div>
        )}
        {line.priceQuote && line.priceQuote.steps.length > 0 && (
          <details class="oo-steps">
            <summary class="slds-text-body_small">{t('line.steps')}</summary>
            <ol class="slds-list_ordered slds-text-body_small">
              {line.priceQuote.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          </details>
        )}
      </td>
      <td class="oo-number oo-total">{money(line.quantity * line.price)}</td>
      <td class="oo-actions">
        {!removing && (
          <button type="button" class="slds-button slds-button_neutral" aria-label={t('line.remove', { product: line.name })} onClick={() => setRemoving(true)}>
            ✕
          </button>
        )}
        {removing && (
          <fieldset class="slds-form-element oo-remove">
            <legend class="slds-form-element__legend slds-text-body_small">{t('remove.title', { product: line.name })}</legend>
            <select class="slds-select" aria-label={t('remove.title', { product: line.name })} value={reason} onChange={(e) => setReason(e.currentTarget.value as RemoveReason)}>
              {REMOVE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`remove.${r}`)}
                </option>
              ))}
            </select>
            <div class="slds-m-top_xx-small">
              <button type="button" class="slds-button slds-button_destructive" onClick={() => (setRemoving(false), onChange({ removed: reason }))}>
                {t('remove.confirm')}
              </button>
              <button type="button" class="slds-button slds-button_neutral" onClick={() => setRemoving(false)}>
                {t('remove.cancel')}
              </button>
            </div>
          </fieldset>
        )}
      </td>
    </tr>
  );
}
