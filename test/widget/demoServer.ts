import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The demo as `npm start` serves it, on a free port: the widget as `npm run build` (which `npm test`
 * runs first) left it, its demo data beside it (the prepared model is made once and cached in
 * dist/demo-data/), served by Vite's preview server.
 */
export async function startDemoServer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(`${root}dist/widget/.vite/manifest.json`)) throw new Error('The widget is not built: run `npm run build` (npm test does)');
  execFileSync('npm', ['run', '--silent', 'build:demo-data'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const server: PreviewServer = await preview({ configFile: `${root}widget/vite.config.ts`, preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the demo server did not say where it listens');
  return { url, close: () => server.close() };
}

/** Debian's chromium, which `.ci/run` installs (CHROMIUM_PATH overrides). */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
  return path;
}

/** Flags for headless Chromium on a closed network (see the machine notes). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
