import { randomUUID } from 'node:crypto';
import { ConnectorError, createSalesforceConnector, historyFromOrgLines, orderFromAccountView, type ProposalToSave, type SalesforceConnector, type SavedProposal, type ViewOrder } from '../../connector/index.js';
import { decodePreparedModel, ENGINE_VERSION, fitOptimalOrder, formatDate } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { progress } from '../progress.js';
import { UsageError } from '../UsageError.js';

/** What `recommend --org` needs from the command line. */
export interface OrgRecommendation {
  instanceUrl: string;
  accountId: string;
  /** From `--token` or `SF_ACCESS_TOKEN`; never printed. */
  token: string;
  asOf: number;
  k: number;
  locale: string;
  save: boolean;
  proposalId?: string;
}

/**
 * `recommend --org URL --account ID`: one account's optimal order from an org (real or the fake
 * one), through the connector, as one JSON line. With a prepared model in the org (`prepare`),
 * one account view: the account's own lines, the org's rules and promotions and the model, in
 * ⌈lines / 2000⌉ + 1 requests. Without one, every order line the user can see is read and the
 * engine fitted on them (slow on a large org: say so). `--save` writes the order back as an
 * accepted proposal (Opportunity, line items, log), under a random proposal id (made once per run,
 * not guessable from the account and day); a save whose answer was lost (network, proxy page) is
 * retried once with the same id, and the connector's idempotency check finds what the first wrote.
 * The Opportunity's name, stage and close date come from the org's engine settings.
 */
export async function recommendFromOrg(o: OrgRecommendation, io: CliIo): Promise<number> {
  const connector = createSalesforceConnector({ instanceUrl: o.instanceUrl, accessToken: o.token });
  const day = formatDate(o.asOf);
  const view = await connector.loadAccountView(o.accountId, day);
  const options = { k: o.k, locale: o.locale };
  let found: ViewOrder;
  if (view.model?.text) {
    const model = decodePreparedModel(view.model.text, `the org's prepared model (ContentVersion ${view.model.versionId})`);
    io.stderr.write(`prepared model of ${formatDate(model.asOf)} (${model.customers} accounts); ${view.lines.length} order lines of the account; ${connector.requestCount} requests\n`);
    found = orderFromAccountView(view, model, o.asOf, options);
  } else {
    io.stderr.write(`no prepared model in the org (${view.modelProblem ?? 'run optimal-order prepare'}): reading every order line from ${o.instanceUrl}…\n`);
    const report = progress(io.stderr, 'order lines');
    const { history, product2Ids } = historyFromOrgLines(await connector.loadAllOrderLines((soFar, total) => report(soFar, total)));
    io.stderr.write(`fitting the engine on ${history.customerIds.length} accounts…\n`);
    const c = history.customerIndex.get(view.account.id);
    const order = c === undefined ? null : fitOptimalOrder(history, o.asOf, { ...options, rules: view.rules, promotions: view.promotions, ...(view.horizonDays === undefined ? {} : { horizonDays: view.horizonDays }) }).propose(c);
    found = { order, segment: null, product2Id: (id) => product2Ids.get(id) };
  }
  const { order } = found;
  if (!order) throw new UsageError(`--account: account '${o.accountId}' has no order before ${day}`, 'recommend');
  io.stdout.write(JSON.stringify(order) + '\n');
  if (!o.save) return 0;

  const proposal: ProposalToSave = {
    proposalId: o.proposalId ?? `cli-${randomUUID()}`,
    accountId: view.account.id,
    status: 'accepted',
    segment: order.segment,
    engineVersion: ENGINE_VERSION,
    day,
    lines: order.items.map((l) => ({
      productId: found.product2Id(l.productId) ?? l.productId,
      kind: l.kind,
      outcome: 'accepted',
      proposedQuantity: l.quantity,
      quantity: l.quantity,
      proposedPrice: l.price.value,
      price: l.price.value,
      probability: l.probability,
      reason: l.reason,
      priceSteps: l.price.steps,
    })),
  };
  const saved = await saveOnce(connector, proposal);
  io.stderr.write(
    saved.created
      ? `saved: Opportunity ${saved.opportunityId}, proposal log ${saved.proposalRecordId}\n`
      : `already saved before (proposal ${proposal.proposalId}): Opportunity ${saved.opportunityId}; nothing written\n`,
  );
  return 0;
}

/** Errors after which a write may have happened without its answer arriving: a retry with the same id is safe. */
const LOST_ANSWER = new Set(['NETWORK_ERROR', 'HTML_ERROR_PAGE']);

/** Saves the proposal; when the answer was lost, once more with the same proposal id (idempotent: nothing is written twice). */
async function saveOnce(connector: SalesforceConnector, proposal: ProposalToSave): Promise<SavedProposal> {
  try {
    return await connector.saveProposal(proposal);
  } catch (error) {
    if (!(error instanceof ConnectorError) || !LOST_ANSWER.has(error.code)) throw error;
    return connector.saveProposal(proposal);
  }
}
