import { orderFromAccountView, type AccountView, type SalesforcePort, type StoredModel } from '../../connector/index.js';
import { decodePreparedModel, parseDateTime, type PreparedModel } from '../../engine/index.js';
import { accountPage } from './accountPage.js';
import { controlPage } from './controlPage.js';
import type { AccountPage, AccountSummary } from './EngineApi.js';
import type { SharedModelStore, StoredModelText } from './sharedModelStore.js';

/**
 * The shared prepared model a worker holds, by its ContentVersion id (the view says when there is a
 * newer one): in memory between the views of one frame, and in `store` between frames.
 */
export interface ModelCache {
  current: { versionId: string; createdDate: string; model: PreparedModel } | null;
  /** The browser's storage for the model (absent: each new worker downloads it once). */
  store?: SharedModelStore;
}

type ViewPort = Pick<SalesforcePort, 'loadAccountView' | 'productCosts'> & Partial<Pick<SalesforcePort, 'logControlVisit'>>;

/**
 * One account page, as the worker makes it: the account view (one Composite read, and the model's
 * bytes only when neither this worker nor the browser's storage holds its version), the order by
 * `orderFromAccountView` (the path `recommend --org` takes too), the unit costs of the lines
 * proposed (one more request), then the page; for an account of the month's comparison group, the
 * page that says so (`controlPage`) and nothing proposed. `onAccount` hears the account as soon as the view is
 * read, before the order is made (the header).
 */
export async function openAccount(port: ViewPort, cache: ModelCache, accountId: string, asOf: string, locale: string, onAccount?: (account: AccountSummary) => void): Promise<AccountPage> {
  if (!cache.current && cache.store) cache.current = await storedModel(cache.store);
  const view = await viewWithModel(port, cache, accountId, asOf, onAccount);
  // An account of this month's comparison group is shown no proposal (its visit is logged as such).
  const control = await controlPage(view, asOf, port.logControlVisit);
  if (control) return control;
  const { versionId, createdDate, text } = modelOf(view);
  const stored = text === null ? undefined : adoptDownloaded(cache, { versionId, createdDate, text });
  const model = cache.current!.model;
  const found = orderFromAccountView(view, model, parseDateTime(asOf), { locale });
  const costs = await port.productCosts(found.order.items.map((l) => found.product2Id(l.productId)!));
  await stored; // begun before the order was made; awaited so a frame closed right after keeps it
  return accountPage(view, found, model, asOf, locale, costs);
}

/** The model the browser kept, decoded; a broken or refused entry (another engine, another format) is dropped, never shown. */
async function storedModel(store: SharedModelStore): Promise<ModelCache['current']> {
  const entry = await store.read();
  if (!entry) return null;
  try {
    return { versionId: entry.versionId, createdDate: entry.createdDate, model: decodePreparedModel(entry.text, 'the model kept in this browser') };
  } catch {
    await store.clear();
    return null;
  }
}

/**
 * The account view, asked with the version held; when the org says it is current but its date is
 * not the held one's (an id another org gave too), what is held is dropped and the view asked again
 * with the model's bytes. Throws the connector's reason when the org has no model for this user.
 */
async function viewWithModel(port: ViewPort, cache: ModelCache, accountId: string, asOf: string, onAccount?: (account: AccountSummary) => void): Promise<AccountView> {
  let view = await port.loadAccountView(accountId, asOf, cache.current?.versionId);
  // Not awaited: a page that is gone must not hold the order up.
  void Promise.resolve(onAccount?.({ id: view.account.id, name: view.account.name, accountNumber: view.account.accountNumber, country: view.account.country })).catch(() => undefined);
  const { text, createdDate } = modelOf(view);
  if (text === null && createdDate !== cache.current?.createdDate) {
    cache.current = null;
    await cache.store?.clear();
    view = await port.loadAccountView(accountId, asOf);
  }
  return view;
}

/** The view's model; why there is none is for the admin (nothing pinned, not shared, uploaded by someone else), thrown as the connector says it. */
function modelOf(view: AccountView): StoredModel {
  if (!view.model) throw new Error(view.modelProblem ?? 'No prepared model in this org yet: an administrator runs `optimal-order prepare` once (then nightly).');
  return view.model;
}

/** A downloaded model, decoded (a model the engine refuses is the admin's error, shown as before), held, and kept for the next frames. */
function adoptDownloaded(cache: ModelCache, downloaded: StoredModelText): Promise<void> | undefined {
  const { versionId, createdDate, text } = downloaded;
  cache.current = { versionId, createdDate, model: decodePreparedModel(text, 'the org’s prepared model') };
  return cache.store?.write(downloaded);
}
