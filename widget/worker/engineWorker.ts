// The engine's Web Worker: the connector (jsforce) and the engine run here, never on the page's
// thread, so a long history is read and scored without blocking the UI. The page talks to it
// through comlink (`EngineApi`), in views only; errors keep their code (`errorTransfer`).
import './nodeGlobals.js';
import { expose } from 'comlink';
import { createSalesforceConnector, type SalesforceConnector } from '../../connector/index.js';
import { renderProposalText } from '../../engine/index.js';
import type { EngineApi, Session } from './EngineApi.js';
import { useErrorTransfer } from './errorTransfer.js';
import { openAccount, type ModelCache } from './openAccount.js';
import { proposalToSave } from './proposalToSave.js';
import { cacheStorageModelStore } from './sharedModelStore.js';

let connector: SalesforceConnector | null = null;
/**
 * The shared prepared model, kept between account views (its version is checked each view) and, in
 * the origin's Cache Storage, between frames: a record page opens a new frame and worker each time.
 */
const cache: ModelCache = { current: null, store: cacheStorageModelStore(self.caches, self.location.origin) };

function connected(): SalesforceConnector {
  if (!connector) throw new Error('Not connected to Salesforce yet');
  return connector;
}

const api: EngineApi = {
  async connect(session: Session) {
    // Inside Salesforce the page's own host answers the REST API: jsforce wants an absolute URL.
    const instanceUrl = session.instanceUrl || self.location.origin;
    connector = createSalesforceConnector({ instanceUrl, accessToken: session.accessToken });
    cache.current = null;
  },
  searchAccounts: (text) => connected().searchAccounts(text, 20),
  searchProducts: (text) => connected().searchProducts(text, 20),
  openAccount: (accountId, asOf, locale, onAccount) => openAccount(connected(), cache, accountId, asOf, locale, onAccount),
  save: (decision) => connected().saveProposal(proposalToSave(decision)),
  proposalLog: (filter) => connected().loadProposalLog(filter),
  async proposalText(input, locale, currency) {
    return renderProposalText(input, { locale, format: 'text', currency });
  },
};

useErrorTransfer();
expose(api);
