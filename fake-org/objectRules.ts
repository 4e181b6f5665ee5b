import { FakeOrgError } from './FakeOrgError.js';
import type { OrgStore, SRecord } from './OrgStore.js';
import { inheritsCurrency } from './withCurrency.js';

/** The org's currencies when it has several: the corporate one (the default) and the active ones. */
export interface Currencies {
  corporate: string;
  active: readonly string[];
}

/**
 * What Salesforce sets and checks on a new record beyond its fields' types: the owner (the
 * creating user), the currency (the corporate one by default, a line's copied from its parent,
 * only active codes), and an Opportunity line item's price book entry (in the Opportunity's price
 * book and currency).
 */
export function beforeInsert(store: OrgStore, objectName: string, record: SRecord): void {
  if (record.OwnerId == null && store.field(objectName, 'OwnerId')) record.OwnerId = store.userId;
  if (store.currencies && store.field(objectName, 'CurrencyIsoCode')) setCurrency(store, store.currencies, objectName, record);
  if (objectName === 'OpportunityLineItem') checkLineItemEntry(store, record);
  if (objectName === 'Contact' || objectName === 'Lead') record.Name = [record.FirstName, record.LastName].filter(Boolean).join(' ');
  if (objectName === 'CampaignMember') checkCampaignMember(store, record);
}

/**
 * A campaign member names a contact or a lead, and one is a member of a campaign once: a second
 * is refused with `DUPLICATE_VALUE` "Already a campaign member.", as Salesforce answers. A new
 * member's status is the default one ("Sent"), not responded.
 */
function checkCampaignMember(store: OrgStore, member: SRecord): void {
  const who = member.ContactId ? 'ContactId' : member.LeadId ? 'LeadId' : null;
  if (!who) throw new FakeOrgError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [ContactId, LeadId]', 400, ['ContactId', 'LeadId']);
  for (const other of store.records('CampaignMember')) {
    if (other.CampaignId === member.CampaignId && other[who] === member[who]) throw new FakeOrgError('DUPLICATE_VALUE', 'Already a campaign member.', 400, [who]);
  }
  member.Status ??= 'Sent';
  member.HasResponded = false;
}

function setCurrency(store: OrgStore, currencies: Currencies, objectName: string, record: SRecord): void {
  if (inheritsCurrency(objectName)) {
    const master = store.describe(objectName).fields.find((f) => f.masterDetail);
    record.CurrencyIsoCode = master ? (store.get(String(record[master.name]))?.CurrencyIsoCode ?? currencies.corporate) : currencies.corporate;
    return;
  }
  record.CurrencyIsoCode ??= currencies.corporate;
  if (!currencies.active.includes(String(record.CurrencyIsoCode))) {
    throw new FakeOrgError('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `Currency ISO Code: invalid currency code: ${String(record.CurrencyIsoCode)}`, 400, ['CurrencyIsoCode']);
  }
}

function checkLineItemEntry(store: OrgStore, line: SRecord): void {
  const opportunity = store.get(String(line.OpportunityId));
  const entry = store.get(String(line.PricebookEntryId));
  if (!opportunity || !entry) return;
  const integrity = (why: string) => new FakeOrgError('FIELD_INTEGRITY_EXCEPTION', `field integrity exception: PricebookEntryId (${why})`, 400, ['PricebookEntryId']);
  if (opportunity.Pricebook2Id && entry.Pricebook2Id !== opportunity.Pricebook2Id) throw integrity('pricebook entry is in a different pricebook than the one assigned to the opportunity');
  if (store.currencies && entry.CurrencyIsoCode !== opportunity.CurrencyIsoCode) throw integrity('pricebook entry currency code does not match opportunity currency code');
  line.Product2Id ??= entry.Product2Id;
}
