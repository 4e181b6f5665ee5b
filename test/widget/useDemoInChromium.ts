import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, startDemoServer } from './demoServer.js';
import { shotsFolder } from './pageChecks.js';

/** The demo served and a Chromium for a test file's tests: read the fields inside tests. */
export interface DemoInChromium {
  server: Awaited<ReturnType<typeof startDemoServer>>;
  browser: Browser;
  /** A new tab on the demo in `lang` (default `en`), `width` px wide (default 1280), once the account search shows; `errors` collects the page's errors from the start. */
  open(options?: { lang?: string; width?: number; acceptDownloads?: boolean }): Promise<{ page: Page; errors: string[] }>;
}

/**
 * For a browser test file on the demo (as `npm start` serves it): starts the demo server and
 * Chromium before its tests (and makes the screenshots' folder), closes both after them.
 */
export function useDemoInChromium(): DemoInChromium {
  const fixture = { open: (options = {}) => openDemo(fixture, options) } as DemoInChromium;
  beforeAll(async () => {
    shotsFolder();
    fixture.server = await startDemoServer();
    fixture.browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}

async function openDemo({ browser, server }: DemoInChromium, { lang = 'en', width = 1280, acceptDownloads }: { lang?: string; width?: number; acceptDownloads?: boolean }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: lang, ...(acceptDownloads === undefined ? {} : { acceptDownloads }) });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}index.html?lang=${lang}`);
  await page.locator('#oo-account-search').waitFor({ timeout: 60_000 });
  return { page, errors };
}
