import { ConnectorError } from './ConnectorError.js';
import type { CompositeRead, ReadRequest } from './compositeRead.js';
import { engineSettingFrom, engineSettingQuery } from './engineSetting.js';
import { opportunityFields } from './opportunityFields.js';
import type { OrgClient } from './orgClient.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { checkProposalSize, proposalComposite, REF, type OpportunityValues } from './proposalComposite.js';
import { readCompositeErrors } from './readCompositeErrors.js';
import type { EngineSettingRecord } from './rulesFromRecords.js';
import { salesforceId } from './salesforceId.js';
import { PROPOSAL_STATUSES, type ProposalToSave, type SavedProposal } from './SalesforcePort.js';
import { compositeRef, soql, soqlName } from './soql.js';

/** A price book as read before a save. */
interface PricebookRecord {
  Id: string;
  Name?: string;
  IsActive: boolean;
}

/**
 * `SalesforcePort.saveProposal`: checks the proposal (its lines, its size), reads in one Composite
 * request an earlier save, the settings, the account, the price book and its entries (in the
 * Opportunity's currency when the org has several), then writes everything in one Composite
 * request, all or none. `multiCurrency` is asked only for an accepted proposal.
 */
export async function saveProposal(client: OrgClient, multiCurrency: () => Promise<boolean>, proposal: ProposalToSave): Promise<SavedProposal> {
  checkProposal(proposal);
  checkProposalSize(proposal);
  const accepted = proposal.status === 'accepted';
  const currencies = accepted && (await multiCurrency());
  const read = await client.read(saveReads(proposal, currencies));
  const [earlier] = await read.records<Record<string, string | null>>('earlier');
  if (earlier) return { proposalRecordId: earlier.Id!, opportunityId: earlier[PACKAGE_OBJECTS.proposal.opportunity] ?? null, created: false };

  let opportunity: OpportunityValues | null = null;
  let pricebookId: string | null = null;
  let entries = new Map<string, string>();
  if (accepted) {
    const setting = engineSettingFrom((await read.records<EngineSettingRecord>('setting'))[0]);
    const account = read.body<{ Name: string; CurrencyIsoCode?: string | null }>('account');
    const currency = currencies ? (account.CurrencyIsoCode ?? setting.currency) : null;
    if (currencies && !currency) throw new ConnectorError('MISSING_CURRENCY', `Account ${proposal.accountId} has no currency and the engine settings none (${PACKAGE_OBJECTS.engineSetting.currency}): the Opportunity's currency is unknown`, { record: proposal.accountId, field: 'CurrencyIsoCode' });
    pricebookId = (await activePricebook(read, proposal)).Id;
    entries = await entriesFor(read, proposal, pricebookId, currency);
    opportunity = { ...opportunityFields(setting, account.Name, proposal.day), ...(currency ? { CurrencyIsoCode: currency } : {}) };
  }
  // A Composite answer is HTTP 200 even when a subrequest failed: the check raises it, so a locked row is retried too.
  const answer = await client.call<unknown>('POST', '/composite', proposalComposite(proposal, opportunity, pricebookId, entries, client.version), (a) => {
    const error = readCompositeErrors(a, proposal);
    if (error) throw error;
  });
  const byRef = new Map((answer as { compositeResponse: { referenceId: string; body: { id?: string } }[] }).compositeResponse.map((r) => [r.referenceId, r.body?.id ?? null] as const));
  return { proposalRecordId: byRef.get(REF.proposal)!, opportunityId: byRef.get(REF.opportunity) ?? null, created: true };
}

/** The reads before a save: 4 queries and the account's record (within a Composite request's 5 queries). */
function saveReads(p: ProposalToSave, currencies: boolean): ReadRequest[] {
  const P = PACKAGE_OBJECTS.proposal;
  const earlier: ReadRequest = { referenceId: 'earlier', query: soql`SELECT Id, ${soqlName(P.opportunity)} FROM ${soqlName(P.object)} WHERE ${soqlName(P.externalId)} = ${p.proposalId} LIMIT 1` };
  if (p.status !== 'accepted') return [earlier];
  const products = [...new Set(p.lines.filter((l) => l.outcome !== 'rejected').map((l) => salesforceId(l.productId, 'Product2')))];
  const book = p.pricebookId === undefined ? soql`IsStandard = true` : soql`Id = ${salesforceId(p.pricebookId, 'Pricebook2')}`;
  return [
    earlier,
    { referenceId: 'setting', query: engineSettingQuery },
    { referenceId: 'account', get: `/sobjects/Account/${salesforceId(p.accountId, 'Account')}?fields=Name${currencies ? ',CurrencyIsoCode' : ''}` },
    { referenceId: 'pricebook', query: soql`SELECT Id, Name, IsActive FROM Pricebook2 WHERE ${book} LIMIT 1` },
    {
      referenceId: 'entries',
      query: currencies
        ? soql`SELECT Id, Product2Id, CurrencyIsoCode FROM PricebookEntry WHERE Pricebook2Id = ${compositeRef('pricebook.records[0].Id')} AND Product2Id IN ${products} AND IsActive = true`
        : soql`SELECT Id, Product2Id FROM PricebookEntry WHERE Pricebook2Id = ${compositeRef('pricebook.records[0].Id')} AND Product2Id IN ${products} AND IsActive = true`,
    },
  ];
}

/** The price book of the line items, when it exists and is active; else what the admin does about it. */
async function activePricebook(read: CompositeRead, p: ProposalToSave): Promise<PricebookRecord> {
  const [book] = await read.records<PricebookRecord>('pricebook');
  const which = p.pricebookId === undefined ? 'The standard price book' : `Price book ${p.pricebookId}`;
  if (!book) {
    throw new ConnectorError('NOT_FOUND', `${which} does not exist or is not visible to you: an administrator sets up the standard price book (Setup → Price Books) and gives reps read access to it`, { record: p.pricebookId ?? 'Pricebook2', field: 'Pricebook2Id' });
  }
  if (book.IsActive !== true) {
    throw new ConnectorError('PRICEBOOK_INACTIVE', `${which} (${book.Name ?? book.Id}, ${book.Id}) is not active: an administrator activates it (Price Books → ${book.Name ?? 'the price book'} → Edit → Active), or no Opportunity can use it`, { record: book.Id, field: 'IsActive' });
  }
  return book;
}

/** Each kept product's active entry in the price book (in `currency` when the org has several), or the first product without one. */
async function entriesFor(read: CompositeRead, p: ProposalToSave, pricebookId: string, currency: string | null): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const e of await read.records<{ Id: string; Product2Id: string; CurrencyIsoCode?: string }>('entries')) {
    if (currency === null || e.CurrencyIsoCode === currency) found.set(e.Product2Id.slice(0, 15), e.Id);
  }
  const entries = new Map<string, string>();
  for (const l of p.lines.filter((x) => x.outcome !== 'rejected')) {
    const entry = found.get(l.productId.slice(0, 15));
    const where = `price book ${pricebookId}${currency ? ` in ${currency}` : ''}`;
    if (!entry) throw new ConnectorError('MISSING_PRICEBOOK_ENTRY', `Product ${l.productId} has no active entry in ${where}: add it to the price book, or remove the line`, { record: l.productId, field: 'PricebookEntryId' });
    entries.set(l.productId, entry);
  }
  return entries;
}

/** Checks a proposal before any request: what is wrong is named by line and field. */
export function checkProposal(p: ProposalToSave): void {
  const bad = (field: string, message: string, record = p.proposalId) => new ConnectorError('INVALID_PROPOSAL', `Proposal ${p.proposalId}: ${message}`, { record, field });
  if (!/^[\w-]{8,80}$/.test(p.proposalId)) throw bad('proposalId', 'the proposal id must be 8 to 80 letters, digits, - or _');
  if (!PROPOSAL_STATUSES.includes(p.status)) throw bad('status', `the status must be one of ${PROPOSAL_STATUSES.join(', ')}, got '${String(p.status)}'`);
  if (p.status === 'declined' && !p.rejectionReason?.trim()) throw bad('rejectionReason', 'a declined proposal needs the reason the customer gave');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.day) || Number.isNaN(Date.parse(p.day))) throw bad('day', `the day must be YYYY-MM-DD, got '${p.day}'`);
  if (p.status === 'accepted' && !p.lines.some((l) => l.outcome !== 'rejected')) throw bad('lines', 'an accepted proposal needs at least one line that is not rejected');
  for (const l of p.lines) {
    if (l.outcome !== 'rejected' && !(Number.isFinite(l.quantity) && l.quantity > 0)) throw bad('quantity', `line ${l.productId}: quantity must be above 0, got ${l.quantity}`, l.productId);
    if (!(Number.isFinite(l.price) && l.price >= 0)) throw bad('price', `line ${l.productId}: price must be 0 or more, got ${l.price}`, l.productId);
  }
}
