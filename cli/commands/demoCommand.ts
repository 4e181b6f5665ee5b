import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  DAY_MS, fitOptimalOrder, formatDate, formatMoney, renderPriceSteps, renderSegmentReason, sectionLabel, segmentLabel, type OptimalLineKind, type OrderHistory,
} from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { positiveIntFlag } from '../options.js';
import { readOrders } from '../readOrders.js';
import { readPromotionsFile, readRulesFile } from '../readRulesFiles.js';
import { SHARED_ORDERS } from '../sharedData.js';

/** The flags of `demo` (each documented in `HELP.demo`). */
export const DEMO_OPTIONS = { customers: { type: 'string' }, locale: { type: 'string' } } as const;

/** The example rules and promotions the demo runs with (the README explains them). */
const EXAMPLES = (name: string) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));

/** The shared data's currency. */
const CURRENCY = 'GBP';

const SECTIONS: OptimalLineKind[] = ['habitual', 'development', 'extension'];

/**
 * `optimal-order demo`: the full optimal order on the shared Online Retail data, with the example
 * rules and promotions, as of the day after its last order, for a few customers spread over the
 * range of order counts (frequent to occasional): segment, the three sections, prices with their
 * steps, promotions and reasons, in the chosen language.
 */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: DEMO_OPTIONS, strict: true });
  const howMany = positiveIntFlag(values.customers, 3, 'customers', 'demo');
  const locale = values.locale ?? 'en';
  const rules = await readRulesFile(EXAMPLES('rules.json'));
  const promotions = await readPromotionsFile(EXAMPLES('promotions.json'));
  const history = await readOrders(SHARED_ORDERS, 'online-retail', io.stderr);
  const asOf = Math.floor(Math.max(...history.basketTime) / DAY_MS + 1) * DAY_MS;
  io.stderr.write(`fitting the models as of ${formatDate(asOf)}…\n`);
  const engine = fitOptimalOrder(history, asOf, { rules, promotions, locale });
  const out: string[] = [];
  for (const c of spreadCustomers(history, howMany)) {
    const order = engine.propose(c);
    const segment = engine.segments.get(c);
    if (!order || !segment) continue;
    out.push(`Customer ${order.customerId} — ${segmentLabel(segment.segment, locale)}: ${renderSegmentReason(segment, locale)}`);
    for (const kind of SECTIONS) {
      const lines = order.items.filter((l) => l.kind === kind);
      if (lines.length === 0) continue;
      out.push(`  ${sectionLabel(kind, locale)}`);
      lines.forEach((l, i) => {
        const name = history.productNames[history.productIndex.get(l.productId) ?? -1] || '';
        const promotion = l.promotion ? `  [${l.promotion.name} −${l.promotion.discountPercent} %]` : '';
        out.push(
          `  ${String(i + 1).padStart(3)}. ${l.productId.padEnd(7)} ${name.slice(0, 34).padEnd(34)} ×${String(l.quantity).padEnd(4)} ` +
            `${formatMoney(l.price.value, locale, CURRENCY).padStart(8)}  ${String(Math.round(l.probability * 100)).padStart(3)} %${promotion}`,
        );
        out.push(`       ${l.reason}`);
        const steps = l.price.stepData ? renderPriceSteps(l.price.stepData, locale, { currency: CURRENCY }) : l.price.steps;
        out.push(`       ${steps.join(' → ')}`);
      });
    }
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
