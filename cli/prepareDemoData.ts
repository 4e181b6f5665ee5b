// `npm start` step: the browser demo's data beside the built page, in dist/widget/demo-data/: the
// shared order file (the fake org in the page seeds itself from it), the example rules and
// promotions, and its prepared model and account insights, made as
// `optimal-order prepare` makes it, over the same fake org seeded the same way (so its Product2 ids
// are the page's). The model is cached in dist/demo-data/ until the data or the code changes.
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createSalesforceConnector, historyFromOrgLines } from '../connector/index.js';
import { encodeAccountInsight, encodePreparedModel, ENGINE_VERSION, fitOptimalOrder, parseDateTime } from '../engine/index.js';
import { FakeOrg, seedOrg, serveHttp, sharedDataSeed } from '../fake-org/index.js';
import { SHARED_DATA_TODAY, SHARED_ORDERS } from './sharedData.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const cache = `${dist}demo-data/`;
const out = `${dist}widget/demo-data/`;
// This script's own bundle holds the engine and the fake org's seeding: a change to either (even
// without a new ENGINE_VERSION) makes a new model, never a stale one the page would refuse.
const code = createHash('sha256').update(await readFile(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
const stamp = `${ENGINE_VERSION} ${code} ${(await stat(SHARED_ORDERS)).mtimeMs} ${SHARED_DATA_TODAY}`;

await mkdir(cache, { recursive: true });
await mkdir(out, { recursive: true });
const cached = await readFile(`${cache}model.stamp`, 'utf8').catch(() => '');
if (cached !== stamp) {
  const started = performance.now();
  process.stdout.write('demo data: preparing the model of the shared data (once)…\n');
  const org = new FakeOrg();
  seedOrg(org.store, sharedDataSeed(SHARED_ORDERS));
  const server = await serveHttp(org);
  try {
    const connector = createSalesforceConnector({ instanceUrl: server.url, accessToken: org.issueSession() });
    const { history, product2Ids } = historyFromOrgLines(await connector.loadAllOrderLines());
    const fitted = fitOptimalOrder(history, parseDateTime(SHARED_DATA_TODAY));
    const model = fitted.prepare();
    model.productRefs = model.productIds.map((id) => product2Ids.get(id) ?? id);
    await writeFile(`${cache}model.json`, encodePreparedModel(model));
    // Each account's insight, one per line, as `prepare --org` upserts them (the page makes them OO_AccountInsight__c records).
    const insights = history.customerIds.flatMap((_, c) => {
      const insight = fitted.insight(c);
      return insight ? [encodeAccountInsight(insight)] : [];
    });
    await writeFile(`${cache}accounts.jsonl.gzip`, gzipSync(insights.join('\n') + '\n'));
    await writeFile(`${cache}model.stamp`, stamp);
  } finally {
    await server.close();
  }
  process.stdout.write(`demo data: model prepared in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
await copyFile(`${cache}model.json`, `${out}model.json`);
await copyFile(`${cache}accounts.jsonl.gzip`, `${out}accounts.jsonl.gzip`);
// `.gzip`, not `.gz`: a static server would send a `.gz` file as `Content-Encoding: gzip` and the
// browser would unpack it before the page does. Removed first: the shared file may be read-only, and so its copy.
await rm(`${out}orders.csv.gzip`, { force: true });
await copyFile(SHARED_ORDERS, `${out}orders.csv.gzip`);
// The example rules and promotions the demo org is configured with (the page makes them records, `seedDemoExamples`).
for (const name of ['rules.json', 'promotions.json']) await copyFile(fileURLToPath(new URL(`../examples/${name}`, import.meta.url)), `${out}${name}`);
// The example questionnaire, which the page makes guided-selling custom metadata records (`seedGuide`).
await copyFile(fileURLToPath(new URL('../examples/questionnaire.online-retail.json', import.meta.url)), `${out}questionnaire.json`);
// SLDS for the demo page, from the published package (inside Salesforce the platform serves it).
const slds = fileURLToPath(new URL('../node_modules/@salesforce-ux/design-system/assets/', import.meta.url));
await cp(`${slds}styles/salesforce-lightning-design-system.min.css`, `${dist}widget/slds/styles/salesforce-lightning-design-system.min.css`);
await cp(`${slds}images`, `${dist}widget/slds/images`, { recursive: true });
