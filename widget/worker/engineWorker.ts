// The engine's Web Worker: the connector (jsforce) and the engine run here, never on the page's
// thread, so a long history is read and scored without blocking the UI. The page talks to it
// through comlink (`EngineApi`).
import './nodeGlobals.js';
import { expose } from 'comlink';
import { createSalesforceConnector, orderFromAccountView, type SalesforceConnector } from '../../connector/index.js';
import { decodePreparedModel, newCustomerOrder, parseDateTime, renderProposalText, type PreparedModel } from '../../engine/index.js';
import { accountPage } from './accountPage.js';
import type { EngineApi, Session } from './EngineApi.js';

let connector: SalesforceConnector | null = null;
/** The prepared model of this session, kept between account views (its version is checked each view). */
let model: { versionId: string; model: PreparedModel } | null = null;

function connected(): SalesforceConnector {
  if (!connector) throw new Error('Not connected to Salesforce yet');
  return connector;
}

const api: EngineApi = {
  async connect(session: Session) {
    // Inside Salesforce the page's own host answers the REST API: jsforce wants an absolute URL.
    const instanceUrl = session.instanceUrl || self.location.origin;
    connector = createSalesforceConnector({ instanceUrl, accessToken: session.accessToken });
    model = null;
  },
  searchAccounts: (text) => connected().searchAccounts(text, 20),
  searchProducts: (text) => connected().searchProducts(text, 20),
  async openAccount(accountId, asOf, locale) {
    const view = await connected().loadAccountView(accountId, asOf, model?.versionId);
    // Why there is none is for the admin (nothing pinned, not shared, uploaded by someone else): shown as the connector says it.
    if (!view.model) throw new Error(view.modelProblem ?? 'No prepared model in this org yet: an administrator runs `optimal-order prepare` once (then nightly).');
    if (view.model.text !== null) model = { versionId: view.model.versionId, model: decodePreparedModel(view.model.text, 'the org’s prepared model') };
    const prepared = model!.model;
    const day = parseDateTime(asOf);
    const found = orderFromAccountView(view, prepared, day, { locale });
    const order = found.order ?? newCustomerOrder(prepared, view.account.id, day, { rules: view.rules, promotions: view.promotions, locale });
    // Unit costs of the lines proposed, for the margin: one more request.
    const product2Ids = order.items.map((l) => found.product2Id(l.productId)).filter((id): id is string => id !== undefined);
    const costs = await connected().productCosts(product2Ids);
    return accountPage(view, found, order, prepared, asOf, locale, costs);
  },
  accept: (proposal) => connected().saveProposal(proposal),
  proposalLog: (filter) => connected().loadProposalLog(filter),
  async proposalText(input, locale, currency) {
    return renderProposalText(input, { locale, format: 'text', currency });
  },
};

expose(api);
