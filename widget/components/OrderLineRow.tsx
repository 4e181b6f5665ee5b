import { useEffect, useRef, useState } from 'preact/hooks';
import { formatMoney, formatPercent } from '../format.js';
import type { Translate } from '../i18n/index.js';
import { lineProblem, priceMove, REMOVE_REASONS, type DraftLine, type RemoveReason } from '../ProposalDraft.js';
import { NumberField } from './NumberField.js';
import { Sparkline } from './Sparkline.js';

interface Props {
  line: DraftLine;
  t: Translate;
  locale: string;
  currency: string;
  /** After Accept: the line is shown, not edited. */
  locked: boolean;
  onChange: (change: Partial<DraftLine>) => void;
}

type Focus = 'reason' | 'remove' | 'restore' | 'quantity' | null;

/**
 * One line of the order as a table row whose header cell is the product (stacked as a card in a
 * narrow column): product, reason, promotion and price steps; quantity and price to edit, in the
 * locale's writing; the line total; removal with a reason. Focus follows the rep: into the reason
 * on ✕, to Restore once removed, back to the quantity once restored.
 */
export function OrderLineRow({ line, t, locale, currency, locked, onChange }: Props) {
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState<RemoveReason>('not-needed');
  const focusNext = useRef<Focus>(null);
  const row = useRef<HTMLTableRowElement>(null);
  const form = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const scope = target === 'reason' ? form.current : row.current;
    // The quantity is the row's first field.
    (scope?.querySelector(target === 'quantity' ? 'input' : `[data-focus="${target}"]`) as HTMLElement | null)?.focus();
  });
  const id = `oo-line-${line.key.replace(/[^\w-]/g, '_')}`;
  const then = (focus: Focus, action: () => void) => () => ((focusNext.current = focus), action());
  if (line.removed) {
    return (
      <tr ref={row} class="oo-line oo-line_removed" data-product={line.productId}>
        <th scope="row" colSpan={4} class="oo-product">
          <s>{line.name}</s>
          <span class="slds-m-left_small oo-weak">{t('line.removed', { reason: t(`remove.${line.removed}`) })}</span>
        </th>
        <td class="oo-actions">
          {!locked && (
            <button type="button" class="slds-button slds-button_neutral" data-focus="restore" aria-label={`${t('line.restore')}: ${line.name}`} onClick={then('quantity', () => onChange({ removed: null }))}>
              {t('line.restore')}
            </button>
          )}
        </td>
      </tr>
    );
  }
  return (
    <>
      <tr ref={row} class="oo-line" data-product={line.productId}>
        <ProductCell line={line} t={t} locale={locale} currency={currency} />
        <td class="oo-number" data-label={t('col.quantity')}>
          {locked ? line.quantity : <NumberField id={`${id}-qty`} label={t('col.quantityOf', { product: line.name })} value={line.quantity} locale={locale} maxDigits={3} invalid={lineProblem(line) === 'quantity'} describedBy={line.unusual && line.quantity === line.proposedQuantity ? `${id}-unusual` : undefined} onValue={(quantity) => onChange({ quantity })} />}
          {line.unusual && line.quantity === line.proposedQuantity && (
            <div id={`${id}-unusual`} class="slds-form-element__help oo-warning">
              {t('line.unusualQuantity', { low: line.unusual.low, high: line.unusual.high })}
            </div>
          )}
        </td>
        <td class="oo-number" data-label={t('col.price')}>
          {locked ? formatMoney(line.price, locale, currency, { maxDigits: 3 }) : <PriceField line={line} id={id} t={t} locale={locale} currency={currency} onChange={onChange} />}
        </td>
        <td class="oo-number oo-total" data-label={t('col.total')}>
          {formatMoney(line.quantity * line.price, locale, currency)}
        </td>
        <td class="oo-actions">
          {!locked && !removing && (
            <button type="button" class="slds-button slds-button_icon slds-button_icon-border-filled oo-remove-button" data-focus="remove" aria-label={t('line.remove', { product: line.name })} title={t('line.remove', { product: line.name })} onClick={then('reason', () => setRemoving(true))}>
              <span aria-hidden="true">✕</span>
            </button>
          )}
        </td>
      </tr>
      {removing && (
        <tr ref={form} class="oo-line__remove">
          <td colSpan={5}>
            <fieldset class="slds-form-element">
              <legend class="slds-form-element__legend slds-text-body_small">{t('remove.title', { product: line.name })}</legend>
              <div class="slds-grid slds-wrap oo-gap">
                <select class="slds-select oo-reason-select" data-focus="reason" aria-label={t('remove.title', { product: line.name })} value={reason} onChange={(e) => setReason(e.currentTarget.value as RemoveReason)}>
                  {REMOVE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`remove.${r}`)}
                    </option>
                  ))}
                </select>
                <button type="button" class="slds-button slds-button_destructive" onClick={then('restore', () => (setRemoving(false), onChange({ removed: reason })))}>
                  {t('remove.confirm')}
                </button>
                <button type="button" class="slds-button slds-button_neutral" onClick={then('remove', () => setRemoving(false))}>
                  {t('remove.cancel')}
                </button>
              </div>
            </fieldset>
          </td>
        </tr>
      )}
    </>
  );
}

/** The product as the row's header: name and code, what it last cost and the net discount, purchase history, reason, promotion, price steps. */
function ProductCell({ line, t, locale, currency }: { line: DraftLine; t: Translate; locale: string; currency: string }) {
  const money = (v: number) => formatMoney(v, locale, currency, { maxDigits: 3 });
  const facts = [line.productId, line.lastPrice != null ? t('line.lastPaid', { price: money(line.lastPrice) }) : null];
  const net = line.netDiscount;
  const percent = (v: number) => formatPercent(Math.abs(v) / 100, locale);
  return (
    <th scope="row" class="oo-product" data-label={t('col.product')}>
      <div class="slds-text-title_bold oo-product-name">{line.name}</div>
      <div class="slds-text-body_small oo-weak">
        {facts.filter(Boolean).join(' · ')}
        {net != null && net !== 0 && <span class="oo-net"> · {t(net > 0 ? 'line.netDiscount' : 'line.netRaise', { percent: percent(net) })}</span>}
      </div>
      {line.kind === 'habitual' && <Sparkline values={line.history} label={t('line.history', { count: line.history.length })} />}
      <div class="slds-text-body_small oo-reason">{line.reason}</div>
      {line.promotion && <span class="slds-badge oo-badge_promotion slds-m-top_xx-small">{t('line.promotion', { name: line.promotion.name, percent: percent(line.promotion.appliedPercent ?? line.promotion.discountPercent) })}</span>}
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
    </th>
  );
}

/** The unit price to edit: flagged below the rules' floor (blocks Accept), warned when it moves more than 30 % from the proposal. */
function PriceField({ line, id, t, locale, currency, onChange }: { line: DraftLine; id: string; t: Translate; locale: string; currency: string; onChange: (change: Partial<DraftLine>) => void }) {
  const problem = lineProblem(line);
  const move = priceMove(line);
  const money = (v: number) => formatMoney(v, locale, currency, { maxDigits: 3 });
  const help = problem === 'floor' ? `${id}-floor` : problem === 'price' ? `${id}-nan` : move !== null ? `${id}-move` : undefined;
  return (
    <>
      <NumberField id={`${id}-price`} label={t('col.priceOf', { product: line.name })} value={line.price} locale={locale} maxDigits={3} invalid={problem === 'floor' || problem === 'price'} describedBy={help} onValue={(price) => onChange({ price })} />
      {problem === 'floor' && (
        <div id={help} class="slds-form-element__help slds-text-color_error" role="alert">
          {t('line.belowFloor', { floor: money(line.priceQuote!.floor!) })}
        </div>
      )}
      {problem === 'price' && (
        <div id={help} class="slds-form-element__help slds-text-color_error" role="alert">
          {t('line.notNumber', { language: new Intl.DisplayNames([locale], { type: 'language' }).of(locale.split('-')[0]!) ?? locale })}
        </div>
      )}
      {problem === null && move !== null && (
        <div id={help} class="slds-form-element__help oo-warning" role="status" data-testid="price-warning">
          {t(move > 0 ? 'line.priceAbove' : 'line.priceBelow', { percent: formatPercent(Math.abs(move), locale, { maxDigits: 0 }), price: money(line.proposedPrice) })}
        </div>
      )}
    </>
  );
}
