import { createSalesforceConnector } from '../../connector/index.js';
import { FakeOrg, seedOrg, serveHttp, sharedDataSeed } from '../../test/fake-org/index.js';
import { percentile } from './percentile.js';

/** One account view measured: its order lines, the requests the connector made, and the time taken. */
export interface AccountViewFigure {
  label: string;
  accountNumber: string;
  lines: number;
  requests: number;
  /** The bound: ⌈lines / 2000⌉ + 3. */
  allowedRequests: number;
  /** Median of `rounds` loads, ms. */
  ms: number;
}

/**
 * Loads the history of the smallest, the median and the largest account (by order lines) of the
 * shared data from the fake org over HTTP, as a page view does, counting the requests the org
 * answered. The fake org is seeded in process and served on a free port.
 */
export async function accountViews(ordersPath: string, rounds = 3): Promise<{ seedMs: number; figures: AccountViewFigure[] }> {
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
  const server = await serveHttp(org);
  try {
    const figures: AccountViewFigure[] = [];
    for (const [label, [accountId, lines]] of picks) {
      const times: number[] = [];
      let requests = 0;
      for (let round = 0; round < rounds; round++) {
        const before = org.requests.length;
        const connector = createSalesforceConnector({ instanceUrl: server.url, accessToken: 'bench' });
        const start = performance.now();
        const history = await connector.loadAccountHistory(accountId);
        times.push(performance.now() - start);
        requests = org.requests.length - before;
        if (history.lines.length !== lines) throw new Error(`bench: read ${history.lines.length} lines of account ${accountId}, expected ${lines}`);
      }
      figures.push({ label, accountNumber: numberOf.get(accountId)!, lines, requests, allowedRequests: Math.ceil(lines / 2000) + 3, ms: percentile(times, 50) });
    }
    return { seedMs, figures };
  } finally {
    await server.close();
  }
}
