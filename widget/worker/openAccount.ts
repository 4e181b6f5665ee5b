import { orderFromAccountView, type SalesforcePort } from '../../connector/index.js';
import { decodePreparedModel, parseDateTime, type PreparedModel } from '../../engine/index.js';
import { accountPage } from './accountPage.js';
import type { AccountPage, AccountSummary } from './EngineApi.js';

/** The prepared model a worker keeps between account views, by its ContentVersion id (the view says when there is a newer one). */
export interface ModelCache {
  current: { versionId: string; model: PreparedModel } | null;
}

/**
 * One account page, as the worker makes it: the account view (one Composite read, and the model's
 * bytes only when its version changed), the order by `orderFromAccountView` (the path `recommend
 * --org` takes too), the unit costs of the lines proposed (one more request), then the page.
 * `onAccount` hears the account as soon as the view is read, before the order is made (the header).
 */
export async function openAccount(port: Pick<SalesforcePort, 'loadAccountView' | 'productCosts'>, cache: ModelCache, accountId: string, asOf: string, locale: string, onAccount?: (account: AccountSummary) => void): Promise<AccountPage> {
  const view = await port.loadAccountView(accountId, asOf, cache.current?.versionId);
  // Not awaited: a page that is gone must not hold the order up.
  void Promise.resolve(onAccount?.({ id: view.account.id, name: view.account.name, accountNumber: view.account.accountNumber, country: view.account.country })).catch(() => undefined);
  // Why there is none is for the admin (nothing pinned, not shared, uploaded by someone else): shown as the connector says it.
  if (!view.model) throw new Error(view.modelProblem ?? 'No prepared model in this org yet: an administrator runs `optimal-order prepare` once (then nightly).');
  if (view.model.text !== null) cache.current = { versionId: view.model.versionId, model: decodePreparedModel(view.model.text, 'the org’s prepared model') };
  const model = cache.current!.model;
  const found = orderFromAccountView(view, model, parseDateTime(asOf), { locale });
  const costs = await port.productCosts(found.order.items.map((l) => found.product2Id(l.productId)!));
  return accountPage(view, found, model, asOf, locale, costs);
}
