import { useMemo, useRef, useState } from 'preact/hooks';
import type { Remote } from 'comlink';
import { AccountOrder } from './components/AccountOrder.js';
import { AccountPicker } from './components/AccountPicker.js';
import { GuidedSelling } from './components/guide/GuidedSelling.js';
import { ManagerView } from './components/ManagerView.js';
import { CampaignsView } from './components/campaigns/CampaignsView.js';
import { translator, type Translate } from './i18n/index.js';
import type { WidgetConfig } from './WidgetConfig.js';
import type { AccountSummary, EngineApi, ProductSummary, SavedProposal } from './worker/EngineApi.js';

type Tab = 'order' | 'guide' | 'manager' | 'campaigns';
type AddToOrder = (product: ProductSummary, reason: string) => boolean;

interface Props {
  engine: Remote<EngineApi>;
  config: WidgetConfig;
  onSaved?: (saved: SavedProposal) => void;
  /**
   * Inside a Lightning frame whose host listens: opens an Opportunity in Lightning (the host
   * navigates). Without it (the demo), record links are plain links to the org.
   */
  openRecord?: (opportunityId: string) => void;
}

/**
 * The widget: the account's optimal order (the record page's account, or one picked), and the
 * manager view for a user with the `OO_ManagerView` permission (`config.managerView`); asked for
 * the manager view without it, the widget says so and shows nothing else.
 */
export function App({ engine, config, onSaved, openRecord }: Props) {
  const locale = config.locale ?? navigator.language ?? 'en';
  const t = useMemo(() => translator(locale), [locale]);
  const [account, setAccount] = useState<AccountSummary | null>(null);
  const manager = config.managerView === true;
  const [tab, setTab] = useState<Tab>(manager && config.view === 'manager' ? 'manager' : 'order');
  const recordUrl = (id: string) => (openRecord && config.hostOrigin ? `${config.hostOrigin}/lightning/r/Opportunity/${id}/view` : `${config.instanceUrl}/${id}`);
  const accountId = config.accountId ?? account?.id;
  const asOf = config.asOf ?? new Date().toISOString().slice(0, 10);
  // The order's way to take a product from the guided-selling tab (null while it cannot), and whether that tab was opened (then kept, with its answers).
  const addToOrder = useRef<AddToOrder | null>(null);
  const [guideOpened, setGuideOpened] = useState<string | null>(null);
  if (tab === 'guide' && accountId && guideOpened !== accountId) setGuideOpened(accountId);
  const tabs: Tab[] = ['order', ...(accountId ? (['guide'] as const) : []), ...(manager ? (['campaigns', 'manager'] as const) : [])];
  // The Campaigns tab, once opened, is kept (its ranking survives a look elsewhere).
  const [campaignsOpened, setCampaignsOpened] = useState(false);
  if (tab === 'campaigns' && !campaignsOpened) setCampaignsOpened(true);
  if (config.view === 'manager' && !manager) {
    return (
      <main class="slds-scope oo-app" lang={locale}>
        <div class="slds-notify slds-notify_alert slds-alert_warning" role="alert" data-testid="no-manager-access">
          {t('manager.noAccess')}
        </div>
      </main>
    );
  }
  // With one view (no manager view, no account yet) there are no tabs, and the order is not a tab panel.
  const panel = (name: Tab) => (tabs.length > 1 ? { role: 'tabpanel' as const, 'aria-labelledby': `oo-tab-${name}` } : {});
  return (
    // The widget is its page's (its frame's) main content: one main landmark holds it all.
    <main class="slds-scope oo-app" lang={locale} onClick={openRecord && ((e) => openRecordLink(e, openRecord))}>
      {tabs.length > 1 && <ViewTabs tabs={tabs} tab={tab} setTab={setTab} t={t} />}
      {tab === 'manager' && (
        <div id="oo-panel-manager" {...panel('manager')}>
          <ManagerView t={t} locale={locale} currency={config.currency} load={(filter) => engine.proposalLog(filter)} impact={(filter) => engine.impact(filter, locale)} accountId={accountId} recordUrl={recordUrl} today={asOf} />
        </div>
      )}
      {manager && campaignsOpened && (
        <div id="oo-panel-campaigns" {...panel('campaigns')} hidden={tab !== 'campaigns'}>
          <CampaignsView engine={engine} locale={locale} currency={config.currency} today={asOf} />
        </div>
      )}
      {/* Kept while the manager view is open: the rep's edits survive a look at the log. */}
      <div id="oo-panel-order" {...panel('order')} hidden={tab !== 'order'}>
        {/* The page's title until an account is open (its name is then the heading). */}
        {!accountId && <h1 class="slds-assistive-text">{t('app.title')}</h1>}
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
            summary={account && account.id === accountId ? account : undefined}
            asOf={asOf}
            t={t}
            locale={locale}
            currency={config.currency}
            repName={config.userName}
            recordUrl={recordUrl}
            onSaved={onSaved}
            registerAdd={(add) => void (addToOrder.current = add)}
          />
        )}
      </div>
      {accountId && guideOpened === accountId && (
        <div id="oo-panel-guide" {...panel('guide')} hidden={tab !== 'guide'}>
          <GuidedSelling key={accountId} engine={engine} accountId={accountId} t={t} locale={locale} currency={config.currency} onAdd={(p, reason) => addToOrder.current?.(p, reason) ?? false} />
        </div>
      )}
    </main>
  );
}

const TAB_LABELS = { order: 'tab.order', guide: 'tab.guide', manager: 'tab.manager', campaigns: 'tab.campaigns' } as const;

/** The views as tabs, by the ARIA tabs pattern: arrow keys move between tabs (wrapping), Tab moves into the panel. */
function ViewTabs({ tabs, tab, setTab, t }: { tabs: readonly Tab[]; tab: Tab; setTab: (tab: Tab) => void; t: Translate }) {
  return (
    <div class="slds-tabs_default">
      <ul
        class="slds-tabs_default__nav"
        role="tablist"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const at = tabs.indexOf(tab);
          const next = tabs[(at + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
          setTab(next);
          (e.currentTarget.querySelector(`#oo-tab-${next}`) as HTMLElement | null)?.focus();
        }}
      >
        {tabs.map((name) => (
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
              {t(TAB_LABELS[name])}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A plain click on an Opportunity link (`data-opportunity`) asks the host to open it; a modified click opens a tab as usual. */
function openRecordLink(e: MouseEvent, openRecord: (opportunityId: string) => void) {
  const link = (e.target as Element | null)?.closest?.('a[data-opportunity]');
  const id = link?.getAttribute('data-opportunity');
  if (!id || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  openRecord(id);
}
