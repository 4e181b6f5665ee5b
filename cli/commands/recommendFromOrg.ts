import { randomUUID } from 'node:crypto';
import { ConnectorError, createSalesforceConnector, historyFromOrgLines, orderFromAccountView, type AccountView, type ProposalToSave, type SalesforceConnector, type SavedProposal, type ViewOrder } from '../../connector/index.js';
import { decodePreparedModel, ENGINE_VERSION, fitOptimalOrder, formatDate, type PreparedModel } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { progress } from '../progress.js';

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
 * ⌈lines / 2000⌉ + 1 requests. Without one, every order line the user can see is read and a model
 * prepared from them (slow on a large org: say so). Either way the order comes from
 * `orderFromAccountView`, as in the widget: an account with no order gets the new-customer order,
 * rules and promotions the engine refuses are skipped (said on stderr), products without a Product2
 * are left out (counted on stderr). `--save` writes the order back as an
 * accepted proposal (Opportunity, line items, log), under a random proposal id (made once per run,
 * not guessable from the account and day); a save whose answer was lost (network, proxy page) is
 * retried once with the same id, and the connector's idempotency check finds what the first wrote;
 * an account already accepted that day is not saved again (exit 1, saying by whom).
 * The Opportunity's name, stage and close date come from the org's engine settings.
 */
export async function recommendFromOrg(o: OrgRecommendation, io: CliIo): Promise<number> {
  const connector = createSalesforceConnector({ instanceUrl: o.instanceUrl, accessToken: o.token });
  const day = formatDate(o.asOf);
  const loaded = await connector.loadAccountView(o.accountId, day);
  const { model, view } = await modelOf(loaded, connector, o, io);
  const found = orderFromAccountView(view, model, o.asOf, { k: o.k, locale: o.locale });
  tell(found, view, io);
  const { order } = found;
  io.stdout.write(JSON.stringify(order) + '\n');
  if (!o.save) return 0;
  const proposal: ProposalToSave = {
    proposalId: o.proposalId ?? `cli-${randomUUID()}`,
    accountId: view.account.id,
    status: 'accepted',
    segment: order.segment,
    engineVersion: ENGINE_VERSION,
    day,
    // Every line has its Product2 id: `orderFromAccountView` leaves out those without.
    lines: order.items.map((l) => ({
      productId: found.product2Id(l.productId)!,
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
  const earlier = view.acceptedToday;
  if (earlier && earlier.proposalId !== proposal.proposalId) {
    io.stderr.write(`not saved: a proposal for this account was already accepted on ${day} by ${earlier.acceptedBy.name || earlier.acceptedBy.id} (Opportunity ${earlier.opportunityId ?? 'none'}); one per account and day\n`);
    return 1;
  }
  const saved = await saveOnce(connector, proposal);
  io.stderr.write(
    saved.created
      ? `saved: Opportunity ${saved.opportunityId}, proposal log ${saved.proposalRecordId}\n`
      : `already saved before (proposal ${proposal.proposalId}): Opportunity ${saved.opportunityId}; nothing written\n`,
  );
  return 0;
}

/**
 * The prepared model and the view to take to the order: the org's pinned model with the account's
 * insight as the view read it (said on stderr when there is none or it is another model's); or,
 * without a model, one prepared here from every order line the user can see (slow on a large org:
 * said so) with the account's insight from that fit, so both take the same path to the order.
 */
async function modelOf(view: AccountView, connector: SalesforceConnector, o: OrgRecommendation, io: CliIo): Promise<{ model: PreparedModel; view: AccountView }> {
  if (view.model?.text) {
    const model = decodePreparedModel(view.model.text, `the org's prepared model (ContentVersion ${view.model.versionId})`);
    io.stderr.write(`prepared model of ${formatDate(model.asOf)} (${model.customers} accounts); ${view.lines.length} order lines of the account; ${connector.requestCount} requests\n`);
    if (!view.insight) io.stderr.write(`no insight for account ${view.account.id} in the org (run optimal-order prepare): the order rests on its own orders and the shared model\n`);
    else if (view.insight.modelAsOf !== model.asOf || view.insight.engineVersion !== model.engineVersion) io.stderr.write(`the insight of account ${view.account.id} goes with another model (${formatDate(view.insight.modelAsOf)}, engine ${view.insight.engineVersion}): not used\n`);
    return { model, view };
  }
  io.stderr.write(`no prepared model in the org (${view.modelProblem ?? 'run optimal-order prepare'}): reading every order line from ${o.instanceUrl}…\n`);
  const report = progress(io.stderr, 'order lines');
  const { history, product2Ids } = historyFromOrgLines(await connector.loadAllOrderLines((soFar, total) => report(soFar, total)));
  io.stderr.write(`fitting the engine on ${history.customerIds.length} accounts…\n`);
  const fitted = fitOptimalOrder(history, o.asOf, view.horizonDays === undefined ? {} : { horizonDays: view.horizonDays });
  const model = fitted.prepare();
  model.productRefs = model.productIds.map((id) => product2Ids.get(id) ?? '');
  const c = history.customerIndex.get(view.account.id);
  return { model, view: { ...view, insight: c === undefined ? null : fitted.insight(c) } };
}

/** What the rep or admin should know besides the order, on stderr: a new customer, records the engine refused, products left out. */
function tell(found: ViewOrder, view: AccountView, io: CliIo): void {
  if (found.newCustomer) io.stderr.write(`account ${view.account.id} has no order yet: the new-customer order (must-sell and popular products)\n`);
  for (const r of found.ignored) io.stderr.write(`ignored ${r.kind} "${r.name}": ${r.field}: ${r.problem} (fix it in ${r.where})\n`);
  if (found.unlinked.length) io.stderr.write(`${found.unlinked.length} proposed product(s) left out, the org has no Product2 for them: ${found.unlinked.map((u) => `${u.productId} ${u.name}`).join(', ')}\n`);
  if (view.acceptedToday) io.stderr.write(`already accepted on this day by ${view.acceptedToday.acceptedBy.name || view.acceptedToday.acceptedBy.id}: Opportunity ${view.acceptedToday.opportunityId ?? 'none'}\n`);
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
