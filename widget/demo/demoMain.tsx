// `npm start`: the widget against the fake org in the browser, no Salesforce needed. SLDS comes
// from the published package here (linked by demo.html, copied beside it by `npm start`); inside
// Salesforce the Visualforce page takes the platform's.
import { render } from 'preact';
import { App } from '../App.js';
import { startEngine } from '../engineClient.js';
import '../widget.css';
import { startFakeOrg } from './startFakeOrg.js';

/** The day after the shared data's last order: "today" for the demo, its one clock (the org's dates, the proposals, the manager view's default dates). */
const DEMO_TODAY = '2011-09-01';

const root = document.getElementById('optimal-order')!;
const params = new URLSearchParams(location.search);
try {
  // Kept on the window: the browser tests look into the org the way an admin would look at records.
  const { org, token } = await startFakeOrg(DEMO_TODAY);
  (window as unknown as { fakeOrg: unknown }).fakeOrg = org;
  const engine = startEngine();
  await engine.connect({ instanceUrl: location.origin, accessToken: token });
  root.textContent = ''; // the "preparing" note
  render(<App engine={engine} config={{ instanceUrl: location.origin, accessToken: token, currency: 'GBP', userName: 'Demo Rep', asOf: DEMO_TODAY, managerView: true, locale: params.get('lang') ?? navigator.language }} />, root);
} catch (error) {
  root.textContent = `The demo could not start: ${(error as Error).message}`;
}
