import type { BrowserContext, Frame, Page } from 'playwright-core';

/**
 * An Account record page opened in a new tab of `context` (one browser profile: the tabs share the
 * Visualforce origin's storage): the Lightning page frames the widget, so each view is a new frame
 * and a new engine worker. Resolves once the order's total is on screen, with the page errors so far.
 */
export async function openRecordView(context: BrowserContext, lightningOrigin: string, accountId: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${lightningOrigin}/lightning/r/Account/view?id=${accountId}`);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await frame.getByTestId('order-total').waitFor({ timeout: 60_000 });
  return { page, frame, errors };
}

/** The path of a file's bytes in the REST API: the prepared model's download. */
export const VERSION_DATA_PATH = /\/sobjects\/ContentVersion\/(\w+)\/VersionData$/;
