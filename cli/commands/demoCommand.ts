import { parseArgs } from 'node:util';
import { DAY_MS, formatDate, habitualModel, proposeOrders, type OrderHistory } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { positiveIntFlag } from '../options.js';
import { readOrders } from '../readOrders.js';
import { SHARED_ORDERS } from '../sharedData.js';

/** The flags of `demo` (each documented in `HELP.demo`). */
export const DEMO_OPTIONS = { customers: { type: 'string' } } as const;

/**
 * `optimal-order demo`: the engine on the shared Online Retail data, as of the day after its last
 * order, for a few customers spread over the range of order counts (frequent to occasional).
 */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: DEMO_OPTIONS, strict: true });
  const howMany = positiveIntFlag(values.customers, 3, 'customers', 'demo');
  const history = await readOrders(SHARED_ORDERS, 'online-retail', io.stderr);
  const asOf = Math.floor(Math.max(...history.basketTime) / DAY_MS + 1) * DAY_MS;
  io.stderr.write(`fitting the model as of ${formatDate(asOf)}…\n`);
  const fitted = habitualModel().fit(history, asOf);
  const out: string[] = [];
  for (const proposal of proposeOrders(history, asOf, fitted, { k: 10, customers: spreadCustomers(history, howMany) })) {
    const c = history.customerIndex.get(proposal.customerId)!;
    const orders = history.basketStart[c + 1]! - history.basketStart[c]!;
    out.push(`Customer ${proposal.customerId} — ${orders} orders, last on ${formatDate(history.basketTime[history.basketStart[c + 1]! - 1]!)}`);
    proposal.items.forEach((item, i) => {
      const name = history.productNames[history.productIndex.get(item.productId)!] || '';
      out.push(
        `  ${String(i + 1).padStart(2)}. ${item.productId.padEnd(7)} ${name.slice(0, 34).padEnd(34)} ×${String(item.quantity).padEnd(4)} ` +
          `${Math.round(item.probability * 100)}%  ${item.reason}`,
      );
    });
    out.push('');
  }
  io.stdout.write(out.join('\n'));
  return 0;
}

/** `n` customers spread over the order-count ranking: the most frequent first, then evenly down to the median. */
function spreadCustomers(history: OrderHistory, n: number): number[] {
  const byOrders = history.customerIds
    .map((_, c) => c)
    .filter((c) => history.basketStart[c + 1]! - history.basketStart[c]! >= 2)
    .sort((a, b) => history.basketStart[b + 1]! - history.basketStart[b]! - (history.basketStart[a + 1]! - history.basketStart[a]!) || a - b);
  const half = Math.floor(byOrders.length / 2);
  return Array.from({ length: Math.min(n, byOrders.length) }, (_, i) => byOrders[Math.floor((i * half) / Math.max(1, n - 1))]!);
}
