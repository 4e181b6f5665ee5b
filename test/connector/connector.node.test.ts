import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConnectorError, createSalesforceConnector, type ProposalToSave } from '../../connector/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const fake = useFakeOrg();

/** A connector on a session the fake org issued for its running user (an administrator). */
const connector = (retry: Parameters<typeof createSalesforceConnector>[0]['retry'] = {}) =>
  createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.token, retry: { sleep: async () => {}, ...retry } });

/** An accepted proposal for ACME: three lines kept, one rejected. */
function proposal(over: Partial<ProposalToSave> = {}): ProposalToSave {
  const line = (code: string, quantity: number, price: number, outcome: 'accepted' | 'edited' | 'rejected' = 'accepted') => ({
    productId: fake.ids.products.get(code)!,
    kind: 'habitual' as const,
    outcome,
    proposedQuantity: quantity,
    quantity: outcome === 'edited' ? quantity + 2 : quantity,
    proposedPrice: price,
    price,
    probability: 0.8,
    reason: 'ordered in 5 of the last 6 orders',
    priceSteps: [`median ${price.toFixed(2)} over 12 orders`],
    ...(outcome === 'rejected' ? { rejectionReason: 'too-expensive' } : {}),
  });
  return {
    proposalId: 'prop-0001-acme',
    accountId: fake.ids.accounts.get('12347')!,
    status: 'accepted',
    segment: 'active',
    engineVersion: 'test',
    day: '2011-09-01',
    lines: [line('85099B', 10, 2.08), line('22423', 2, 12.75, 'edited'), line('47566', 4, 4.95), line('22386', 5, 2.08, 'rejected')],
    ...over,
  };
}

const counts = () => Object.fromEntries(['Opportunity', 'OpportunityLineItem', 'OO_Proposal__c', 'OO_ProposalLine__c'].map((o) => [o, fake.org.store.count(o)]));

describe('loading an account', () => {
  it('reads the account and its whole order history, oldest first, in one Composite request', async () => {
    const c = connector();
    const { account, lines, model, modelProblem } = await c.loadAccountView(fake.ids.accounts.get('12347')!, '2011-09-01');
    expect(model).toBeNull();
    expect(modelProblem).toMatch(/No prepared model is pinned/);
    expect(account).toEqual({ id: fake.ids.accounts.get('12347'), name: 'Acme Gifts Ltd', accountNumber: '12347', country: 'United Kingdom' });
    expect(lines).toHaveLength(12 * 2 + 4);
    expect(lines[0]).toMatchObject({ orderDate: '2011-01-03', productCode: expect.any(String), quantity: expect.any(Number) });
    expect(lines.map((l) => l.orderDate)).toEqual([...lines.map((l) => l.orderDate)].sort());
    expect(lines.find((l) => l.productCode === '22423')).toMatchObject({ productName: 'REGENCY CAKESTAND 3 TIER', quantity: 2, unitPrice: 12.75, productId: fake.ids.products.get('22423') });
    expect(c.requestCount).toBe(1);
  });

  // 5,000 lines across pages: test/connector/accountView.node.test.ts.

  it('reads every order line of the org with its account, reporting each page', async () => {
    const pages: [number, number][] = [];
    const lines = await connector().loadAllOrderLines((soFar, total) => pages.push([soFar, total]));
    expect(lines).toHaveLength(28 + 18 + 2);
    expect(new Set(lines.map((l) => l.accountId))).toEqual(new Set(fake.ids.accounts.values()));
    expect(lines.filter((l) => l.accountId === fake.ids.accounts.get('12349')).map((l) => l.productCode)).toEqual(['22423', '47566']);
    expect(pages).toEqual([[48, 48]]);
  });

  it('refuses a value that is not an id before any request, naming it; names an account that does not exist', async () => {
    const c = connector();
    await expect(c.loadAccountView("001' OR Name != '", '2011-09-01')).rejects.toMatchObject({ code: 'INVALID_ID', details: { record: "001' OR Name != '", field: 'Account.Id' } });
    expect(c.requestCount).toBe(0);
    const missing = '001000000000zzzAAA';
    await expect(c.loadAccountView(missing, '2011-09-01')).rejects.toMatchObject({ code: 'NOT_FOUND', details: { record: missing } });
  });

  it('finds products of the standard price book by name or code, with their entry and list price', async () => {
    const c = connector();
    const found = await c.searchProducts('cakestand');
    expect(found).toEqual([{ id: fake.ids.products.get('22423'), productId: '22423', name: 'REGENCY CAKESTAND 3 TIER', pricebookEntryId: expect.stringMatching(/^01u/), listPrice: expect.any(Number), unitCost: null }]);
    expect((await c.searchProducts('85099')).map((p) => p.productId)).toContain('85099B');
    expect(await c.searchProducts("%' OR Name != '")).toEqual([]);
    expect(c.requestCount).toBe(3);
  });

  it('reads the unit costs the org keeps, for the margin, in one request; none asked, none read', async () => {
    const c = connector();
    fake.org.store.update('Product2', fake.ids.products.get('22423')!, { OO_UnitCost__c: 7.5 });
    fake.org.store.update('Product2', fake.ids.products.get('85099B')!, { OO_UnitCost__c: 1.1 });
    const asked = ['22423', '85099B', '47566'].map((code) => fake.ids.products.get(code)!);
    const costs = await c.productCosts(asked);
    expect(costs).toEqual(
      new Map([
        [asked[0], 7.5],
        [asked[1], 1.1],
      ]),
    );
    expect((await c.searchProducts('cakestand'))[0]!.unitCost).toBe(7.5);
    expect(await c.productCosts([])).toEqual(new Map());
    expect(c.requestCount).toBe(2);
  });

  it('finds accounts by name or number, a quote and wildcards taken literally', async () => {
    const c = connector();
    expect((await c.searchAccounts('"Shiny"')).map((a) => a.accountNumber)).toEqual(['12348']);
    expect((await c.searchAccounts('1234')).map((a) => a.name)).toEqual(['Acme Gifts Ltd', 'Bright & "Shiny" Co', 'Quiet Corner']);
    expect(await c.searchAccounts('%')).toEqual([]);
  });
});

describe('saving a proposal', () => {
  it('writes the Opportunity, its line items and the proposal log in one Composite request', async () => {
    const c = connector();
    const saved = await c.saveProposal(proposal());
    expect(saved.created).toBe(true);
    const opportunity = fake.org.store.get(saved.opportunityId!)!;
    // No engine settings: the defaults, the account's name in the Opportunity's.
    expect(opportunity).toMatchObject({ Name: 'Acme Gifts Ltd – Optimal Order 2011-09-01', StageName: 'Prospecting', CloseDate: '2011-10-01', Pricebook2Id: fake.ids.standardPricebook });
    const items = [...fake.org.store.records('OpportunityLineItem')].filter((r) => r.OpportunityId === saved.opportunityId);
    // Rejected lines are not ordered; the edited quantity is the rep's.
    expect(items.map((r) => [r.PricebookEntryId, r.Quantity, r.UnitPrice])).toEqual([
      [fake.ids.entries.get('85099B'), 10, 2.08],
      [fake.ids.entries.get('22423'), 4, 12.75],
      [fake.ids.entries.get('47566'), 4, 4.95],
    ]);
    const log = fake.org.store.get(saved.proposalRecordId)!;
    expect(log).toMatchObject({ OO_ExternalId__c: 'prop-0001-acme', OO_Status__c: 'accepted', OO_Opportunity__c: saved.opportunityId, OO_AcceptedValue__c: 10 * 2.08 + 4 * 12.75 + 4 * 4.95 });
    const logLines = [...fake.org.store.records('OO_ProposalLine__c')].filter((r) => r.OO_Proposal__c === saved.proposalRecordId);
    expect(logLines.map((r) => r.OO_Outcome__c)).toEqual(['accepted', 'edited', 'accepted', 'rejected']);
    expect(logLines[3]).toMatchObject({ OO_RejectionReason__c: 'too-expensive', OO_PriceSteps__c: 'median 2.08 over 12 orders' });
    // Once per connector the Opportunity's describe (one currency or several); one Composite read
    // (an earlier save, the settings, the account, the price book, its entries), then the one write.
    expect(fake.org.requests.map((r) => r.method + ' ' + r.path.split('?')[0])).toEqual(['GET /sobjects/Opportunity/describe', 'POST /composite', 'POST /composite']);
    // Another day (one accepted proposal per account and day): the describe is not asked again.
    await c.saveProposal(proposal({ proposalId: 'prop-0009-second', day: '2011-09-02' }));
    expect(c.requestCount).toBe(3 + 2);
  });

  it('leaves nothing behind when the third line item fails, and says which and why', async () => {
    fake.org.store.validationRules.push((type, r) => (type === 'OpportunityLineItem' && r.PricebookEntryId === fake.ids.entries.get('47566') ? 'Party bunting is sold out until October' : null));
    const before = counts();
    const error = await connector().saveProposal(proposal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', details: { record: `Opportunity line item for product ${fake.ids.products.get('47566')}` } });
    expect((error as Error).message).toContain('Party bunting is sold out until October');
    expect(counts()).toEqual(before);
  });

  it('does not create a second Opportunity when a save is retried with the same proposal id', async () => {
    const c = connector();
    const first = await c.saveProposal(proposal());
    const again = await c.saveProposal(proposal());
    expect(again).toEqual({ ...first, created: false });
    expect(fake.org.store.count('Opportunity')).toBe(1);
    expect(fake.org.store.count('OO_Proposal__c')).toBe(1);
  });

  it('logs a declined, not-reached or call-back proposal without an Opportunity; a declined one needs its reason', async () => {
    const saved = await connector().saveProposal(proposal({ proposalId: 'prop-0002-declined', status: 'declined', rejectionReason: 'customer closed for the summer' }));
    expect(saved.opportunityId).toBeNull();
    expect(fake.org.store.get(saved.proposalRecordId)).toMatchObject({ OO_Status__c: 'declined', OO_RejectionReason__c: 'customer closed for the summer', OO_AcceptedValue__c: 0 });
    expect(fake.org.store.get(saved.proposalRecordId)!.OO_AcceptedKey__c).toBeUndefined();
    for (const status of ['not-reached', 'call-back'] as const) {
      const other = await connector().saveProposal(proposal({ proposalId: `prop-0003-${status}`, status }));
      expect(fake.org.store.get(other.proposalRecordId)).toMatchObject({ OO_Status__c: status, OO_AcceptedValue__c: 0 });
    }
    expect(fake.org.store.count('Opportunity')).toBe(0);
    expect(fake.org.store.count('OO_Proposal__c')).toBe(3);
    const noReason = await connector().saveProposal(proposal({ proposalId: 'prop-0004-declined', status: 'declined' })).catch((e: unknown) => e);
    expect(noReason).toMatchObject({ code: 'INVALID_PROPOSAL', details: { field: 'rejectionReason' } });
    const unknown = await connector().saveProposal(proposal({ proposalId: 'prop-0005-unknown', status: 'lost' as never })).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: 'INVALID_PROPOSAL', details: { field: 'status' } });
    // The org itself refuses a status the package does not list (a restricted picklist).
    const account = fake.ids.accounts.get('12347')!;
    expect(() => fake.org.store.create('OO_Proposal__c', { OO_ExternalId__c: 'x-00000001', OO_Account__c: account, OO_Status__c: 'rejected' })).toThrow(/restricted picklist/);
  });

  it('refuses a second accepted proposal for the account and day, whoever makes it, and writes nothing; the next day is fine', async () => {
    const first = await connector().saveProposal(proposal({ proposalId: 'prop-0006-first' }));
    expect(fake.org.store.get(first.proposalRecordId)).toMatchObject({ OO_AcceptedKey__c: `${fake.ids.accounts.get('12347')!.slice(0, 15)}-2011-09-01` });
    fake.org.runAs('Second Rep');
    const second = await connector().saveProposal(proposal({ proposalId: 'prop-0007-second' })).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'ALREADY_ACCEPTED', message: expect.stringMatching(/already has a proposal accepted on 2011-09-01.*nothing was written/), details: { field: 'OO_AcceptedKey__c' } });
    expect(fake.org.store.count('Opportunity')).toBe(1);
    expect(fake.org.store.count('OO_Proposal__c')).toBe(1);
    await connector().saveProposal(proposal({ proposalId: 'prop-0008-next', day: '2011-09-02' }));
    expect(fake.org.store.count('Opportunity')).toBe(2);
  });

  it('stops before any write when a product has no price book entry', async () => {
    const orphan = fake.org.store.create('Product2', { Name: 'NEW LINE', ProductCode: 'NEW1', IsActive: true }).Id;
    const p = proposal();
    const error = await connector().saveProposal({ ...p, lines: [...p.lines, { ...p.lines[0]!, productId: orphan }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MISSING_PRICEBOOK_ENTRY', details: { record: orphan, field: 'PricebookEntryId' } });
    expect(fake.org.requests.filter((r) => r.method === 'POST')).toHaveLength(1); // the read only
    expect(fake.org.store.count('Opportunity')).toBe(0);
  });

  it('refuses a bad line before any request, naming it', async () => {
    const p = proposal();
    const error = await connector().saveProposal({ ...p, lines: [{ ...p.lines[0]!, quantity: 0 }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_PROPOSAL', details: { record: p.lines[0]!.productId, field: 'quantity' } });
    expect(fake.org.requests).toEqual([]);
  });
});

describe('failures', () => {
  it('refreshes an expired session once and goes on, with the new session', async () => {
    let refreshes = 0;
    // The session ends: only a retry with the new session the org issued gets through.
    fake.org.expireSession(fake.token);
    const c = connector({ refreshSession: async () => (refreshes++, fake.org.issueSession()) });
    const { lines } = await c.loadAccountView(fake.ids.accounts.get('12349')!, '2011-09-01');
    expect(lines).toHaveLength(2);
    expect(refreshes).toBe(1);
  });

  it('fails with INVALID_SESSION_ID when the session cannot be refreshed, without the session id in the error', async () => {
    fake.org.faults.expiredSession = true;
    const error = await connector({ refreshSession: async () => 'STILL-BAD' }).loadAccountView(fake.ids.accounts.get('12349')!, '2011-09-01').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_SESSION_ID' });
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(fake.token);
    expect(fake.org.requests).toHaveLength(2); // the request and its one retry
  });

  it('does not retry when the daily request limit is reached', async () => {
    fake.org.faults.requestLimit = true;
    await expect(connector().searchAccounts('Acme')).rejects.toMatchObject({ code: 'REQUEST_LIMIT_EXCEEDED' });
    expect(fake.org.requests).toHaveLength(1);
  });

  it('retries a locked row with backoff, and gives up after three attempts', async () => {
    const waits: number[] = [];
    fake.org.faults.lockedRows = 2;
    const saved = await connector({ sleep: async (ms) => void waits.push(ms) }).saveProposal(proposal());
    expect(saved.created).toBe(true);
    expect(waits).toEqual([200, 400]);
    expect(fake.org.store.count('Opportunity')).toBe(1);

    fake.org.faults.lockedRows = 5;
    await expect(connector().saveProposal(proposal({ proposalId: 'prop-0003-locked' }))).rejects.toMatchObject({ code: 'UNABLE_TO_LOCK_ROW' });
    expect(fake.org.store.count('Opportunity')).toBe(1);
  });

  it('says so when an HTML error page comes back, or the network fails', async () => {
    // Reads are retried by jsforce on 5xx; a write is not, so a proxy's page on the save shows at once.
    fake.server.use(http.post(`${FAKE_INSTANCE_URL}/services/data/:version/composite`, () => new HttpResponse('<html><body><h1>503 Service Unavailable</h1></body></html>', { status: 503, headers: { 'content-type': 'text/html' } })));
    const before = counts();
    await expect(connector().saveProposal(proposal())).rejects.toMatchObject({ code: 'HTML_ERROR_PAGE', details: { status: 503 } });
    expect(counts()).toEqual(before);
    fake.server.use(http.all(`${FAKE_INSTANCE_URL}/*`, () => HttpResponse.error()));
    await expect(connector().searchAccounts('Acme')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
