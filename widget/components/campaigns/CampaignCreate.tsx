import { useEffect, useRef, useState } from 'preact/hooks';
import type { CampaignCreatedView } from '../../worker/EngineApi.js';
import type { CampaignKey } from '../../i18n/campaignMessages.js';

interface Props {
  w: (key: CampaignKey, vars?: Record<string, string | number>) => string;
  /** Accounts on the list: the confirmation names them. */
  accounts: number;
  defaultName: string;
  create: (name: string) => Promise<CampaignCreatedView>;
}

/** The campaign's name, the Create button, a confirmation naming how many members, then what was written (focus moves to each). */
export function CampaignCreate({ w, accounts, defaultName, create }: Props) {
  const [name, setName] = useState(defaultName);
  const [step, setStep] = useState<'idle' | 'confirm' | 'creating' | 'done'>('idle');
  const [result, setResult] = useState<CampaignCreatedView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focus = useRef<HTMLElement>(null);
  useEffect(() => focus.current?.focus(), [step]);
  const confirm = () => {
    setStep('creating');
    setError(null);
    create(name.trim() || defaultName).then(
      (r) => (setResult(r), setStep('done')),
      (e: Error) => (setError(e.message), setStep('done')),
    );
  };
  return (
    <div class="slds-m-top_medium oo-campaign-create">
      <label class="slds-form-element__label" for="oo-campaign-name">{w('campaign.name')}</label>
      <input id="oo-campaign-name" class="slds-input" maxLength={80} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      {step !== 'confirm' && (
        <button type="button" class="slds-button slds-button_brand slds-m-top_x-small" disabled={step === 'creating' || accounts === 0} onClick={() => (setResult(null), setStep('confirm'))}>
          {w('campaign.create')}
        </button>
      )}
      {step === 'confirm' && (
        <div role="alertdialog" aria-labelledby="oo-campaign-confirm-title" aria-describedby="oo-campaign-confirm-text" class="slds-box slds-theme_shade slds-m-top_x-small">
          <h3 id="oo-campaign-confirm-title" class="slds-text-heading_small">{w('campaign.confirmTitle')}</h3>
          <p id="oo-campaign-confirm-text">{w('campaign.confirm', { name: name.trim() || defaultName, count: accounts })}</p>
          <button type="button" ref={(b) => void (focus.current = b)} class="slds-button slds-button_brand slds-m-top_x-small" onClick={confirm}>
            {w('campaign.confirmYes')}
          </button>
          <button type="button" class="slds-button slds-button_neutral slds-m-top_x-small" onClick={() => setStep('idle')}>
            {w('campaign.cancel')}
          </button>
        </div>
      )}
      {step === 'creating' && <p role="status">{w('campaign.creating')}</p>}
      {step === 'done' && (
        <div ref={(d) => void (focus.current = d)} tabIndex={-1} role="status" class="slds-m-top_x-small" data-testid="campaign-result">
          {error && <p class="slds-text-color_error">{error}</p>}
          {result && <Result w={w} result={result} />}
        </div>
      )}
    </div>
  );
}

function Result({ w, result }: { w: Props['w']; result: CampaignCreatedView }) {
  const state = w(result.newCampaign ? 'campaign.stateNew' : 'campaign.stateExisting');
  return (
    <>
      <p class="slds-text-color_success">{w('campaign.created', { id: result.campaignId, state, added: result.added, already: result.alreadyMembers })}</p>
      {result.accountsWithoutContact.length > 0 && <p>{w('campaign.noContact', { names: result.accountsWithoutContact.map((a) => a.name).join(', ') })}</p>}
      {result.failed.map((f) => (
        <p key={f.contactId} class="slds-text-color_error">
          {w('campaign.failed', { account: f.account, message: f.message })}
        </p>
      ))}
    </>
  );
}
