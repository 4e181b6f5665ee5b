import type { AccountPage, PageLine } from '../worker/EngineApi.js';

/**
 * What the widget reads from the account page beyond the worker's `AccountPage` of today: the
 * products ever bought but not proposed ("show every product ever bought"). Optional: until the
 * worker adds them, the toggle does not show.
 */
export interface PageExtras {
  otherProducts?: readonly PageLine[];
}

/** The page with its optional extras, typed. */
export function extrasOf(page: AccountPage): PageExtras {
  return page as AccountPage & PageExtras;
}
