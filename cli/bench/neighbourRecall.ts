// The neighbour search at scale. Run: npx esbuild cli/bench/neighbourRecall.ts --bundle --platform=node
//   --format=esm --target=node20 --packages=external --outfile=dist/neighbour-recall.js && node dist/neighbour-recall.js
// Prints the recall of the pruned cosine search against the exact one on the dev cut-off, the
// habitual model's R@10 / NDCG@10 on the dev protocol, then the neighbour search and the habitual
// fit on the shared customers cloned 1×, 4× and 10× in this one process (CPU and wall time, peak
// resident memory, recall against the exact search at each scale).
import {
  DAY_MS,
  DEFAULT_HABITUAL_SETTINGS,
  evaluateModel,
  habitualModel,
  habitualNeighbours,
  neighbourRecall,
  nextBasketSplit,
  parseDateTime,
  sliceHistory,
  type OrderHistory,
} from '../../engine/index.js';
import { readOrderFile } from '../readOrderFile.js';
import { DEV_PROTOCOL, SHARED_ORDERS } from '../sharedData.js';
import { cloneCustomers } from './cloneCustomers.js';

const SCALES = [1, 4, 10];
const EXACT = { postingsPerNeighbour: Infinity } as const;
const say = (line = '') => process.stdout.write(line + '\n');

/** Runs `f`, with its wall and CPU (user + system) time in ms. */
function timed<T>(f: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = f();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Recall of the default search against the exact one on `past`, with both searches' times. */
function recallLine(past: OrderHistory): string {
  const exact = timed(() => habitualNeighbours(past, DEFAULT_HABITUAL_SETTINGS, EXACT));
  const pruned = timed(() => habitualNeighbours(past, DEFAULT_HABITUAL_SETTINGS));
  const recall = neighbourRecall(exact.value, pruned.value);
  return `${exact.value.length} customers: recall ${recall.toFixed(4)}; search exact ${secs(exact.cpuMs)} CPU (${secs(exact.wallMs)} wall), pruned ${secs(pruned.cpuMs)} CPU (${secs(pruned.wallMs)} wall)`;
}

const { history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' });
const cutoff = parseDateTime(DEV_PROTOCOL.cutoff);
say(`# Neighbour search (${DEFAULT_HABITUAL_SETTINGS.neighbours} cosine neighbours over each customer's ${DEFAULT_HABITUAL_SETTINGS.neighbourProducts} strongest products)`);
say(`## Dev cut-off ${DEV_PROTOCOL.cutoff}`);
say(recallLine(sliceHistory(history, { before: cutoff })));
const row = evaluateModel(habitualModel(), nextBasketSplit(history, cutoff, DEV_PROTOCOL.horizonDays), 10);
say(`habitual model on the dev protocol: R@10 ${row.recall.toFixed(3)}, NDCG@10 ${row.ndcg.toFixed(3)} (before the pruned search: 0.214 / 0.352)`);
say();

const asOf = Math.floor(Math.max(...history.basketTime) / DAY_MS + 1) * DAY_MS;
say(`## The shared customers cloned N times, as of the day after the data`);
habitualModel().fit(history, asOf); // warm-up, so 1× is not timed cold
const fits: number[] = [];
for (const scale of SCALES) {
  const cloned = cloneCustomers(history, scale);
  const fit = timed(() => habitualModel().fit(cloned, asOf));
  fits.push(fit.cpuMs);
  say(`${scale}×: habitual fit ${secs(fit.cpuMs)} CPU (${secs(fit.wallMs)} wall, ${(fit.cpuMs / fits[0]!).toFixed(1)}× the 1× fit; target at 10× ≤ 12×), peak RSS so far ${peakMb().toFixed(0)} MB`);
  say(`    neighbours at the dev cut-off, ${recallLine(sliceHistory(cloned, { before: cutoff }))}`);
}
