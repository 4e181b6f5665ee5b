// The engine's Web Worker: the connector (jsforce) and the engine run here, never on the page's
// thread, so a long history is read and scored without blocking the UI. The page talks to it
// through comlink (`EngineApi`), in views only; errors keep their code (`errorTransfer`).
import './nodeGlobals.js';
import { expose } from 'comlink';
import { createSalesforceConnector, type AccountView, type ImpactData, type SalesforceConnector } from '../../connector/index.js';
import { renderProposalText } from '../../engine/index.js';
import type { EngineApi, Session } from './EngineApi.js';
import { useErrorTransfer } from './errorTransfer.js';
import { GuideState } from './guideState.js';
import { CampaignSession } from './campaignSession.js';
import { impactView } from './impactView.js';
import { openAccount, type ModelCache } from './openAccount.js';
import { proposalToSave } from './proposalToSave.js';
import { cacheStorageModelStore } from './sharedModelStore.js';

let connector: SalesforceConnector | null = null;
/**
 * The shared prepared model, kept between account views (its version is checked each view) and, in
 * the origin's Cache Storage, between frames: a record page opens a new frame and worker each time.
 */
const cache: ModelCache = { current: null, store: cacheStorageModelStore(self.caches, self.location.origin) };

/** Guided selling's compiled data for the session, and each account's familiarity (from the lines its view read). */
let guide = new GuideState(() => connected());

/** The manager view's impact data of the last range of months read (a failed read is dropped, so the next asks again). */
let impactData: { key: string; data: Promise<ImpactData> } | null = null;

/** The Campaigns tab's org-wide history and models (issue 16), read once per session. */
let campaigns = new CampaignSession(() => connected());

/** The connector as `openAccount` uses it, each account view's lines told to the guide. */
function viewPort() {
  const c = connected();
  return { loadAccountView: (...args: Parameters<SalesforceConnector['loadAccountView']>) => c.loadAccountView(...args).then((v: AccountView) => (guide.viewed(v), v)), productCosts: c.productCosts, logControlVisit: c.logControlVisit };
}

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
    guide = new GuideState(() => connected());
    campaigns = new CampaignSession(() => connected());
    impactData = null;
  },
  searchAccounts: (text) => connected().searchAccounts(text, 20),
  searchProducts: (text) => connected().searchProducts(text, 20),
  openAccount: (accountId, asOf, locale, onAccount) => openAccount(viewPort(), cache, accountId, asOf, locale, onAccount),
  save: (decision) => connected().saveProposal(proposalToSave(decision)),
  proposalLog: (filter) => connected().loadProposalLog(filter),
  async impact(filter, locale) {
    const key = `${filter.from}/${filter.to}`;
    // One read per range of months: choosing a rep or a team computes again, without asking the org.
    if (impactData?.key !== key) impactData = { key, data: connected().loadImpactData({ from: filter.from, to: filter.to }) };
    const pending = impactData;
    return impactView(await pending.data.catch((e: unknown) => ((impactData = impactData === pending ? null : impactData), Promise.reject(e))), filter, locale);
  },
  openGuide: (accountId, locale) => guide.open(accountId, locale),
  answerGuide: (accountId, answers, locale) => guide.answer(accountId, answers, locale),
  campaignChoices: (asOf) => campaigns.choices(asOf),
  rankCampaign: (target, asOf, locale) => campaigns.rank(target, asOf, locale),
  createCampaign: (campaign) => campaigns.create(campaign),
  async proposalText(input, locale, currency) {
    return renderProposalText(input, { locale, format: 'text', currency });
  },
};

useErrorTransfer();
expose(api);
