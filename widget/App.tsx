import { useMemo, useState } from 'preact/hooks';
import type { Remote } from 'comlink';
import type { AccountSummary, SavedProposal } from '../connector/index.js';
import { AccountOrder } from './components/AccountOrder.js';
import { AccountPicker } from './components/AccountPicker.js';
import { ManagerView } from './components/ManagerView.js';
import { translator } from './i18n/index.js';
import type { WidgetConfig } from './WidgetConfig.js';
import type { EngineApi } from './worker/EngineApi.js';

/** The widget: the account's optimal order (the record page's account, or one picked). */
export function App({ engine, config, onSaved }: { engine: Remote<EngineApi>; config: WidgetConfig; onSaved?: (saved: SavedProposal) => void }) {
  const locale = config.locale ?? navigator.language ?? 'en';
  const t = useMemo(() => translator(locale), [locale]);
  const [account, setAccount] = useState<AccountSummary | null>(null);
  const [tab, setTab] = useState<'order' | 'manager'>(config.view ?? 'order');
  const recordUrl = (id: string) => `${config.instanceUrl}/${id}`;
  const accountId = config.accountId ?? account?.id;
  const asOf = config.asOf ?? new Date().toISOString().slice(0, 10);
  return (
    <div class="slds-scope oo-app" lang={locale}>
      <div class="slds-tabs_default">
        <ul
          class="slds-tabs_default__nav"
          role="tablist"
          // The tabs pattern: arrow keys move between tabs, Tab moves into the panel.
          onKeyDown={(e) => {
            if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
            const next = tab === 'order' ? 'manager' : 'order';
            setTab(next);
            (e.currentTarget.querySelector(`#oo-tab-${next}`) as HTMLElement | null)?.focus();
          }}
        >
          {(['order', 'manager'] as const).map((name) => (
            <li key={name} class={`slds-tabs_default__item${tab === name ? ' slds-is-active' : ''}`} role="presentation">
              <button
                type="button"
                role="tab"
                id={`oo-tab-${name}`}
                aria-controls={`oo-panel-${name}`}
                class="slds-tabs_default__link oo-tab"
                aria-selected={tab === name}
                tabIndex={tab === name ? 0 : -1}
                onClick={() => setTab(name)}
              >
                {t(name === 'order' ? 'tab.order' : 'tab.manager')}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {tab === 'manager' && (
        <div id="oo-panel-manager" role="tabpanel" aria-labelledby="oo-tab-manager">
          <ManagerView t={t} locale={locale} currency={config.currency} load={(filter) => engine.proposalLog(filter)} accountId={accountId} recordUrl={recordUrl} />
        </div>
      )}
      {/* Kept while the manager view is open: the rep's edits survive a look at the log. */}
      <div id="oo-panel-order" role="tabpanel" aria-labelledby="oo-tab-order" hidden={tab !== 'order'}>
      {!config.accountId && (
        <div class="slds-card slds-p-around_medium oo-picker">
          <AccountPicker t={t} search={(text) => engine.searchAccounts(text)} onPick={setAccount} />
        </div>
      )}
      {accountId && (
        <AccountOrder
          key={accountId}
          engine={engine}
          accountId={accountId}
          asOf={asOf}
          t={t}
          locale={locale}
          currency={config.currency}
          repName={config.userName}
          recordUrl={recordUrl}
          onSaved={onSaved}
        />
      )}
      </div>
    </div>
  );
}
