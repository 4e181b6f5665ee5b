import { useMemo, useState } from 'preact/hooks';
import type { Remote } from 'comlink';
import type { AccountSummary, SavedProposal } from '../connector/index.js';
import { AccountOrder } from './components/AccountOrder.js';
import { AccountPicker } from './components/AccountPicker.js';
import { translator } from './i18n/index.js';
import type { WidgetConfig } from './WidgetConfig.js';
import type { EngineApi } from './worker/EngineApi.js';

/** The widget: the account's optimal order (the record page's account, or one picked). */
export function App({ engine, config, onSaved }: { engine: Remote<EngineApi>; config: WidgetConfig; onSaved?: (saved: SavedProposal) => void }) {
  const locale = config.locale ?? navigator.language ?? 'en';
  const t = useMemo(() => translator(locale), [locale]);
  const [account, setAccount] = useState<AccountSummary | null>(null);
  const accountId = config.accountId ?? account?.id;
  const asOf = config.asOf ?? new Date().toISOString().slice(0, 10);
  return (
    <div class="slds-scope oo-app" lang={locale}>
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
          recordUrl={(id) => `${config.instanceUrl}/${id}`}
          onSaved={onSaved}
        />
      )}
    </div>
  );
}
