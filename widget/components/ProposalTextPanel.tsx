import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.js';

/** The commercial proposal text, generated from the order as it stands, editable and copyable. */
export function ProposalTextPanel({ t, generate, version }: { t: Translate; generate: () => Promise<string>; version: string }) {
  const [text, setText] = useState('');
  const [copied, setCopied] = useState(false);
  const regenerate = () => generate().then((s) => (setText(s), setCopied(false)));
  // Rewritten when the order changes (its lines, quantities or prices): the rep's edits to the text before that are replaced.
  useEffect(() => void regenerate(), [version]);
  return (
    <section class="slds-m-top_large" aria-labelledby="oo-text-title">
      <h2 id="oo-text-title" class="slds-text-heading_small slds-m-bottom_x-small">
        {t('text.title')}
      </h2>
      <label class="slds-assistive-text" for="oo-proposal-text">
        {t('text.title')}
      </label>
      <textarea id="oo-proposal-text" class="slds-textarea oo-text" rows={12} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="slds-m-top_x-small">
        <button type="button" class="slds-button slds-button_neutral" onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true))}>
          {copied ? t('text.copied') : t('text.copy')}
        </button>
        <button type="button" class="slds-button slds-button_neutral" onClick={regenerate}>
          {t('text.regenerate')}
        </button>
      </div>
    </section>
  );
}
