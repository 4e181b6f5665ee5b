import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { restApi, type FakeOrg } from '../../fake-org/index.js';
import { convertPackage } from '../manifest/packageCheck.js';
import { renderVisualforcePage } from './renderVisualforcePage.js';

/** The repository: the nearest folder up with a package.json (this file runs from test/widget/, and bundled into dist/ by the bench). */
const root = packageRoot(fileURLToPath(new URL('./', import.meta.url)));
const manifest = `${root}manifest/`;
const lwcDir = `${manifest}force-app/main/default/lwc/optimalOrderHost/`;
const sldsDir = `${root}node_modules/@salesforce-ux/design-system/assets/`;

/** The org's Visualforce host and its Lightning host, shaped as Salesforce names them (both resolve to 127.0.0.1 in the test's Chromium). */
export const VISUALFORCE_HOST = 'acme--c.vf.force.com';
export const LIGHTNING_HOST = 'acme.lightning.force.com';
/** Another org's Lightning host: a page there is not the widget's host. */
export const OTHER_LIGHTNING_HOST = 'other.lightning.force.com';
/** Chromium flag mapping the three host names to the server. */
const HOST_RESOLVER_RULES = `--host-resolver-rules=${[VISUALFORCE_HOST, LIGHTNING_HOST, OTHER_LIGHTNING_HOST].map((h) => `MAP ${h} 127.0.0.1`).join(',')}`;
/** A static resource's URL carries its upload time, as Salesforce serves it. */
const RESOURCE_URL = '/resource/1733050000000/OptimalOrderWidget';

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** Who is looking at the page: the merge fields Salesforce fills from the user and the session. */
export interface PageUser {
  session: string;
  firstName: string;
  lastName: string;
  /** `$Permission.OO_ManagerView`. */
  managerView: boolean;
}

/** One answer of the REST API as the server sent it: what a browser downloaded. */
export interface ApiResponse {
  method: string;
  /** The path with its query string (`/services/data/v…/…`). */
  path: string;
  status: number;
  /** The body's length as sent. */
  bytes: number;
  /** The body as sent (uncompressed: Salesforce would gzip it for a browser). */
  body: Uint8Array;
}

/** The served org: its origins (http, with the server's port) and a way to stop it. */
export interface SalesforceLikeServer {
  port: number;
  visualforceOrigin: string;
  lightningOrigin: string;
  otherLightningOrigin: string;
  /** The REST API for Node clients (`optimal-order prepare`). */
  apiUrl: string;
  /**
   * Chromium flags for these origins: the host names resolve to the server, and its http origins
   * count as secure contexts, as Salesforce's https ones are (the widget uses `crypto.randomUUID`).
   */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/**
 * Serves the package the way Salesforce does, on one port for three host names: on the
 * Visualforce host, the OptimalOrder page rendered with its merge fields, the static resource out
 * of the zip that converting the SFDX project produces, under `/resource/<timestamp>/…`, and the
 * fake org's REST API on the same origin; on the Lightning hosts, a page playing the
 * optimalOrderHost LWC with the LWC's own `frameMessages.js`. Plain http, which Chromium is told
 * to treat as secure (`chromiumArgs`): the widget keeps the scheme and port of its own origin when
 * it derives its host's, so nothing in the product allows http where Salesforce serves https.
 * `onApiResponse` hears every REST answer sent, with its size (what the browser downloads).
 */
export async function serveLikeSalesforce(org: FakeOrg, user: () => PageUser, onApiResponse: (response: ApiResponse) => void = () => {}): Promise<SalesforceLikeServer> {
  const resource = await staticResourceFromConvertedPackage();
  const page = readFileSync(`${manifest}force-app/main/default/pages/OptimalOrder.page`, 'utf8');
  const rest = restApi(org);
  const api = async (request: Request) => {
    const response = await rest(request);
    const body = new Uint8Array(await response.arrayBuffer());
    const url = new URL(request.url);
    onApiResponse({ method: request.method, path: url.pathname + url.search, status: response.status, bytes: body.length, body });
    // 204 and 304 answers have no body, and a Response refuses to be given one.
    return new Response(response.status === 204 || response.status === 304 ? null : body, { status: response.status, headers: response.headers });
  };
  const server = createServer((req, res) => {
    route(req, res, { resource, page, api, user: user(), port: (server.address() as AddressInfo).port }).catch((error: Error) => send(res, 500, 'text/plain', error.stack ?? error.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    visualforceOrigin: `http://${VISUALFORCE_HOST}:${port}`,
    lightningOrigin: `http://${LIGHTNING_HOST}:${port}`,
    otherLightningOrigin: `http://${OTHER_LIGHTNING_HOST}:${port}`,
    apiUrl: `http://127.0.0.1:${port}`,
    chromiumArgs: [HOST_RESOLVER_RULES, `--unsafely-treat-insecure-origin-as-secure=${[VISUALFORCE_HOST, LIGHTNING_HOST, OTHER_LIGHTNING_HOST].map((h) => `http://${h}:${port}`).join(',')}`],
    close: () => new Promise((done) => server.close(() => done())),
  };
}

interface Served {
  resource: Map<string, Uint8Array>;
  page: string;
  api: (request: Request) => Promise<Response>;
  user: PageUser;
  port: number;
}

async function route(req: IncomingMessage, res: ServerResponse, served: Served) {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (url.pathname.startsWith('/services/')) return forwardToApi(req, res, served.api);
  if (url.hostname === VISUALFORCE_HOST) {
    if (url.pathname === '/apex/OptimalOrder') return send(res, 200, 'text/html', renderPage(served, url));
    if (url.pathname.startsWith(`${RESOURCE_URL}/`)) {
      const file = served.resource.get(decodeURIComponent(url.pathname.slice(RESOURCE_URL.length + 1)));
      return file ? send(res, 200, contentType(url.pathname), file) : send(res, 404, 'text/plain', 'no such file in the static resource');
    }
    if (url.pathname.startsWith('/slds/')) return sendFile(res, `${sldsDir}${url.pathname.slice('/slds/'.length)}`);
  } else if (url.pathname === '/lightning/r/Account/view') {
    return send(res, 200, 'text/html', lightningPage(served.port));
  } else if (url.pathname === '/lwc/frameMessages.js') {
    return sendFile(res, `${lwcDir}frameMessages.js`);
  }
  return send(res, 404, 'text/plain', `not served here: ${url.hostname}${url.pathname}`);
}

function renderPage({ page, user }: Served, url: URL): string {
  return renderVisualforcePage(page, {
    fields: {
      '$Api.Session_ID': user.session,
      'Account.Id': url.searchParams.get('id') ?? '',
      '$User.FirstName': user.firstName,
      '$User.LastName': user.lastName,
      '$User.LanguageLocaleKey': 'en_US',
      '$CustomMetadata.OO_EngineSetting__mdt.Default.OO_Currency__c': 'GBP',
      '$Permission.OO_ManagerView': user.managerView,
    },
    parameters: url.searchParams,
    resources: { OptimalOrderWidget: RESOURCE_URL },
    sldsUrl: '/slds/styles/salesforce-lightning-design-system.min.css',
  });
}

/**
 * The Lightning page with the component's part played by a script: it frames the page at its
 * absolute Visualforce URL with a fresh nonce (`?view=`, `?id=`, and `?host=` to claim another
 * origin), and takes messages by the LWC's own rules (`frameMessages.js`), recording on `window.host`
 * every message received, those accepted, the frame's height and the navigations.
 */
function lightningPage(port: number): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lightning</title><link rel="icon" href="data:,"></head>
<body><script type="module">
import { frameHeight, frameMessage, frameUrl, newNonce, sourceCheck } from '/lwc/frameMessages.js';
const params = new URLSearchParams(location.search);
const vfOrigin = 'http://${VISUALFORCE_HOST}:${port}';
const nonce = newNonce();
const host = (window.host = { nonce, received: [], accepted: [], heights: [], navigations: [] });
const frame = document.createElement('iframe');
frame.title = 'Optimal Order';
frame.style.cssText = 'width: 100%; border: 0; height: 480px';
frame.src = frameUrl(vfOrigin, { recordId: params.get('id'), view: params.get('view'), hostOrigin: params.get('host') ?? location.origin, nonce });
const acceptsSource = sourceCheck();
addEventListener('message', (event) => {
  host.received.push({ origin: event.origin, data: event.data });
  const message = frameMessage(event, vfOrigin, nonce);
  if (!message || !acceptsSource(event, frame.contentWindow)) return;
  host.accepted.push(message);
  if (message.type === 'optimal-order:height') {
    frame.style.height = frameHeight(message.height, window.innerHeight) + 'px';
    host.heights.push(message.height);
  }
  if (message.type === 'optimal-order:navigate') host.navigations.push(message.recordId);
  if (message.type === 'optimal-order:saved') host.navigations.push(message.opportunityId);
});
document.body.append(frame);
</script></body></html>`;
}

/** The static resource as Salesforce stores it: the zip in the converted metadata package (`sf project deploy` sends that). */
async function staticResourceFromConvertedPackage(): Promise<Map<string, Uint8Array>> {
  const out = await mkdtemp(join(tmpdir(), 'oo-converted-'));
  try {
    await convertPackage(manifest, out);
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'staticresources', 'OptimalOrderWidget.resource')));
    const files = new Map<string, Uint8Array>();
    for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
    if (!files.has('assets/salesforce.js')) throw new Error('The converted static resource has no assets/salesforce.js: run `npm run build` first');
    return files;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function forwardToApi(req: IncomingMessage, res: ServerResponse, api: Served['api']) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]]));
  const response = await api(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined }));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function sendFile(res: ServerResponse, path: string) {
  let body: Buffer;
  try {
    body = readFileSync(path);
  } catch {
    return send(res, 404, 'text/plain', `no file ${path}`);
  }
  send(res, 200, contentType(path), body);
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}

function packageRoot(folder: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return `${dir}/`;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${folder}`);
  }
}
