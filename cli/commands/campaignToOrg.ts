import { createSalesforceConnector, historyFromOrgLines, type CampaignAccount, type CreatedCampaign, type SalesforcePort } from '../../connector/index.js';
import type { CampaignLine, CampaignTarget, OrderHistory } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { orgToken } from '../orgToken.js';
import { orgUrl } from '../orgUrl.js';

/** The flags `campaign --org` adds (documented in `HELP.campaign`). */
export const CAMPAIGN_ORG_OPTIONS = {
  org: { type: 'string' },
  token: { type: 'string' },
  name: { type: 'string' },
  key: { type: 'string' },
} as const;

/** An org to rank a campaign on and create it in. */
export interface CampaignOrg {
  port: SalesforcePort;
  history: OrderHistory;
}

/**
 * `campaign --org URL`: the connector of the user (`SF_ACCESS_TOKEN`, or `--token`) and the order
 * history of every account the user sees, read from the org (its customer ids are Account ids).
 */
export async function campaignOrg(values: { org?: string; token?: string }, io: CliIo): Promise<CampaignOrg> {
  const port = createSalesforceConnector({ instanceUrl: orgUrl(values.org!, 'campaign'), accessToken: orgToken(values.token, 'campaign', io.stderr) });
  const { history } = historyFromOrgLines(await port.loadAllOrderLines());
  return { port, history };
}

/**
 * The campaign's key when `--key` is not given: its target and date, so the same campaign built
 * again is the same Campaign (`OO_CampaignKey__c`, at most 60 characters).
 */
export function defaultCampaignKey(target: CampaignTarget, asOf: string): string {
  const what = 'products' in target ? `product-${target.products.join('-')}` : 'group' in target ? `group-${target.group}` : `promotion-${target.promotion.name}`;
  const clean = what.replace(/[^A-Za-z0-9_-]+/g, '_');
  return `oo-${clean.slice(0, 60 - 4 - asOf.length - 1)}-${asOf}`;
}

/**
 * Creates the ranked lines as a Campaign and its members (`SalesforcePort.createCampaign`), each
 * member with its line's message (or reason); prints what was written, every account with no
 * contact and every refused member on standard error. Exit code 1 when a member was refused.
 */
export async function createCampaignInOrg(port: SalesforcePort, lines: readonly (CampaignLine & { message?: string })[], campaign: { key: string; name: string }, io: CliIo): Promise<number> {
  const accounts: CampaignAccount[] = lines.map((l) => ({ accountId: l.customerId, productId: l.productId, propensity: l.propensity, expectedValue: l.expectedValue, kind: l.kind, message: l.message ?? l.reason }));
  const created = await port.createCampaign({ ...campaign, accounts });
  io.stderr.write(summary(created, campaign.key));
  return created.failed.length ? 1 : 0;
}

function summary(c: CreatedCampaign, key: string): string {
  const out = [
    `campaign ${key}: Campaign ${c.campaignId} (${c.newCampaign ? 'created' : 'existing'}), ${c.added} member${c.added === 1 ? '' : 's'} added, ${c.alreadyMembers} already member${c.alreadyMembers === 1 ? '' : 's'} (${c.contacts === 'All' ? 'all contacts' : 'primary contacts'})`,
  ];
  if (c.accountsWithoutContact.length) out.push(`${c.accountsWithoutContact.length} account${c.accountsWithoutContact.length === 1 ? '' : 's'} without a contact, not added: ${c.accountsWithoutContact.join(', ')}`);
  for (const f of c.failed) out.push(`not added: account ${f.accountId}, contact ${f.contactId}${f.field ? `, field ${f.field}` : ''}: ${f.errorCode}: ${f.message}`);
  return out.join('\n') + '\n';
}
