import type { Ref } from 'preact';
import { formatMoney } from '../../format.js';
import type { Translate } from '../../i18n/index.js';
import type { GuideAnswer, GuideProductView, ProductSummary } from '../../worker/EngineApi.js';

interface Props {
  answer: GuideAnswer;
  t: Translate;
  locale: string;
  currency: string;
  busy: boolean;
  /** Products this tab put into the order. */
  added: ReadonlySet<string>;
  /** The results' heading, focused after a relaxation. */
  headingRef: Ref<HTMLHeadingElement>;
  onAdd: (product: ProductSummary, reason: string) => void;
  onRelax: (drop: string[]) => void;
}

/** The guide's results: how many fit (announced), the relaxations when none does, then each product with its fit, pros, cons and "Add to order". */
export function GuideResults({ answer, t, locale, currency, busy, added, headingRef, onAdd, onRelax }: Props) {
  return (
    <div class="oo-guide-results">
      <h3 ref={headingRef} tabIndex={-1} class="slds-text-title_caps slds-m-bottom_x-small" aria-live="polite" data-testid="guide-fitting">
        {answer.fitting > 0 ? t('guide.fitting', { count: answer.fitting }) : t('guide.noneFits')}
      </h3>
      {answer.fitting === 0 && answer.relaxations.length > 0 && (
        <div class="slds-m-bottom_small" role="group" aria-label={t('guide.relaxations')}>
          <p class="slds-text-body_small slds-m-bottom_xx-small">{t('guide.relaxHint')}</p>
          <ul class="oo-guide-options">
            {answer.relaxations.map((r) => (
              <li key={r.drop.join('+')}>
                <button type="button" class="slds-button slds-button_brand" disabled={busy} data-drop={r.drop.join('+')} onClick={() => onRelax(r.drop)}>
                  {t('guide.relax', { answers: r.labels.map((l) => `‘${l}’`).join(' + '), count: r.admits })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {answer.fitting === 0 && answer.results.length > 0 && <p class="slds-text-body_small slds-m-bottom_xx-small">{t('guide.nearest')}</p>}
      <ol class="oo-guide-list">
        {answer.results.map((r) => (
          <GuideResultItem key={r.product.productId} result={r} t={t} locale={locale} currency={currency} added={added.has(r.product.productId)} onAdd={onAdd} />
        ))}
      </ol>
    </div>
  );
}

function GuideResultItem({ result, t, locale, currency, added, onAdd }: { result: GuideProductView; t: Translate; locale: string; currency: string; added: boolean; onAdd: Props['onAdd'] }) {
  const { product } = result;
  const fit = Math.round(Math.min(1, result.score) * 100);
  return (
    <li class="slds-box slds-box_x-small slds-m-bottom_x-small oo-guide-result" data-product={product.productId}>
      <div class="oo-guide-result__head">
        <span class="slds-text-title_bold">{product.name}</span>
        <span class={`slds-badge ${result.fits ? 'slds-theme_success' : ''}`}>{t(result.fits ? 'guide.fits' : 'guide.near', { percent: fit })}</span>
      </div>
      <p class="slds-text-body_small slds-text-color_weak">
        {product.productId} · {Number.isFinite(product.listPrice) ? formatMoney(product.listPrice, locale, currency) : '—'}
      </p>
      {result.pros.length > 0 && (
        <ul class="oo-guide-reasons" aria-label={t('guide.pros')}>
          {result.pros.map((p) => (
            <li key={p}>✓ {p}</li>
          ))}
        </ul>
      )}
      {result.cons.length > 0 && (
        <ul class="oo-guide-reasons slds-text-color_error" aria-label={t('guide.cons')}>
          {result.cons.map((c) => (
            <li key={c}>✗ {c}</li>
          ))}
        </ul>
      )}
      <p class="slds-text-body_small">{result.reason}</p>
      <button type="button" class="slds-button slds-button_neutral slds-m-top_xx-small" disabled={added} onClick={() => onAdd(product, result.reason)}>
        {added ? t('guide.inOrder') : t('guide.add')}
        <span class="slds-assistive-text"> {product.name}</span>
      </button>
    </li>
  );
}
