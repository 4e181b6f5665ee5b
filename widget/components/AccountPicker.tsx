import { useState } from 'preact/hooks';
import type { AccountSummary } from '../worker/EngineApi.js';
import type { Translate } from '../i18n/index.js';
import { useDebouncedSearch } from '../useDebouncedSearch.js';
import { describeError } from './describeError.js';

/** Search an account by name or number and pick it: an SLDS combobox-like list, keyboard friendly (a list of buttons). */
export function AccountPicker({ t, search, onPick }: { t: Translate; search: (text: string) => Promise<AccountSummary[]>; onPick: (a: AccountSummary) => void }) {
  const [text, setText] = useState('');
  const { found, error } = useDebouncedSearch(text, search);
  return (
    <div class="slds-form-element">
      <label class="slds-form-element__label" for="oo-account-search">
        {t('picker.label')}
      </label>
      <div class="slds-form-element__control">
        <input id="oo-account-search" class="slds-input" type="search" autoComplete="off" placeholder={t('picker.placeholder')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      {error && <div class="slds-form-element__help slds-text-color_error" role="alert">{describeError(error, t).headline}</div>}
      {found && found.length === 0 && <p class="slds-m-top_x-small">{t('picker.none', { text: text.trim() })}</p>}
      {found && found.length > 0 && (
        <ul class="slds-has-dividers_bottom-space slds-m-top_x-small oo-results" aria-label={t('picker.label')}>
          {found.map((a) => (
            <li key={a.id} class="slds-item">
              <button type="button" class="slds-button oo-result" onClick={() => onPick(a)}>
                <span class="slds-text-title_bold">{a.name}</span>
                <span class="slds-text-body_small slds-m-left_x-small">
                  {[a.accountNumber, a.country].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!found && <p class="slds-text-color_weak slds-m-top_x-small">{t('picker.hint')}</p>}
    </div>
  );
}
