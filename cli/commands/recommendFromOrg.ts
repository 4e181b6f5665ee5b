import { createSalesforceConnector, historyFromOrgLines, orderFromAccountView, type ProposalToSave, type ViewOrder } from '../../connector/index.js';
import { DAY_MS, decodePreparedModel, ENGINE_VERSION, fitOptimalOrder, formatDate } from '../../engine/index.js';
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

/** Days the saved Opportunity's close date lies after the as-of date. */
const CLOSE_AFTER_DAYS = 14;

/**
 * `recommend --org URL --account ID`: one account's optimal order from an org (real or the fake
 * one), through the connector, as one JSON line. With a prepared model in the org (`prepare`),
 * one account view: the account's own lines, the org's rules and promotions and the model, in
 * ⌈lines / 2000⌉ + 1 requests. Without one, every order line the user can see is read and the
 * engine fitted on them (slow on a large org: say so). `--save` writes the order back as an
 * accepted proposal (Opportunity, line items, log), idempotently: the proposal id defaults to one
 * per account and day.
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
    io.stderr.write(`no prepared model in the org (run optimal-order prepare): reading every order line from ${o.instanceUrl}…\n`);
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
    proposalId: o.proposalId ?? `cli-${view.account.id}-${day}`,
    accountId: view.account.id,
    status: 'accepted',
    segment: order.segment,
    engineVersion: ENGINE_VERSION,
    closeDate: formatDate(o.asOf + CLOSE_AFTER_DAYS * DAY_MS),
    opportunityName: `Optimal order ${day}`,
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
  const saved = await connector.saveProposal(proposal);
  io.stderr.write(
    saved.created
      ? `saved: Opportunity ${saved.opportunityId}, proposal log ${saved.proposalRecordId}\n`
      : `already saved before (proposal ${proposal.proposalId}): Opportunity ${saved.opportunityId}; nothing written\n`,
  );
  return 0;
}
