// `npm run fake-org`: the fake org over HTTP on localhost, seeded with the shared Online Retail
// data and the package's users, so any Salesforce client (jsforce, curl) can be pointed at it: log
// in (OAuth password flow or SOAP login) with the demo user, or use the ready session printed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseQuestionnaire } from '../engine/index.js';
import { DEMO_USER, FakeOrg } from './FakeOrg.js';
import { permissionSetsFromManifest } from './permissionSetsFromManifest.js';
import { SEED_PASSWORDS, seedGuide, seedOrg, seedUsers, sharedDataSeed } from './seed/index.js';
import { serveHttp } from './serveHttp.js';

const SHARED_ORDERS = fileURLToPath(new URL('../../shared/data/online-retail-2010-12-to-2011-08.csv.gz', import.meta.url));
const port = Number(process.env.PORT ?? 8787);

const started = performance.now();
const org = new FakeOrg({ permissionSets: permissionSetsFromManifest(), multiCurrency: process.env.FAKE_ORG_MULTI_CURRENCY === '1' });
const ids = seedOrg(org.store, sharedDataSeed(process.env.FAKE_ORG_ORDERS ?? SHARED_ORDERS));
seedUsers(org);
// Guided selling as the demo has it: product attributes in Product2 fields, the example questionnaire as custom metadata.
seedGuide(org.store, parseQuestionnaire(JSON.parse(readFileSync(new URL('../examples/questionnaire.online-retail.json', import.meta.url), 'utf8')), 'the example questionnaire'));
const server = await serveHttp(org, port);
const url = server.url.replace('127.0.0.1', 'localhost');
process.stdout.write(
  `fake org: ${ids.accounts.size} accounts, ${ids.products.size} products, ${org.store.count('OrderItem')} order lines, seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
    `instance URL: ${url}  (API /services/data/v62.0/)\n` +
    `user: ${DEMO_USER.username}  password: ${DEMO_USER.password}  (an administrator; OAuth: POST /services/oauth2/token with grant_type=password and any client_id)\n` +
    `other users: ${Object.entries(SEED_PASSWORDS).map(([username, password]) => `${username} / ${password}`).join(', ')}\n` +
    `session: ${org.issueSession()}\n`,
);
