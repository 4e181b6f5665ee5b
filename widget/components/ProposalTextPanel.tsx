import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.js';

/**
 * The commercial proposal text, generated from the order as it stands, editable and copyable.
 * It follows the order while the rep has not touched it; once edited, a change of the order asks
 * first (rewrite from the order, or keep the text) and never overwrites the rep's words.
 */
export function ProposalTextPanel({ t, generate, version }: { t: Translate; generate: () => Promise<string>; version: string }) {
  const [text, setText] = useState('');
  const [copied, setCopied] = useState(false);
  const [stale, setStale] = useState(false);
  const edited = useRef(false);
  const regenerate = () => generate().then((s) => (setText(s), setCopied(false), setStale(false), (edited.current = false)));
  useEffect(() => void (edited.current ? setStale(true) : regenerate()), [version]);
  return (
    <section class="slds-m-top_large" aria-labelledby="oo-text-title">
      <h2 id="oo-text-title" class="slds-text-heading_small slds-m-bottom_x-small">
        {t('text.title')}
      </h2>
      {stale && (
        <div class="slds-box slds-m-bottom_x-small oo-ignored" role="status" data-testid="text-stale">
          <p>{t('text.stale')}</p>
          <div class="slds-grid slds-wrap oo-gap slds-m-top_xx-small">
            <button type="button" class="slds-button slds-button_neutral" onClick={regenerate}>
              {t('text.rewrite')}
            </button>
            <button type="button" class="slds-button slds-button_neutral" onClick={() => setStale(false)}>
              {t('text.keep')}
            </button>
          </div>
        </div>
      )}
      <label class="slds-assistive-text" for="oo-proposal-text">
        {t('text.title')}
      </label>
      <textarea id="oo-proposal-text" class="slds-textarea oo-text" rows={12} value={text} onInput={(e) => ((edited.current = true), setText(e.currentTarget.value))} />
      <div class="slds-m-top_x-small slds-grid slds-wrap oo-gap">
        <button type="button" class="slds-button slds-button_neutral" onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true))}>
          {copied ? t('text.copied') : t('text.copy')}
        </button>
        {!stale && (
          <button type="button" class="slds-button slds-button_neutral" onClick={regenerate}>
            {t('text.regenerate')}
          </button>
        )}
      </div>
    </section>
  );
}
