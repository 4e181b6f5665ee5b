/** How the host starts the widget: the Visualforce page inside Salesforce, or the demo page. */
export interface WidgetConfig {
  /** REST API host: `''` inside Salesforce (the page's own), the fake org's in the demo. */
  instanceUrl: string;
  /** The page's API session id (Visualforce `$Api.Session_ID`); never logged or stored. */
  accessToken: string;
  /** The account to open at once (the record page's); none shows the account picker. */
  accountId?: string;
  /** BCP 47 tag: Salesforce's user locale, else the browser's. */
  locale?: string;
  /** ISO 4217 code of prices. */
  currency: string;
  /** The user's name, signing the proposal text. */
  userName: string;
  /** `YYYY-MM-DD`: the day orders are proposed for (default today; the demo uses the day after its data). */
  asOf?: string;
  /** The view opened first: the account's optimal order (default), or the manager view of logged proposals. */
  view?: 'order' | 'manager';
  /** The Lightning page's origin hosting this page in an iframe: the only one told of saved proposals. */
  hostOrigin?: string;
}
