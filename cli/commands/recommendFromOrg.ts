import { createSalesforceConnector, type ProposalToSave } from '../../connector/index.js';
import { DAY_MS, ENGINE_VERSION, fitOptimalOrder, formatDate } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { historyFromOrgLines } from '../historyFromOrgLines.js';
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
 * one), through the connector: every order line the user can see (the engine is fitted on the whole
 * org until a prepared model is stored in it), the org's rules and promotions, then the account's
 * order as one JSON line. `--save` writes it back as an accepted proposal (Opportunity, line items,
 * log), idempotently: the proposal id defaults to one per account and day.
 */
export async function recommendFromOrg(o: OrgRecommendation, io: CliIo): Promise<number> {
  const connector = createSalesforceConnector({ instanceUrl: o.instanceUrl, accessToken: o.token });
  const day = formatDate(o.asOf);
  io.stderr.write(`reading order lines from ${o.instanceUrl}…\n`);
  const report = progress(io.stderr, 'order lines');
  const lines = await connector.loadAllOrderLines((soFar, total) => report(soFar, total));
  const { history, product2Ids } = historyFromOrgLines(lines);
  const account = [...history.customerIndex.keys()].find((id) => id.slice(0, 15) === o.accountId.slice(0, 15));
  if (account === undefined) throw new UsageError(`--account: no order lines for account '${o.accountId}' in the org (or not visible to you)`, 'recommend');
  const { rules, promotions } = await connector.loadRulesAndPromotions(day);
  io.stderr.write(`fitting the engine on ${history.customerIds.length} accounts…\n`);
  const order = fitOptimalOrder(history, o.asOf, { rules, promotions, k: o.k, locale: o.locale }).propose(history.customerIndex.get(account)!);
  if (!order) throw new UsageError(`--account: account '${o.accountId}' has no order before ${day}`, 'recommend');
  io.stdout.write(JSON.stringify(order) + '\n');
  if (!o.save) return 0;

  const proposal: ProposalToSave = {
    proposalId: o.proposalId ?? `cli-${account}-${day}`,
    accountId: account,
    status: 'accepted',
    segment: order.segment,
    engineVersion: ENGINE_VERSION,
    closeDate: formatDate(o.asOf + CLOSE_AFTER_DAYS * DAY_MS),
    opportunityName: `Optimal order ${day}`,
    lines: order.items.map((l) => ({
      productId: product2Ids.get(l.productId)!,
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
