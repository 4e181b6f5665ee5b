// What the browser tests check on any page or frame: axe-core's findings, sideways scroll, a
// resize painted, and where their screenshots go.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';

/** Where the browser tests leave screenshots for a person to look at (made on first use of `shotsFolder`). */
export const SHOTS = fileURLToPath(new URL('../artifacts/widget/', import.meta.url));

/** Makes the screenshots' folder (if missing) and gives its path, ending in `/`. */
export function shotsFolder(): string {
  mkdirSync(SHOTS, { recursive: true });
  return SHOTS;
}

/** axe-core's browser build, injected into the page (the dev dependency `axe-core`). */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rules run: WCAG 2.0 and 2.1, A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe-core's violations in the page or frame as it stands (only inside `scope`, a CSS selector,
 * when given), one line each prefixed by `state`: rule, impact, the first three elements with
 * axe's summary of what fails. The tests expect none.
 */
export async function axeViolations(target: Page | Frame, state: string, scope?: string): Promise<string[]> {
  if (!(await target.evaluate(() => 'axe' in globalThis))) await target.addScriptTag({ path: AXE });
  const violations = await target.evaluate(
    async ({ scope, tags }) => {
      type Result = { violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
      const result = await axe.run(scope ? { include: [[scope]] } : document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()).join(', ')}`);
    },
    { scope, tags: AXE_TAGS },
  );
  return violations.map((v) => `${state}: ${v}`);
}

/** How far the page or frame scrolls sideways: its content's width beyond the window's (0 when it fits). */
export function sidewaysScroll(target: Page | Frame): Promise<number> {
  return target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Resizes the window (900 px tall) and waits for two frames, so a screenshot shows the new layout painted. */
export async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
