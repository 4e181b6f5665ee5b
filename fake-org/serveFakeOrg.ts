// `npm run fake-org`: the fake org over HTTP on localhost, seeded with the shared Online Retail
// data, so any Salesforce client (jsforce, curl) can be pointed at it with any bearer token.
import { fileURLToPath } from 'node:url';
import { FakeOrg } from './FakeOrg.js';
import { seedOrg, sharedDataSeed } from './seed/index.js';
import { serveHttp } from './serveHttp.js';

const SHARED_ORDERS = fileURLToPath(new URL('../../shared/data/online-retail-2010-12-to-2011-08.csv.gz', import.meta.url));
const port = Number(process.env.PORT ?? 8787);

const started = performance.now();
const org = new FakeOrg();
const ids = seedOrg(org.store, sharedDataSeed(process.env.FAKE_ORG_ORDERS ?? SHARED_ORDERS));
const server = await serveHttp(org, port);
process.stdout.write(
  `fake org: ${ids.accounts.size} accounts, ${ids.products.size} products, ${org.store.count('OrderItem')} order lines, seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
    `listening on ${server.url.replace('127.0.0.1', 'localhost')}  (instance URL; any bearer token; API /services/data/v62.0/)\n`,
);
