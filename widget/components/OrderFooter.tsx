import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.js';
import { DECLINE_REASONS, NO_ORDER_OUTCOMES, type DeclineReason, type NoOrderOutcome } from '../ProposalDraft.js';

interface Props {
  t: Translate;
  total: string;
  lines: number;
  margin: string;
  /** Accept can be clicked: lines to accept, nothing flagged, not saved yet. */
  canAccept: boolean;
  /** Ended already (accepted or logged): no more actions. */
  ended: boolean;
  saving: boolean;
  onAccept: () => void;
  onEnd: (outcome: NoOrderOutcome, reason: DeclineReason | null) => void;
}

/** The sticky footer of the order: total, margin, Accept, and ending the proposal without an order (declined with a reason, not reached, call back). */
export function OrderFooter({ t, total, lines, margin, canAccept, ended, saving, onAccept, onEnd }: Props) {
  const [ending, setEnding] = useState(false);
  return (
    <div class="oo-footer" role="region" aria-label={t('footer.label')}>
      {ending && !ended && <EndProposal t={t} onCancel={() => setEnding(false)} onEnd={(o, r) => (setEnding(false), onEnd(o, r))} />}
      <div class="oo-footer__bar" aria-live="polite">
        <div class="oo-footer__figures">
          <span class="slds-text-title">{t('total.order')}</span>{' '}
          <strong class="slds-text-heading_small" data-testid="order-total">
            {total}
          </strong>{' '}
          <span class="oo-weak">({t('total.lines', { count: lines })})</span>
          <div class="slds-text-body_small" data-testid="order-margin">
            {t('total.margin')}: {margin}
          </div>
        </div>
        {!ended && (
          <div class="oo-footer__actions">
            <button type="button" class="slds-button slds-button_neutral" aria-expanded={ending} onClick={() => setEnding((e) => !e)}>
              {t('end.button')}
            </button>
            <button type="button" class="slds-button slds-button_brand" disabled={!canAccept || saving} onClick={onAccept}>
              {saving ? t('accept.saving') : t('accept.button')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

/** The form to end a proposal without an order: what happened and, when declined, why (required). */
function EndProposal({ t, onCancel, onEnd }: { t: Translate; onCancel: () => void; onEnd: (outcome: NoOrderOutcome, reason: DeclineReason | null) => void }) {
  const [outcome, setOutcome] = useState<NoOrderOutcome>('declined');
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (e: Event) => {
    e.preventDefault();
    if (outcome === 'declined' && !reason) return setMissing(true);
    onEnd(outcome, outcome === 'declined' ? (reason as DeclineReason) : null);
  };
  return (
    <form class="oo-end slds-p-around_small" onSubmit={submit} data-testid="end-proposal">
      <fieldset class="slds-form-element">
        <legend class="slds-form-element__legend slds-form-element__label">{t('end.title')}</legend>
        <div class="slds-form-element__control">
          {NO_ORDER_OUTCOMES.map((o, i) => (
            <span key={o} class="slds-radio">
              <input type="radio" id={`oo-end-${o}`} name="oo-end" value={o} checked={outcome === o} ref={i === 0 ? first : undefined} onChange={() => setOutcome(o)} />
              <label class="slds-radio__label" for={`oo-end-${o}`}>
                <span class="slds-radio_faux" />
                <span class="slds-form-element__label">{t(`end.${o}`)}</span>
              </label>
            </span>
          ))}
        </div>
      </fieldset>
      {outcome === 'declined' && (
        <div class={`slds-form-element slds-m-top_x-small${missing ? ' slds-has-error' : ''}`}>
          <label class="slds-form-element__label" for="oo-decline-reason">
            {t('end.reason')}
          </label>
          <select id="oo-decline-reason" class="slds-select" value={reason} aria-invalid={missing} aria-describedby={missing ? 'oo-decline-missing' : undefined} onChange={(e) => (setReason(e.currentTarget.value as DeclineReason), setMissing(false))}>
            <option value="">—</option>
            {DECLINE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`decline.${r}`)}
              </option>
            ))}
          </select>
          {missing && (
            <div id="oo-decline-missing" class="slds-form-element__help" role="alert">
              {t('end.reasonRequired')}
            </div>
          )}
        </div>
      )}
      <div class="slds-m-top_x-small oo-gap slds-grid">
        <button type="submit" class="slds-button slds-button_brand">
          {t('end.confirm')}
        </button>
        <button type="button" class="slds-button slds-button_neutral" onClick={onCancel}>
          {t('end.cancel')}
        </button>
      </div>
    </form>
  );
}
