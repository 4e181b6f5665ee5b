/**
 * `recommend` over the shared Online Retail file never proposes a fully cancelled purchase as a
 * habit. Which purchases were cancelled is read here from the raw file, independently of the
 * loader: per customer and product, the units bought, the units cancelled after the first
 * purchase, and whether it was bought again after its last cancellation. A product all of whose
 * purchases were cancelled in full has cancelled ≥ bought and no purchase after the last
 * cancellation; no habitual line may be such a product. A broken copy (the history built without netting, as before issue
 * 12) is shown to fail the same check: customer 12346 gets its 74,215 cancelled jars back.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_ORDERS } from '../../cli/sharedData.js';
import { fitOptimalOrder, HistoryBuilder, isNonProductCode, normaliseCustomerId, parseDateTime, type OptimalOrder } from '../../engine/index.js';
import { runCommand } from '../support/runCommand.js';

const AS_OF = '2011-09-01';

/** One customer's purchases and cancellations of one product. */
interface Purchased {
  bought: number;
  cancelled: number;
  first: number;
  last: number;
  lastCancelled: number;
}

interface Rows {
  /** `customer product` → units bought, units cancelled after the first purchase. */
  net: Map<string, Purchased>;
  /** The purchase rows, to build a history without netting (the broken copy). */
  purchases: { customerId: string; orderId: string; orderTime: number; productId: string; quantity: number; unitPrice: number }[];
}

let rows: Rows;
let orders: OptimalOrder[];

function readRaw(): Rows {
  const { data } = Papa.parse<string[]>(gunzipSync(readFileSync(SHARED_ORDERS)).toString('utf8'), { skipEmptyLines: true });
  const net: Rows['net'] = new Map();
  const purchases: Rows['purchases'] = [];
  const cancellations: { key: string; time: number; quantity: number }[] = [];
  for (const [invoice, code, , quantity, date, price, customer] of data.slice(1) as string[][]) {
    if (!customer || isNonProductCode(code!)) continue;
    const q = Number(quantity);
    const time = parseDateTime(date!);
    const key = `${normaliseCustomerId(customer)} ${code}`;
    if (invoice!.startsWith('C') || q < 0) cancellations.push({ key, time, quantity: Math.abs(q) });
    else if (q > 0) {
      const n = net.get(key) ?? { bought: 0, cancelled: 0, first: time, last: time, lastCancelled: -Infinity };
      net.set(key, { ...n, bought: n.bought + q, first: Math.min(n.first, time), last: Math.max(n.last, time) });
      purchases.push({ customerId: normaliseCustomerId(customer), orderId: invoice!, orderTime: time, productId: code!, quantity: q, unitPrice: Number(price) > 0 ? Number(price) : NaN });
    }
  }
  for (const c of cancellations) {
    const n = net.get(c.key);
    if (n && c.time >= n.first) {
      n.cancelled += c.quantity;
      n.lastCancelled = Math.max(n.lastCancelled, c.time);
    }
  }
  return { net, purchases };
}

/** Every purchase was cancelled in full: as many units cancelled as bought, none bought after the last cancellation. */
function fullyCancelled(n: Purchased): boolean {
  return n.cancelled >= n.bought && n.last <= n.lastCancelled;
}

/** The habitual lines of `orders` whose product the customer cancelled as much of as it bought. */
function cancelledHabits(list: readonly OptimalOrder[]): string[] {
  return list.flatMap((o) =>
    o.items.filter((l) => l.kind === 'habitual').flatMap((l) => {
      const n = rows.net.get(`${o.customerId} ${l.productId}`);
      return n && fullyCancelled(n) ? [`${o.customerId} ${l.productId} ×${l.quantity}`] : [];
    }),
  );
}

beforeAll(async () => {
  rows = readRaw();
  const out = join(mkdtempSync(join(tmpdir(), 'optimal-order-cancelled-')), 'orders.jsonl');
  const { code } = await runCommand('recommend', '--orders', SHARED_ORDERS, '--preset', 'online-retail', '--as-of', AS_OF, '--out', out);
  expect(code).toBe(0);
  orders = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as OptimalOrder);
}, 120_000);

describe('recommend over the shared data, cancellations netted', () => {
  it('finds fully cancelled purchases in the raw file (the check has something to catch)', () => {
    const cancelled = [...rows.net.values()].filter(fullyCancelled).length;
    expect(cancelled).toBeGreaterThan(800);
    const jars = Date.UTC(2011, 0, 18, 10, 1);
    expect(rows.net.get('12346 23166')).toEqual({ bought: 74_215, cancelled: 74_215, first: jars, last: jars, lastCancelled: jars + 16 * 60_000 });
  });

  it('never proposes a fully cancelled purchase as a habit', () => {
    expect(orders.length).toBeGreaterThan(3_000);
    expect(cancelledHabits(orders)).toEqual([]);
  });

  it('gives customer 12346, whose only order was cancelled 16 minutes later, no habitual line', () => {
    const order = orders.find((o) => o.customerId === '12346');
    expect(order?.items.filter((l) => l.kind === 'habitual') ?? []).toEqual([]);
  });

  it('fails on a broken copy: the history without netting proposes the cancelled jars again', () => {
    const b = new HistoryBuilder();
    for (const p of rows.purchases) b.add(p);
    const unnetted = b.build();
    const engine = fitOptimalOrder(unnetted, parseDateTime(AS_OF));
    const proposed = ['12346', ...new Set(cancelledHabitsCustomers())].flatMap((id) => {
      const o = engine.propose(unnetted.customerIndex.get(id)!);
      return o ? [o] : [];
    });
    const found = cancelledHabits(proposed);
    expect(found).toContain('12346 23166 ×74215');
  });
});

/** Customers with a fully cancelled product (a sample is enough for the broken copy). */
function cancelledHabitsCustomers(): string[] {
  return [...rows.net].filter(([, n]) => fullyCancelled(n)).map(([key]) => key.split(' ')[0]!).slice(0, 50);
}
