// The widget inside Salesforce: the Visualforce page sets `window.OPTIMAL_ORDER_CONFIG` (its API
// session, the account, the user's locale) and loads this bundle from the static resource. It tells
// the hosting Lightning page (a trusted origin only) its height and each saved proposal.
import { render } from 'preact';
import { App } from './App.js';
import { startEngine } from './engineClient.js';
import { hostMessenger, trustedHostOrigin } from './hostMessages.js';
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
  const host = hostMessenger(trustedHostOrigin(config.hostOrigin), window.parent === window ? null : window.parent);
  const engine = startEngine();
  void engine.connect({ instanceUrl: config.instanceUrl, accessToken: config.accessToken }).then(() => {
    render(<App engine={engine} config={config} onSaved={host.saved} />, root);
    new ResizeObserver(() => host.height(document.documentElement.scrollHeight)).observe(document.body);
    host.ready();
  });
}
