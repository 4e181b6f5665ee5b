import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { FakeOrg, permissionSetsFromManifest, seedModelLibrary, seedOrg, seedUsers, sharedDataSeed } from '../../fake-org/index.js';
import { movedToLastWeek } from '../../test/widget/recentSeed.js';
import { openRecordView, VERSION_DATA_PATH } from '../../test/widget/recordView.js';
import { serveLikeSalesforce, type ApiResponse } from '../../test/widget/serveLikeSalesforce.js';

/** Gzipped sizes of what the Salesforce page loads (bytes). */
export interface BundleSizes {
  /** The JS a rep downloads before first paint: the page's entry and the chunks it imports (Preact, comlink, the UI). */
  mainJs: number;
  /** The engine worker (engine and jsforce). */
  worker: number;
  /** The product's own CSS (SLDS comes from the platform). */
  css: number;
  /** Whether msw or the fake org reached the Salesforce page's files (they must not). */
  demoCodeShipped: boolean;
}

/** One account opened in the browser demo. */
export interface BrowserViewFigure {
  label: string;
  accountNumber: string;
  /** From the click on the account to its order total on screen, ms (median of the rounds). */
  ms: number;
  /** The longest main-thread task meanwhile, ms (0: none over 50 ms, the long-task threshold). */
  longestTaskMs: number;
}

interface Manifest {
  [key: string]: { file: string; imports?: string[]; css?: string[]; assets?: string[] };
}

/** The budgets' figures from the built widget (`dist/widget`, with its Vite manifest). */
export function bundleSizes(dist: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8')) as Manifest;
  const gz = (file: string) => gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length;
  const js = new Set<string>();
  const css = new Set<string>();
  const workers = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const a of chunk.assets ?? []) if (a.endsWith('.js')) workers.add(a);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit('salesforce.html');
  const shipped = [...js, ...workers].map((f) => readFileSync(`${dist}${f}`, 'utf8')).join('\n');
  return {
    mainJs: [...js].reduce((s, f) => s + gz(f), 0),
    worker: [...workers].reduce((s, f) => s + gz(f), 0),
    css: [...css].reduce((s, f) => s + gz(f), 0),
    demoCodeShipped: /mockServiceWorker|setupWorker|seedLinesFromCsv/.test(shipped),
  };
}

/**
 * Opens accounts in the demo in headless Chromium (the built demo served by Vite's preview), each
 * in a fresh page, and measures click to order on screen, and the longest main-thread task over
 * that time (PerformanceObserver `longtask`). Null when no Chromium is installed.
 */
export async function browserViews(config: string, accounts: [label: string, accountNumber: string][], rounds = 3): Promise<BrowserViewFigure[] | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const server = await preview({ configFile: config, preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const figures: BrowserViewFigure[] = [];
    for (const [label, accountNumber] of accounts) {
      const times: number[] = [];
      let longest = 0;
      for (let round = 0; round < rounds; round++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${server.resolvedUrls!.local[0]}index.html?lang=en`);
        await page.locator('#oo-account-search').waitFor({ timeout: 60_000 });
        await page.fill('#oo-account-search', accountNumber);
        const result = page.getByRole('button', { name: new RegExp(`Customer ${accountNumber}`) });
        await result.waitFor();
        // Long tasks from here on: the demo's own start (seeding the fake org in the page) is not the widget's.
        await page.evaluate(() => {
          const w = globalThis as unknown as { longest: number };
          w.longest = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
          }).observe({ type: 'longtask' } as never); // a browser entry type Node's types lack
        });
        const start = performance.now();
        await result.click();
        await page.getByTestId('order-total').waitFor({ timeout: 30_000 });
        times.push(performance.now() - start);
        longest = Math.max(longest, await page.evaluate(() => (globalThis as unknown as { longest: number }).longest));
        await page.close();
      }
      times.sort((a, b) => a - b);
      figures.push({ label, accountNumber, ms: times[times.length >> 1]!, longestTaskMs: longest });
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The static resource as `npm run build` left it in the SFDX project: its files, their size, and its size zipped as deployed. */
export async function staticResourceSize(directory: string): Promise<{ files: number; bytes: number; zipped: number }> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  let bytes = 0;
  let files = 0;
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}${entry.name}/`, `${prefix}${entry.name}/`);
      else {
        const content = readFileSync(`${dir}${entry.name}`);
        bytes += content.length;
        files++;
        zip.file(`${prefix}${entry.name}`, content);
      }
    }
  };
  walk(directory, '');
  const zipped = (await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })).length;
  return { files, bytes, zipped };
}

/** What one record view downloaded from the org's REST API, bytes as sent and gzipped (as Salesforce sends them to a browser). */
export interface RecordViewBytes {
  bytes: number;
  gzipped: number;
  /** Of which the shared model's download (`VersionData`). */
  modelBytes: number;
  modelGzipped: number;
}

/**
 * Ten Account record views in a row by one rep, each in a new tab (a new frame and worker, the
 * Visualforce origin's storage shared), served like Salesforce (`serveLikeSalesforce`) from a fake
 * org holding the shared data with its dates moved to end a week ago, after `optimal-order prepare
 * --org` (`cli`, the built CLI) as the integration user. Gives each view's download; null without Chromium.
 */
export async function recordViewDownloads(cli: string, ordersPath: string, views = 10): Promise<RecordViewBytes[] | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const org = new FakeOrg({ permissionSets: permissionSetsFromManifest() });
  const accounts = [...seedOrg(org.store, movedToLastWeek(sharedDataSeed(ordersPath))).accounts.values()].slice(0, views);
  const users = seedUsers(org);
  const { setting } = seedModelLibrary(org.store, users.integration, [users.rep]);
  const [firstName, lastName] = String(org.store.get(users.rep)!.Name).split(' ');
  const rep = { session: org.issueSession(users.rep), firstName: firstName!, lastName: lastName!, managerView: false };
  const sent: ApiResponse[] = [];
  const server = await serveLikeSalesforce(org, () => rep, (r) => sent.push(r));
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...server.chromiumArgs] });
  try {
    await prepareInOrg(cli, server.apiUrl, org.issueSession(users.integration));
    org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: [...org.store.records('ContentDocument')][0]!.Id });
    const context = await browser.newContext({ viewport: { width: 600, height: 900 } });
    const figures: RecordViewBytes[] = [];
    for (const accountId of accounts) {
      const from = sent.length;
      const { page } = await openRecordView(context, server.lightningOrigin, accountId);
      await page.close();
      figures.push(downloaded(sent.slice(from)));
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * `optimal-order prepare --org` (the built CLI) in its own process, as a nightly job runs: in this
 * one, the fit would hold up the server answering it. Throws with what it printed when it fails.
 */
async function prepareInOrg(cli: string, apiUrl: string, token: string): Promise<void> {
  const child = spawn(process.execPath, [cli, 'prepare', '--org', apiUrl], { env: { ...process.env, SF_ACCESS_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout.on('data', (chunk) => (printed += String(chunk)));
  child.stderr.on('data', (chunk) => (printed += String(chunk)));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`prepare --org failed (${code}): ${printed}`);
}

function downloaded(responses: readonly ApiResponse[]): RecordViewBytes {
  const sum = (rs: readonly ApiResponse[], size: (r: ApiResponse) => number) => rs.reduce((s, r) => s + size(r), 0);
  const gz = (r: ApiResponse) => gzipSync(r.body).length;
  const model = responses.filter((r) => VERSION_DATA_PATH.test(r.path));
  return { bytes: sum(responses, (r) => r.bytes), gzipped: sum(responses, gz), modelBytes: sum(model, (r) => r.bytes), modelGzipped: sum(model, gz) };
}

/** The bench's lines for `recordViewDownloads`: the first and the tenth view, and how many views downloaded the model. */
export function formatRecordViewDownloads(figures: readonly RecordViewBytes[] | null): string[] {
  const title = `## ${figures?.length ?? 10} Account record views in a row by one rep, each in a new frame and worker (served like Salesforce, shared data moved to end a week ago; the shared model kept in the Visualforce origin's Cache Storage)`;
  if (!figures) return [title, "skipped: no Chromium (install Debian's chromium or set CHROMIUM_PATH)"];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const line = (label: string, f: RecordViewBytes) => `${label}: ${kb(f.bytes)} (${kb(f.gzipped)} gzipped), of which the shared model ${kb(f.modelBytes)} (${kb(f.modelGzipped)} gzipped)`;
  const downloads = figures.filter((f) => f.modelBytes > 0).length;
  return [title, line('first view', figures[0]!), line(`view ${figures.length}`, figures.at(-1)!), `views that downloaded the model: ${downloads} of ${figures.length} (target: 1); all ${figures.length} views: ${kb(figures.reduce((s, f) => s + f.gzipped, 0))} gzipped`];
}
