// The widget inside Salesforce: the Visualforce page sets `window.OPTIMAL_ORDER_CONFIG` (its API
// session, the account, the user's locale and permissions, the hosting component's origin and
// nonce) and loads this bundle from the static resource. It tells the hosting Lightning page —
// only the exact Lightning origin of this page's own Visualforce host, every message with the
// component's nonce — that it is ready, its content's height, each saved proposal, and which
// Opportunity to open (decisions/0013-visualforce-host-and-nonce.md).
import { render } from 'preact';
import { App } from './App.js';
import { startEngine } from './engineClient.js';
import { hostMessenger, trustedHostOrigin, type HostMessenger } from './hostMessages.js';
import type { WidgetConfig } from './WidgetConfig.js';
import './widget.css';

declare global {
  interface Window {
    OPTIMAL_ORDER_CONFIG?: WidgetConfig;
  }
}

const config = window.OPTIMAL_ORDER_CONFIG;
const root = document.getElementById('optimal-order')!;
if (!config) {
  root.textContent = 'Optimal Order: the page did not pass its configuration (OPTIMAL_ORDER_CONFIG).';
} else {
  const host = hostMessenger(trustedHostOrigin(config.hostOrigin, location), window.parent === window ? null : window.parent, config.nonce);
  const engine = startEngine();
  void engine.connect({ instanceUrl: config.instanceUrl, accessToken: config.accessToken }).then(() => {
    render(<App engine={engine} config={config} onSaved={host.saved} openRecord={host.connected ? host.navigate : undefined} />, root);
    reportHeight(root, host);
    host.ready();
  });
}

/**
 * Reports the content's own height as it changes: the root element's, measured by a
 * ResizeObserver, plus what lies above and below it. Not `documentElement.scrollHeight`, which
 * never drops below the frame's own height, so the frame could grow and never shrink.
 */
function reportHeight(content: HTMLElement, host: HostMessenger) {
  // A flow root holds its children's margins, so its box is all the content.
  content.style.display = 'flow-root';
  const measure = () => {
    const body = getComputedStyle(document.body);
    host.height(content.getBoundingClientRect().bottom + window.scrollY + parseFloat(body.marginBottom) + parseFloat(body.paddingBottom));
  };
  new ResizeObserver(measure).observe(content);
}
