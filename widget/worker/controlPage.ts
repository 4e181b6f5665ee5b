import type { AccountView, ControlVisit, SavedProposal } from '../../connector/index.js';
import { controlGroup, ENGINE_VERSION, parseDateTime, periodOf } from '../../engine/index.js';
import type { AccountPage } from './EngineApi.js';

/** How a control visit is logged (the connector's `logControlVisit`). */
export type LogControlVisit = (visit: ControlVisit) => Promise<SavedProposal>;

/**
 * The page of an account in this period's comparison group, or null when it is treated. The period
 * is the calendar month (UTC) of the page's day `asOf`, so the account keeps its group all month
 * and the groups are drawn afresh each month (`controlGroup`, with the org's `OO_ControlShare__c`;
 * 0, the default, draws nobody). A control account is shown no proposal, and the visit is logged
 * (status `control`, once per account and day); a failed log is reported on the page, not thrown:
 * the rep's visit goes on.
 */
export async function controlPage(view: AccountView, asOf: string, log?: LogControlVisit): Promise<AccountPage | null> {
  const period = periodOf(parseDateTime(asOf));
  if (!controlGroup(view.account.id, period, view.controlShare ?? 0)) return null;
  const logged = log ? await log({ accountId: view.account.id, day: asOf, engineVersion: ENGINE_VERSION }).then(() => true, () => false) : false;
  const { account } = view;
  return {
    account: { id: account.id, name: account.name, accountNumber: account.accountNumber, country: account.country },
    asOf,
    segment: null,
    lastOrderDate: null,
    usualOrderValue: null,
    orders: 0,
    lines: [],
    newCustomer: false,
    modelDate: '',
    usual: null,
    offer: null,
    ignored: [],
    unlinked: [],
    otherProducts: [],
    acceptedToday: null,
    control: { period, logged },
  };
}
