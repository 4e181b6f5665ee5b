// The widget inside Salesforce: the Visualforce page sets `window.OPTIMAL_ORDER_CONFIG` (its API
// session, the account, the user's locale and currency) and loads this bundle from the static resource.
import { render } from 'preact';
import { App } from './App.js';
import { startEngine } from './engineClient.js';
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
  const engine = startEngine();
  void engine.connect({ instanceUrl: config.instanceUrl, accessToken: config.accessToken }).then(() =>
    render(
      <App
        engine={engine}
        config={config}
        // The host LWC toasts and navigates; the message goes to its origin only.
        onSaved={(saved) => config.hostOrigin && window.parent.postMessage({ type: 'optimal-order:saved', opportunityId: saved.opportunityId, created: saved.created }, config.hostOrigin)}
      />,
      root,
    ),
  );
}
