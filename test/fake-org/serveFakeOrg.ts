// `npm run fake-org`: the fake org over HTTP on localhost, seeded from the shared Online Retail
// data, so any Salesforce client (jsforce, curl) can be pointed at it with any bearer token.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { FakeOrg } from './FakeOrg.js';
import { restApi } from './restApi.js';
import { seedOrg, sharedDataSeed } from './seed/index.js';

const SHARED_ORDERS = fileURLToPath(new URL('../../shared/data/online-retail-2010-12-to-2011-08.csv.gz', import.meta.url));
const port = Number(process.env.PORT ?? 8787);

const started = performance.now();
const org = new FakeOrg();
const ids = seedOrg(org.store, sharedDataSeed(process.env.FAKE_ORG_ORDERS ?? SHARED_ORDERS));
const api = restApi(org);

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  const request = new Request(`http://localhost:${port}${req.url}`, {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]])),
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  });
  const response = await api(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(
    `fake org: ${ids.accounts.size} accounts, ${ids.products.size} products, ${org.store.count('OrderItem')} order lines, seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
      `listening on http://localhost:${port}  (instance URL; any bearer token; API /services/data/v62.0/)\n`,
  );
});
