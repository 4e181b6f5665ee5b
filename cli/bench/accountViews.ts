import { createSalesforceConnector, historyFromOrgLines, orderFromAccountView } from '../../connector/index.js';
import { decodePreparedModel, encodePreparedModel, fitOptimalOrder, type PreparedModel } from '../../engine/index.js';
import { FakeOrg, seedOrg, serveHttp, sharedDataSeed } from '../../fake-org/index.js';
import { percentile } from './percentile.js';

/** One account view measured, end to end: from nothing to its optimal order. */
export interface AccountViewFigure {
  label: string;
  accountNumber: string;
  lines: number;
  /** Requests of a first view (the model downloaded), and of a later one in the same session (the model kept). */
  requests: number;
  warmRequests: number;
  /**
   * What a first view costs at most: ⌈lines / 2000⌉ + 2 (one Composite read of 5 queries and the
   * account's record, the further pages of lines, the model's bytes, the proposed lines' unit costs).
   */
  allowedRequests: number;
  /** Medians over the rounds, ms: the whole first view, and its parts. */
  ms: number;
  loadMs: number;
  decodeMs: number;
  proposeMs: number;
  /** A later view of the same account in the same session: the model already decoded. */
  warmMs: number;
  habitualLines: number;
}

/** How the prepared model was made and stored before the views. */
export interface PrepareFigure {
  seedMs: number;
  /** Reading every order line over HTTP, fitting, encoding and storing. */
  prepareMs: number;
  modelBytes: number;
}

/**
 * An account view as the widget makes one, against the fake org seeded with the shared data and
 * served over HTTP: the model is prepared and stored in the org first (as `optimal-order prepare`
 * does), then, for the smallest, the median and the largest account (by order lines), a fresh
 * connector reads the view (`loadAccountView`), decodes the model, computes the optimal order and
 * reads the proposed products' unit costs (for the margin), as the widget's worker does.
 * Requests are counted by the org; a view over its bound fails the bench.
 */
export async function accountViews(ordersPath: string, asOf: number, rounds = 3): Promise<{ prepare: PrepareFigure; figures: AccountViewFigure[] }> {
  const started = performance.now();
  const org = new FakeOrg();
  const ids = seedOrg(org.store, sharedDataSeed(ordersPath));
  const seedMs = performance.now() - started;
  const linesPerAccount = new Map<string, number>();
  const orderAccount = new Map<string, string>();
  for (const o of org.store.records('Order')) orderAccount.set(o.Id, o.AccountId as string);
  for (const item of org.store.records('OrderItem')) {
    const account = orderAccount.get(item.OrderId as string)!;
    linesPerAccount.set(account, (linesPerAccount.get(account) ?? 0) + 1);
  }
  const ranked = [...linesPerAccount].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const picks: [string, [string, number]][] = [
    ['smallest', ranked[0]!],
    ['median', ranked[ranked.length >> 1]!],
    ['largest', ranked[ranked.length - 1]!],
  ];
  const numberOf = new Map([...ids.accounts].map(([number, id]) => [id, number] as const));
  const day = new Date(asOf).toISOString().slice(0, 10);
  const server = await serveHttp(org);
  try {
    const prepareStart = performance.now();
    const admin = createSalesforceConnector({ instanceUrl: server.url, accessToken: org.issueSession() });
    const { history, product2Ids } = historyFromOrgLines(await admin.loadAllOrderLines());
    const prepared = fitOptimalOrder(history, asOf).prepare();
    prepared.productRefs = prepared.productIds.map((id) => product2Ids.get(id) ?? id);
    const text = encodePreparedModel(prepared);
    // As the admin guide has it: a model library, the first prepare publishing into it, the document pinned with the integration user (here the running user).
    const library = org.store.create('ContentWorkspace', { Name: 'Optimal Order' }, { asSystem: true }).Id;
    const setting = org.store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_ModelLibraryId__c: library }, { asSystem: true }).Id;
    const saved = await admin.saveModel(text, 'bench');
    org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: saved.documentId, OO_IntegrationUserId__c: saved.userId });
    const prepare = { seedMs, prepareMs: performance.now() - prepareStart, modelBytes: text.length };

    const figures: AccountViewFigure[] = [];
    for (const [label, [accountId, lines]] of picks) {
      const runs: { total: number; load: number; decode: number; propose: number; warm: number }[] = [];
      let requests = 0;
      let warmRequests = 0;
      let habitualLines = 0;
      for (let round = 0; round < rounds; round++) {
        const before = org.requests.length;
        const connector = createSalesforceConnector({ instanceUrl: server.url, accessToken: org.issueSession() });
        const start = performance.now();
        const view = await connector.loadAccountView(accountId, day);
        const loaded = performance.now();
        if (!view.model?.text) throw new Error(`bench: no model for account ${accountId}: ${view.modelProblem}`);
        const model: PreparedModel = decodePreparedModel(view.model.text);
        const decoded = performance.now();
        const found = orderFromAccountView(view, model, asOf);
        const { order } = found;
        // The margin's unit costs, as the widget reads them: one more request.
        await connector.productCosts(order?.items.map((l) => found.product2Id(l.productId)!).filter(Boolean) ?? []);
        const done = performance.now();
        requests = org.requests.length - before;
        if (view.lines.length !== lines) throw new Error(`bench: read ${view.lines.length} lines of account ${accountId}, expected ${lines}`);
        if (requests > Math.ceil(lines / 2000) + 2) throw new Error(`bench: ${requests} requests for account ${accountId}, over ⌈${lines} / 2000⌉ + 2`);
        if (!order) throw new Error(`bench: no optimal order for account ${accountId}`);
        habitualLines = order.items.filter((l) => l.kind === 'habitual').length;

        // A later view in the same session: the model's version is known, its decoded form kept.
        const warmBefore = org.requests.length;
        const warmStart = performance.now();
        const again = await connector.loadAccountView(accountId, day, view.model!.versionId);
        const foundAgain = orderFromAccountView(again, model, asOf);
        await connector.productCosts(foundAgain.order?.items.map((l) => foundAgain.product2Id(l.productId)!).filter(Boolean) ?? []);
        const warm = performance.now() - warmStart;
        warmRequests = org.requests.length - warmBefore;
        runs.push({ total: done - start, load: loaded - start, decode: decoded - loaded, propose: done - decoded, warm });
      }
      const median = (pick: (r: (typeof runs)[number]) => number) => percentile(runs.map(pick), 50);
      figures.push({
        label,
        accountNumber: numberOf.get(accountId)!,
        lines,
        requests,
        warmRequests,
        allowedRequests: Math.ceil(lines / 2000) + 2,
        ms: median((r) => r.total),
        loadMs: median((r) => r.load),
        decodeMs: median((r) => r.decode),
        proposeMs: median((r) => r.propose),
        warmMs: median((r) => r.warm),
        habitualLines,
      });
    }
    return { prepare, figures };
  } finally {
    await server.close();
  }
}
