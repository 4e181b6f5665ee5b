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
  /**
   * The Lightning page's origin hosting this page in an iframe (the `host` URL parameter): told of
   * readiness, height, saved proposals and records to open, only when it is exactly the Lightning
   * origin of this page's own Visualforce host (`hostMessages.ts`).
   */
  hostOrigin?: string;
  /** The random nonce the hosting component put in the frame's URL: every message to it carries it. */
  nonce?: string;
  /**
   * Whether the user holds the custom permission `OO_ManagerView` (the page's
   * `$Permission.OO_ManagerView`). Without it there is no manager view, whatever `view` says.
   */
  managerView?: boolean;
}
