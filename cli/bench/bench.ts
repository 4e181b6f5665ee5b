// `npm run bench`: the figures issue targets are measured by, on the shared Online Retail file.
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY_MS, fitOptimalOrder, formatDate, habitualModel, parseDateTime, sliceHistory } from '../../engine/index.js';
import { evaluationTable } from '../commands/evaluateCommand.js';
import { readOrderFile } from '../readOrderFile.js';
import { DEV_PROTOCOL, SHARED_DATA_TODAY, SHARED_ORDERS } from '../sharedData.js';
import { measureCommand } from './measureCommand.js';
import { accountViews } from './accountViews.js';
import { browserViews, bundleSizes, formatRecordViewDownloads, recordViewDownloads, staticResourceSize } from './widgetFigures.js';
import { percentile } from './percentile.js';
import { formatScaleFigures, scaleFigures } from './scaleFigures.js';
import { formatGuideFigures, guideFigures } from './guideFigures.js';
import { guideEvaluationTable } from '../guideEvaluation.js';
import { campaignEvaluationTable } from '../commands/campaignEvaluation.js';
import { campaignFigures, formatCampaignFigures } from './campaignFigures.js';
import { parseQuestionnaire } from '../../engine/index.js';
import { readJsonFile } from '../readJsonFile.js';

const CLI = fileURLToPath(new URL('./optimal-order.js', import.meta.url));
/** Latency is measured over every customer this many times, after one warm-up pass. */
const LATENCY_ROUNDS = 3;

const say = (line = '') => process.stdout.write(line + '\n');

const loadStart = performance.now();
const { history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' });
const loadMs = performance.now() - loadStart;
const asOf = Math.floor(Math.max(...history.basketTime) / DAY_MS + 1) * DAY_MS;

say('# Optimal Order benchmark');
say(`data: ${SHARED_ORDERS}`);
say(`load (in process): ${loadMs.toFixed(0)} ms`);
say();
say(`## Evaluation, cut-off ${DEV_PROTOCOL.cutoff}, horizon ${DEV_PROTOCOL.horizonDays} days`);
say(evaluationTable(history, parseDateTime(DEV_PROTOCOL.cutoff), DEV_PROTOCOL.horizonDays, 10, process.stderr));
say();

// Issue 15: guided selling on the dev protocol (a simulated interview per target customer), and its speed per answer.
const questionnairePath = fileURLToPath(new URL('../examples/questionnaire.online-retail.json', import.meta.url));
say(`## Guided selling, cut-off ${DEV_PROTOCOL.cutoff}, horizon ${DEV_PROTOCOL.horizonDays} days (examples/questionnaire.online-retail.json)`);
say(await guideEvaluationTable(history, questionnairePath, parseDateTime(DEV_PROTOCOL.cutoff), DEV_PROTOCOL.horizonDays, 10));
say(formatGuideFigures(guideFigures(history, parseQuestionnaire(await readJsonFile(questionnairePath), questionnairePath))));
say();

// Issue 16: campaign lists on the dev protocol (precision@100, AUC, calibration), and the time to rank every account.
say(`## Campaigns, cut-off ${DEV_PROTOCOL.cutoff}, horizon ${DEV_PROTOCOL.horizonDays} days`);
say(campaignEvaluationTable(history, parseDateTime(DEV_PROTOCOL.cutoff), DEV_PROTOCOL.horizonDays));
for (const line of formatCampaignFigures(campaignFigures(history, parseDateTime(DEV_PROTOCOL.cutoff)), parseDateTime(DEV_PROTOCOL.cutoff))) say(line);
say();

// Issue 12: each order sized to its customer (as of the day after the data, no rules).
const sizedEngine = fitOptimalOrder(history, asOf);
const orders = [...sizedEngine.segments.keys()].map((c) => sizedEngine.propose(c)!);
const habitualLines = orders.map((o) => o.items.filter((l) => l.kind === 'habitual').length);
const covered = orders.flatMap((o) => (o.usual?.covered == null ? [] : [o.usual.covered]));
say(`## Orders sized to the customer, as of ${formatDate(asOf)} (${orders.length} customers)`);
say(`habitual lines per order: median ${percentile(habitualLines, 50)}, p90 ${percentile(habitualLines, 90)}, max ${Math.max(...habitualLines)}; share of the usual order value covered: median ${(100 * percentile(covered, 50)).toFixed(0)} %`);
for (const id of ['17841', '12347']) {
  const o = orders.find((x) => x.customerId === id);
  if (o?.usual) say(`customer ${id}: ${o.items.length} lines (usual ${o.usual.lines}), covers ${o.usual.covered === null ? 'n/a' : `${(100 * o.usual.covered).toFixed(0)} %`} of the usual £${o.usual.value.toFixed(2)}`);
}
say();

const out = join(tmpdir(), `optimal-order-bench-${process.pid}.jsonl`);
const examples = (name: string) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
const recommendArgs = ['recommend', '--orders', SHARED_ORDERS, '--preset', 'online-retail', '--as-of', formatDate(asOf), '--out', out];
say(`## recommend: every customer's optimal order, as of ${formatDate(asOf)} (a separate process, as an integrator runs it)`);
const plain = await measureCommand(CLI, recommendArgs);
say(`no rules:                          wall ${(plain.wallMs / 1000).toFixed(2)} s, peak ${plain.peakMb.toFixed(0)} MB  (issue 3 target ≤ 6 s, ≤ 800 MB)`);
const full = await measureCommand(CLI, [...recommendArgs, '--rules', examples('rules.json'), '--promotions', examples('promotions.json')]);
say(`example rules and promotions:      wall ${(full.wallMs / 1000).toFixed(2)} s, peak ${full.peakMb.toFixed(0)} MB  (issue 3 target ≤ 6 s, ≤ 800 MB)`);
say();

const fitStart = performance.now();
const fitted = habitualModel().fit(history, asOf);
const fitMs = performance.now() - fitStart;
const past = sliceHistory(history, { before: asOf });
const customers = past.customerIds.map((_, c) => c).filter((c) => past.basketStart[c + 1]! > past.basketStart[c]!);
for (const c of customers) fitted.recommend(c, 10);
const times: number[] = [];
for (let round = 0; round < LATENCY_ROUNDS; round++) {
  for (const c of customers) {
    const start = performance.now();
    fitted.recommend(c, 10);
    times.push(performance.now() - start);
  }
}
say(`## Scoring one customer with a fitted model (fit: ${fitMs.toFixed(0)} ms; ${customers.length} customers × ${LATENCY_ROUNDS})`);
say(`p50: ${percentile(times, 50).toFixed(2)} ms   p95: ${percentile(times, 95).toFixed(2)} ms (target ≤ 5 ms)   max: ${Math.max(...times).toFixed(2)} ms`);
say();

const views = await accountViews(SHARED_ORDERS, parseDateTime(SHARED_DATA_TODAY));
const p = views.prepare;
say(`## Account view: the optimal order of one account from the fake org over HTTP, as of ${SHARED_DATA_TODAY}`);
say(`fake org seeded in ${(p.seedMs / 1000).toFixed(1)} s; prepare (read every line, fit, store the model): ${(p.prepareMs / 1000).toFixed(1)} s, model ${(p.modelBytes / 1e6).toFixed(1)} MB`);
say('first view = load (1 Composite + further pages + the model) + decode the model + propose + the lines\' unit costs; later view = same session, model kept');
for (const f of views.figures) {
  say(
    `${f.label.padEnd(8)} account ${f.accountNumber.padEnd(6)} ${String(f.lines).padStart(5)} lines: ${f.requests} requests (bound ⌈lines/2000⌉ + 2 = ${f.allowedRequests}), ` +
      `${f.ms.toFixed(0)} ms (load ${f.loadMs.toFixed(0)}, decode ${f.decodeMs.toFixed(0)}, propose ${f.proposeMs.toFixed(0)}; target ≤ 1000 for the largest); ` +
      `later view ${f.warmRequests} requests, ${f.warmMs.toFixed(0)} ms`,
  );
}


// The widget (issue 5): what a rep downloads, and an account opened in the browser.
const widgetDist = fileURLToPath(new URL('./widget/', import.meta.url));
const sizes = bundleSizes(widgetDist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
say();
say('## Widget bundles (gzipped), as the Salesforce page loads them');
say(`main-thread JS before first paint: ${kb(sizes.mainJs)} (target ≤ 60 KB)`);
say(`engine worker (engine + jsforce):  ${kb(sizes.worker)} (target ≤ 250 KB)`);
say(`the product's own CSS:             ${kb(sizes.css)} (target ≤ 10 KB)`);
say(`msw or the fake org in those files: ${sizes.demoCodeShipped ? 'YES (must not ship)' : 'no'}`);
const resource = await staticResourceSize(fileURLToPath(new URL('../manifest/force-app/main/default/staticresources/OptimalOrderWidget/', import.meta.url)));
say(`static resource OptimalOrderWidget (npm run build): ${resource.files} files, ${kb(resource.bytes)}, ${kb(resource.zipped)} zipped as deployed (limit 5 MB)`);
const browser = await browserViews(fileURLToPath(new URL('../widget/vite.config.ts', import.meta.url)), [
  ['median', views.figures.find((f) => f.label === 'median')!.accountNumber],
  ['largest', views.figures.find((f) => f.label === 'largest')!.accountNumber],
]);
say();
say('## Opening an account in the browser demo (headless Chromium; first view of the page: the model is downloaded and decoded)');
if (!browser) say('skipped: no Chromium (install Debian\'s chromium or set CHROMIUM_PATH)');
for (const f of browser ?? []) {
  say(`${f.label.padEnd(8)} account ${f.accountNumber}: order on screen ${f.ms.toFixed(0)} ms after the click (target ≤ 1500 for the largest), longest main-thread task ${f.longestTaskMs ? `${f.longestTaskMs.toFixed(0)} ms` : 'none over 50 ms'} (target ≤ 50 ms)`);
}
// Issue 13: the shared model downloaded once per version, not once per record page.
say();
for (const line of formatRecordViewDownloads(await recordViewDownloads(CLI, SHARED_ORDERS))) say(line);

// Issue 13: the synthetic org (npm run synth) at 1×, 4× and 10×, each prepare in its own process.
say();
say(`## Org scale: prepare --orders on the shared data's customers cloned 1×, 4× and 10× (npm run synth), as of ${SHARED_DATA_TODAY}; 100× is npm run bench:100x`);
for (const line of formatScaleFigures(await scaleFigures(CLI, SHARED_ORDERS, parseDateTime(SHARED_DATA_TODAY), [1, 4, 10]))) say(line);
